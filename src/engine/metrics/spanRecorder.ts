/**
 * The cold-start timeline's data (DESIGN §6): one row per execution environment with its
 * allocating / init / busy / idle / provisioned-idle spans. Bounded: only the first
 * MAX_TRACKED_ENVIRONMENTS environments are kept, and at most MAX_SPANS spans in all; the totals
 * beside them count everything.
 */
import type { EnvironmentInfo, EnvironmentSpan, Environments, SpanKind } from '../resultTypes';
import type { Environment, EnvironmentState } from '../lambda/executionEnvironment';

export const MAX_TRACKED_ENVIRONMENTS = 300;
export const MAX_SPANS = 40_000;

const SPAN_KIND: Record<EnvironmentState, SpanKind | null> = {
  allocating: 'allocating',
  initializing: 'init',
  busy: 'busy',
  idle: 'idle',
  provisionedIdle: 'provisionedIdle',
  reaped: null,
};

export class SpanRecorder {
  private readonly infos: EnvironmentInfo[] = [];
  private readonly spans: EnvironmentSpan[] = [];
  total = 0;
  spansTotal = 0;

  created(env: Environment, fn: string): void {
    this.total += 1;
    if (this.infos.length >= MAX_TRACKED_ENVIRONMENTS) return;
    env.tracked = this.infos.length;
    this.infos.push({ env: env.id, function: fn, provisioned: env.provisioned, createdAt: env.createdAt, reapedAt: null, invocations: 0 });
  }

  /** The environment leaves its current state at `t`: its span closes. */
  leave(env: Environment, fn: string, t: number, detail: string): void {
    const kind = SPAN_KIND[env.state];
    if (kind === null || t <= env.since) return;
    this.spansTotal += 1;
    if (env.tracked < 0 || this.spans.length >= MAX_SPANS) return;
    this.spans.push({ env: env.id, function: fn, kind, start: env.since, end: t, detail });
  }

  reaped(env: Environment, t: number): void {
    if (env.tracked >= 0) this.infos[env.tracked]!.reapedAt = t;
  }

  invoked(env: Environment): void {
    if (env.tracked >= 0) this.infos[env.tracked]!.invocations += 1;
  }

  result(): Environments {
    return { total: this.total, kept: this.infos, spans: this.spans, spansTotal: this.spansTotal };
  }
}

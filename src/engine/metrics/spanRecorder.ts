/**
 * The cold-start timeline's data (DESIGN §6): one row per execution environment with its
 * allocating / init / busy / idle / provisioned-idle spans. Bounded: only the first
 * MAX_TRACKED_ENVIRONMENTS environments are kept, and at most MAX_SPANS spans in all; the totals
 * beside them count everything. Back-to-back requests, and requests separated by an idle gap
 * shorter than the timeline can show (horizon / TIMELINE_RESOLUTION), merge into one busy span
 * ("12 requests"), so a busy environment costs a few spans, not one per request, and the whole
 * run fits.
 */
import type { EnvironmentInfo, EnvironmentSpan, Environments, SpanKind } from '../resultTypes';
import type { Environment, EnvironmentState } from '../lambda/executionEnvironment';

export const MAX_TRACKED_ENVIRONMENTS = 300;
export const MAX_SPANS = 40_000;
/** Idle gaps shorter than horizon / TIMELINE_RESOLUTION are not kept as spans (below a pixel). */
export const TIMELINE_RESOLUTION = 4000;

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
  /** Per kept span: how many requests a busy span stands for. */
  private readonly requests: number[] = [];
  /** Per tracked environment: its live object, its last kept span, and whether a short idle gap was skipped. */
  private readonly tracked: { env: Environment; fn: string; last: number; bridging: boolean }[] = [];
  private readonly minGap: number;
  total = 0;
  spansTotal = 0;

  constructor(horizon: number) {
    this.minGap = horizon / TIMELINE_RESOLUTION;
  }

  created(env: Environment, fn: string): void {
    this.total += 1;
    if (this.infos.length >= MAX_TRACKED_ENVIRONMENTS) return;
    env.tracked = this.infos.length;
    this.infos.push({ env: env.id, function: fn, provisioned: env.provisioned, createdAt: env.createdAt, reapedAt: null, invocations: 0 });
    this.tracked.push({ env, fn, last: -1, bridging: false });
  }

  /** The environment leaves its current state at `t`: its span closes. */
  leave(env: Environment, fn: string, t: number, detail: string): void {
    const kind = SPAN_KIND[env.state];
    if (kind === null || t <= env.since) return;
    this.spansTotal += 1;
    if (env.tracked < 0) return;
    const row = this.tracked[env.tracked]!;
    const prev = row.last >= 0 ? this.spans[row.last] : undefined;
    const afterBusy = prev !== undefined && prev.kind === 'busy' && prev.end === env.since;
    if (kind === 'idle' && afterBusy && t - env.since < this.minGap) {
      row.bridging = true;
      return;
    }
    if (kind === 'busy' && prev?.kind === 'busy' && (afterBusy || row.bridging)) {
      prev.end = t;
      this.requests[row.last]! += 1;
      row.bridging = false;
      return;
    }
    row.bridging = false;
    if (this.spans.length >= MAX_SPANS) return;
    this.spans.push({ env: env.id, function: fn, kind, start: env.since, end: t, detail });
    this.requests.push(1);
    row.last = this.spans.length - 1;
  }

  /** Closes the spans still open when the run ends. */
  closeOpen(end: number): void {
    for (const row of this.tracked) if (row.env.state !== 'reaped') this.leave(row.env, row.fn, end, '');
  }

  reaped(env: Environment, t: number): void {
    if (env.tracked >= 0) this.infos[env.tracked]!.reapedAt = t;
  }

  invoked(env: Environment): void {
    if (env.tracked >= 0) this.infos[env.tracked]!.invocations += 1;
  }

  result(): Environments {
    this.spans.forEach((span, i) => {
      const n = this.requests[i]!;
      if (n > 1) span.detail = `${n} requests back to back, from ${span.detail}`;
    });
    return { total: this.total, kept: this.infos, spans: this.spans, spansTotal: this.spansTotal };
  }
}

/**
 * How many environments of a function are in each state, kept in step with the per-state gauges
 * (InitializingEnvironments, BusyOnDemand, BusyProvisioned, IdleEnvironments, ProvisionedIdle,
 * AllocatingEnvironments) and with the function's and the account's concurrency (initialising +
 * busy: DESIGN §2.1 "Concurrency = environments currently initialising for or running a request").
 */
import type { Gauge } from '../metrics/timeSeries';
import type { Environment, EnvironmentState } from './executionEnvironment';
import type { FunctionMetrics } from './functionMetrics';

export class EnvironmentStates {
  readonly counts: Record<EnvironmentState, number> = {
    allocating: 0,
    initializing: 0,
    busy: 0,
    idle: 0,
    provisionedIdle: 0,
    reaped: 0,
  };

  constructor(
    private readonly metrics: FunctionMetrics,
    private readonly accountConcurrency: Gauge,
  ) {}

  /** Environments initialising or busy: the function's concurrency. */
  get concurrency(): number {
    return this.counts.initializing + this.counts.busy;
  }

  /** Moves `env` to `to` at time t. */
  transition(env: Environment, to: EnvironmentState, t: number): void {
    this.leave(env, t);
    env.state = to;
    env.since = t;
    this.enter(env, to, t);
  }

  /** Counts a new environment in its first state. */
  enter(env: Environment, state: EnvironmentState, t: number): void {
    this.counts[state] += 1;
    this.gauge(env, state)?.add(t, 1);
    if (state === 'busy' || state === 'initializing') this.concurrencyChanged(t, 1);
  }

  private leave(env: Environment, t: number): void {
    this.counts[env.state] -= 1;
    this.gauge(env, env.state)?.add(t, -1);
    if (env.state === 'busy' || env.state === 'initializing') this.concurrencyChanged(t, -1);
  }

  private gauge(env: Environment, state: EnvironmentState): Gauge | null {
    return env.provisioned && state === 'busy' ? this.metrics.busyProvisioned : this.metrics.byState[state];
  }

  private concurrencyChanged(t: number, delta: number): void {
    this.metrics.concurrency.add(t, delta);
    this.accountConcurrency.add(t, delta);
  }
}

/**
 * Provisioned concurrency (DESIGN §2.1): pre-initialised environments that serve requests without
 * a cold start. Source: docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html and
 * provisioned-concurrency.html.
 *
 * - Allocation starts after about a minute of preparation and proceeds at up to 6,000
 *   environments per minute; none of a requested amount serves until all of it is allocated.
 * - Allocated environments count against reserved concurrency and the account, idle or busy.
 * - The amount changes on a schedule and by target tracking on utilisation (Application Auto
 *   Scaling). The alarm shape (3 one-minute periods above target to scale out, 15 below 90 % of
 *   target to scale in) is an *assumption* modelled on Application Auto Scaling's target-tracking
 *   alarms; AWS's Lambda pages give no numbers.
 * - Billing: from enable to disable, per GB-second allocated (plus execution at its own rate).
 */
import type { ProvisionedConfig } from '../../scenario/types';
import type { SimContext } from '../context';
import type { Gauge } from '../metrics/timeSeries';
import type { Environment } from './executionEnvironment';
import type { FunctionRuntime } from './functionRuntime';
import { formatCount, formatSeconds } from '../metrics/moments';

/** Preparation before allocation starts: "after a minute or two". lambda-concurrency.html. */
export const PROVISIONED_PREPARATION_SECONDS = 60;
/** Allocation rate: 6,000 environments per minute per function. lambda-concurrency.html. */
export const PROVISIONED_ALLOCATION_PER_SECOND = 100;
/** *Assumption*: provisioned concurrency configured before the run is already allocated at t = 0. */
export const INITIAL_PROVISIONED_READY = true;
/** *Assumption*: target tracking evaluates utilisation once a minute, sampled every 10 s. */
export const AUTOSCALING_PERIOD_SECONDS = 60;
export const AUTOSCALING_SAMPLE_SECONDS = 10;
/** *Assumption*: consecutive periods above target before scaling out / below before scaling in. */
export const AUTOSCALING_SCALE_OUT_PERIODS = 3;
export const AUTOSCALING_SCALE_IN_PERIODS = 15;
export const AUTOSCALING_SCALE_IN_FRACTION = 0.9;

export class ProvisionedConcurrency {
  private target = 0;
  /** Ready environments (serving or idle) and a pending allocation batch, if any. */
  private readonly ready: Environment[] = [];
  private pending: Environment[] = [];
  private pendingInitialised = 0;
  private batch = 0;
  private utilSamples: number[] = [];
  private above = 0;
  private below = 0;
  private readonly allocated: Gauge;

  constructor(
    private readonly ctx: SimContext,
    private readonly runtime: FunctionRuntime,
    private readonly config: ProvisionedConfig,
  ) {
    this.allocated = ctx.series.gauge({ kind: 'function', name: runtime.name }, 'ProvisionedAllocated');
    runtime.hasProvisioned = true;
  }

  start(): void {
    const auto = this.config.autoscaling;
    const initial = auto ? Math.min(auto.max, Math.max(auto.min, this.config.count)) : this.config.count;
    if (INITIAL_PROVISIONED_READY) this.allocateNow(initial);
    for (const step of this.config.schedule) {
      this.ctx.schedule(step.atSecond, 'provisionedScheduleApplied', () => this.setTarget(step.count, 'schedule'));
    }
    if (auto) this.ctx.schedule(AUTOSCALING_SAMPLE_SECONDS, 'provisionedUtilizationSampled', () => this.sampleUtilization());
  }

  private allocateNow(count: number): void {
    for (let i = 0; i < count; i += 1) {
      if (!this.runtime.claimProvisioned()) break;
      const env = this.runtime.createEnvironment(true, 'allocating');
      this.allocated.add(this.ctx.now, 1);
      this.runtime.provisionedReady(env);
      this.ready.push(env);
    }
    this.target = this.ready.length;
  }

  /** Changes the requested amount; growth is allocated after preparation, shrinkage is immediate. */
  setTarget(count: number, why: 'schedule' | 'autoscaling'): void {
    if (count === this.target) return;
    const t = this.ctx.now;
    this.cancelPending();
    if (count < this.ready.length) {
      for (const env of this.ready.splice(count)) {
        this.runtime.releaseProvisioned(env);
        this.allocated.add(t, -1);
      }
      this.target = count;
      this.ctx.moments.add(t, 'note', `${this.runtime.name}: provisioned concurrency lowered to ${formatCount(count)} (${why}).`, { function: this.runtime.name });
      return;
    }
    this.target = count;
    const extra = count - this.ready.length;
    const batch = ++this.batch;
    this.ctx.moments.add(t, 'note', `${this.runtime.name}: provisioned concurrency raised to ${formatCount(count)} (${why}); ${formatCount(extra)} environments start allocating after ${formatSeconds(PROVISIONED_PREPARATION_SECONDS)} of preparation and serve only once all are ready.`, { function: this.runtime.name });
    for (let i = 0; i < extra; i += 1) {
      const at = t + PROVISIONED_PREPARATION_SECONDS + i / PROVISIONED_ALLOCATION_PER_SECOND;
      this.ctx.schedule(at, 'provisionedAllocationStarted', () => this.allocateOne(batch, extra));
    }
  }

  private allocateOne(batch: number, size: number): void {
    if (batch !== this.batch) return;
    if (!this.runtime.claimProvisioned()) {
      this.ctx.moments.once(this.ctx.now, 'note', `${this.runtime.name}: provisioned allocation stopped — reserved or account concurrency has no room left.`, { function: this.runtime.name });
      return;
    }
    const env = this.runtime.createEnvironment(true, 'allocating');
    this.allocated.add(this.ctx.now, 1);
    this.pending.push(env);
    this.ctx.schedule(this.ctx.now + this.runtime.sampleInit(), 'provisionedEnvironmentInitialised', () => {
      if (batch !== this.batch) return;
      this.pendingInitialised += 1;
      if (this.pendingInitialised === size) this.batchReady();
    });
  }

  private batchReady(): void {
    for (const env of this.pending) {
      this.runtime.provisionedReady(env);
      this.ready.push(env);
    }
    this.pending = [];
    this.pendingInitialised = 0;
    this.batch += 1;
    this.ctx.moments.add(this.ctx.now, 'provisionedReady', `${this.runtime.name}: all ${formatCount(this.ready.length)} provisioned environments are allocated and now serve requests without cold starts.`, { function: this.runtime.name });
  }

  private cancelPending(): void {
    for (const env of this.pending) {
      this.runtime.releaseProvisioned(env);
      this.allocated.add(this.ctx.now, -1);
    }
    this.pending = [];
    this.pendingInitialised = 0;
    this.batch += 1;
  }

  private sampleUtilization(): void {
    const total = this.ready.length;
    const busy = this.ready.reduce((n, env) => n + (env.state === 'busy' ? 1 : 0), 0);
    if (total > 0) this.utilSamples.push(busy / total);
    if (this.utilSamples.length * AUTOSCALING_SAMPLE_SECONDS >= AUTOSCALING_PERIOD_SECONDS) this.evaluate();
    this.ctx.schedule(this.ctx.now + AUTOSCALING_SAMPLE_SECONDS, 'provisionedUtilizationSampled', () => this.sampleUtilization());
  }

  private evaluate(): void {
    const auto = this.config.autoscaling!;
    const samples = this.utilSamples;
    this.utilSamples = [];
    if (samples.length === 0 || this.pending.length > 0) return;
    const utilization = samples.reduce((a, b) => a + b, 0) / samples.length;
    this.above = utilization > auto.targetUtilization ? this.above + 1 : 0;
    this.below = utilization < auto.targetUtilization * AUTOSCALING_SCALE_IN_FRACTION ? this.below + 1 : 0;
    const desired = Math.ceil((this.ready.length * utilization) / auto.targetUtilization);
    if (this.above >= AUTOSCALING_SCALE_OUT_PERIODS) {
      this.above = 0;
      this.setTarget(Math.min(auto.max, Math.max(desired, this.ready.length + 1)), 'autoscaling');
    } else if (this.below >= AUTOSCALING_SCALE_IN_PERIODS) {
      this.below = 0;
      this.setTarget(Math.max(auto.min, desired), 'autoscaling');
    }
  }

  /** Adds the allocation cost per bucket, once the run's gauges are finished. */
  finishCost(end: number): void {
    const m = this.runtime.metrics;
    const width = this.ctx.time.bucketSeconds;
    const values = this.allocated.values;
    for (let b = 0; b < values.length; b += 1) {
      const covered = Math.min(width, Math.max(0, end - b * width));
      const cost = values[b]! * covered * this.runtime.prices.perProvisionedSecond;
      if (cost > 0) {
        m.cost.values[b]! += cost;
        m.cost.total += cost;
        m.costParts.provisionedUSD += cost;
      }
    }
  }
}

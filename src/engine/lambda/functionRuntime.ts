/**
 * One Lambda function at run time: placement of invocations on execution environments, cold
 * starts, handler durations, errors and timeouts, idle reaping, and billing (DESIGN §2.1).
 *
 * Placement order: an idle provisioned environment (no cold start, no new claim); else, if the
 * function may claim one more unit of concurrency, an idle on-demand environment (newest by
 * default, as SimFaaS models it); else a new environment, which needs a scaling token and runs
 * its init first (a cold start). A request that cannot be placed is throttled, and the engine
 * records why: RPS limit, reserved concurrency, account concurrency or scaling rate.
 */
import type { FunctionConfig, Scenario } from '../../scenario/types';
import type { SimContext } from '../context';
import type { ThrottleCause } from '../resultTypes';
import { makeSampler, type Sampler } from '../kernel/distributions';
import type { Rng } from '../kernel/rng';
import type { SpanRecorder } from '../metrics/spanRecorder';
import type { Gauge } from '../metrics/timeSeries';
import type { AccountConcurrency } from './accountConcurrency';
import { EnvironmentStates } from './environmentStates';
import { IdleList, newEnvironment, type Environment, type EnvironmentState } from './executionEnvironment';
import { decideFailure } from './failureModel';
import { FunctionMetrics } from './functionMetrics';
import type { Invocation, InvocationResult } from './invocation';
import { coldStartText, throttleText } from './narration';
import { billedSeconds, functionPrices, type FunctionPrices } from './pricing';
import { runtimeInit } from './runtimeInit';
import type { ScalingBucket } from './scalingBucket';

/** Shared by every function of a run: environment ids and the account-wide gauges. */
export interface RuntimeShared {
  account: AccountConcurrency;
  spans: SpanRecorder;
  nextEnvironmentId: { value: number };
  accountConcurrency: Gauge;
  unreservedConcurrency: Gauge;
}

export class FunctionRuntime {
  readonly metrics: FunctionMetrics;
  readonly prices: FunctionPrices;
  readonly provisionedIdle = new IdleList();
  /** Called after an invocation ends and frees capacity (queues waiting to dispatch listen). */
  readonly capacityListeners: (() => void)[] = [];
  private readonly idle = new IdleList();
  private readonly duration: Sampler;
  private readonly ownInit: Sampler;
  private readonly platformInit: Sampler;
  private readonly idleLifetime: Sampler;
  private readonly rngDuration: Rng;
  private readonly rngInit: Rng;
  private readonly rngFailure: Rng;
  private readonly rngPlacement: Rng;
  private readonly rngIdle: Rng;
  private readonly unreserved: boolean;
  /** Whether provisioned concurrency is configured at all (for spill-over counting). */
  hasProvisioned = false;
  /** Moments already told (checked before any text is built: this is the hot path). */
  private readonly told = { coldStart: false, spillover: false, error: false, timeout: false };
  private readonly toldThrottle: Record<ThrottleCause, boolean> = {
    rpsLimit: false,
    reservedConcurrency: false,
    accountConcurrency: false,
    scalingRate: false,
  };
  /** Environments per state, with their gauges (see environmentStates.ts). */
  readonly states: EnvironmentStates;

  constructor(
    private readonly ctx: SimContext,
    readonly config: FunctionConfig,
    readonly index: number,
    private readonly bucket: ScalingBucket,
    private readonly shared: RuntimeShared,
  ) {
    this.metrics = new FunctionMetrics(ctx.series, config.name);
    this.states = new EnvironmentStates(this.metrics, shared.accountConcurrency);
    this.prices = functionPrices(config.memoryMB, config.architecture);
    this.duration = makeSampler(config.duration);
    this.ownInit = makeSampler(config.init);
    this.platformInit = makeSampler(runtimeInit(config.runtime));
    this.idleLifetime = makeSampler(config.idleLifetimeSeconds);
    this.rngDuration = ctx.rng.get(`duration:${config.name}`);
    this.rngInit = ctx.rng.get(`init:${config.name}`);
    this.rngFailure = ctx.rng.get(`failure:${config.name}`);
    this.rngPlacement = ctx.rng.get(`placement:${config.name}`);
    this.rngIdle = ctx.rng.get(`idle:${config.name}`);
    this.unreserved = config.reservedConcurrency === null;
  }

  get name(): string {
    return this.config.name;
  }

  /** Environments initialising or busy: the function's concurrency. */
  get concurrency(): number {
    return this.states.concurrency;
  }

  /**
   * When the invocation accepted last will end (seconds): its duration and fate are drawn at
   * acceptance, so a caller can tell whether its own timeout can come first.
   */
  acceptedEndsAt = 0;

  /** Starts `inv` now, or returns why it is throttled (and counts the throttle). */
  tryInvoke(inv: Invocation): ThrottleCause | null {
    const t = this.ctx.now;
    const account = this.shared.account;
    if (inv.kind === 'sync' && !account.admitRequest(t)) return this.throttled('rpsLimit');
    const provisioned = this.provisionedIdle.newest();
    if (provisioned) {
      this.provisionedIdle.remove(provisioned);
      this.warmStart(provisioned, inv, t);
      return null;
    }
    const blocked = account.blockedBy(this.index);
    if (blocked) return this.throttled(blocked);
    const warm = this.pickIdle();
    if (warm) {
      this.idle.remove(warm);
      this.claim(1);
      this.countSpillover(t);
      this.warmStart(warm, inv, t);
      return null;
    }
    if (!this.bucket.take(t)) return this.throttled('scalingRate');
    this.claim(1);
    this.countSpillover(t);
    this.coldStart(inv, t);
    return null;
  }

  /** New environments this function could still start right now (for the ScalingCeiling series). */
  scalingHeadroom(t: number): number {
    const capacity = this.shared.account.ceiling(this.index) - this.shared.account.claimedBy(this.index);
    return Math.max(0, Math.min(capacity, Math.floor(this.bucket.available(t))));
  }

  private pickIdle(): Environment | null {
    switch (this.config.placement) {
      case 'mostRecent':
        return this.idle.newest();
      case 'leastRecent':
        return this.idle.oldest();
      case 'random':
        return this.idle.size > 0 ? this.idle.at(Math.floor(this.rngPlacement.next() * this.idle.size)) : null;
      default: {
        const never: never = this.config.placement;
        throw new Error(`unknown placement ${String(never)}`);
      }
    }
  }

  private throttled(cause: ThrottleCause): ThrottleCause {
    const t = this.ctx.now;
    this.metrics.throttles.add(t);
    this.metrics.throttlesByCause[cause].add(t);
    if (this.ctx.tracing) this.ctx.trace('invocationThrottled', `${this.name} ${cause}`);
    if (this.toldThrottle[cause]) return cause;
    this.toldThrottle[cause] = true;
    const account = this.shared.account;
    const scenario: Scenario = this.ctx.scenario;
    const text = throttleText(this.name, cause, {
      reserved: this.config.reservedConcurrency,
      pool: account.unreservedPool,
      limit: account.limit,
      rps: account.rpsLimit,
      scaling: scenario.account.scaling,
    });
    const kind = cause === 'scalingRate' ? 'scalingTokensExhausted' : cause === 'rpsLimit' ? 'firstThrottle' : 'concurrencyLimitReached';
    this.ctx.moments.add(t, kind, text, { function: this.name });
    return cause;
  }

  private claim(units: number): void {
    this.shared.account.claim(this.index, units);
    if (this.unreserved) this.shared.unreservedConcurrency.add(this.ctx.now, units);
  }

  private release(units: number): void {
    this.shared.account.release(this.index, units);
    if (this.unreserved) this.shared.unreservedConcurrency.add(this.ctx.now, -units);
  }

  private countSpillover(t: number): void {
    if (!this.hasProvisioned) return;
    this.metrics.spillover.add(t);
    if (this.told.spillover) return;
    this.told.spillover = true;
    this.ctx.moments.add(t, 'provisionedSpillover', `${this.name}: every provisioned environment is busy — the request spills over to on-demand concurrency (a cold start when no warm environment waits).`, { function: this.name });
  }

  /** Creates an environment in `state` (initializing for on-demand, allocating for provisioned). */
  createEnvironment(provisioned: boolean, state: EnvironmentState): Environment {
    const t = this.ctx.now;
    const env = newEnvironment(this.shared.nextEnvironmentId.value++, provisioned, t, state);
    env.onInitialised = () => this.initialised(env);
    env.onCompleted = () => this.completed(env);
    this.shared.spans.created(env, this.name);
    this.states.enter(env, state, t);
    return env;
  }

  /** Samples one cold-start init: the runtime's own plus the function's. */
  sampleInit(): number {
    return this.platformInit(this.rngInit) + this.ownInit(this.rngInit);
  }

  private coldStart(inv: Invocation, t: number): void {
    const env = this.createEnvironment(false, 'initializing');
    const init = this.sampleInit();
    this.drawOutcome(env, inv, t, true);
    this.acceptedEndsAt = t + init + env.ran;
    this.metrics.coldStarts.add(t);
    this.metrics.initDuration.add(init);
    const initCost = billedSeconds(init) * this.prices.perSecond;
    this.metrics.costParts.initUSD += initCost;
    this.metrics.cost.add(t, initCost);
    if (!this.told.coldStart) {
      this.told.coldStart = true;
      this.ctx.moments.add(t, 'firstColdStart', coldStartText(this.name, init), { function: this.name });
    }
    if (this.ctx.tracing) this.ctx.trace('coldStartBegan', `${this.name} env${env.id} ${inv.requestId}`);
    this.ctx.schedule(t + init, 'initCompleted', env.onInitialised);
  }

  private initialised(env: Environment): void {
    this.shared.spans.leave(env, this.name, this.ctx.now, 'cold start');
    this.startHandler(env, env.inv!);
  }

  /** Draws how the invocation will go — handler duration, timeout, error — and keeps it on `env`. */
  private drawOutcome(env: Environment, inv: Invocation, acceptedAt: number, coldStart: boolean): void {
    const timeout = this.config.timeoutSeconds;
    const drawn = this.duration(this.rngDuration);
    const timedOut = drawn > timeout;
    env.inv = inv;
    env.acceptedAt = acceptedAt;
    env.coldStart = coldStart;
    env.ran = timedOut ? timeout : drawn;
    env.timedOut = timedOut;
    env.failedIndex = timedOut ? 0 : decideFailure(inv, this.config.errors.transientRate, this.rngFailure);
  }

  /** A warm (or provisioned) environment takes the invocation now, at time t. */
  private warmStart(env: Environment, inv: Invocation, t: number): void {
    this.drawOutcome(env, inv, t, false);
    this.acceptedEndsAt = t + env.ran;
    this.startHandler(env, inv);
  }

  private startHandler(env: Environment, inv: Invocation): void {
    const t = this.ctx.now;
    const coldStart = env.coldStart;
    if (env.state !== 'initializing') this.shared.spans.leave(env, this.name, t, '');
    this.states.transition(env, 'busy', t);
    env.invocations += 1;
    this.shared.spans.invoked(env);
    this.metrics.invocations.add(t);
    if (this.ctx.tracing) this.ctx.trace('invocationStarted', `${this.name} env${env.id} ${inv.requestId}${coldStart ? ' cold' : ''}`);
    this.ctx.schedule(t + env.ran, 'invocationCompleted', env.onCompleted);
  }

  private completed(env: Environment): void {
    const inv = env.inv!;
    const failedIndex = env.failedIndex;
    const result: InvocationResult = {
      status: env.timedOut ? 'timeout' : failedIndex >= 0 ? 'error' : 'success',
      failedIndex,
      error: env.timedOut
        ? `Task timed out after ${this.config.timeoutSeconds} seconds`
        : failedIndex >= 0
          ? failedIndex === inv.poisonIndex
            ? 'PoisonRecordError'
            : 'TransientError'
          : null,
      acceptedAt: env.acceptedAt,
      endedAt: this.ctx.now,
      coldStart: env.coldStart,
    };
    env.inv = null;
    this.complete(env, inv, env.ran, result);
  }

  private complete(env: Environment, inv: Invocation, ran: number, result: InvocationResult): void {
    const t = this.ctx.now;
    const m = this.metrics;
    m.duration.add(ran);
    m.durationSum.add(t, ran);
    const perSecond = env.provisioned ? this.prices.perProvisionedBusySecond : this.prices.perSecond;
    const durationCost = billedSeconds(ran) * perSecond;
    m.costParts.durationUSD += durationCost;
    m.costParts.requestsUSD += this.prices.perRequest;
    m.cost.add(t, durationCost + this.prices.perRequest);
    if (result.status !== 'success') {
      m.errors.add(t);
      if (result.status === 'timeout') {
        m.timeouts.add(t);
        if (!this.told.timeout) this.ctx.moments.add(t, 'firstTimeout', `${this.name}: an invocation ran past its ${this.config.timeoutSeconds} s timeout and was stopped (a function error).`, { function: this.name });
        this.told.timeout = true;
      } else if (!this.told.error) {
        this.told.error = true;
        this.ctx.moments.add(t, 'firstError', `${this.name}: first function error (${result.error}).`, { function: this.name });
      }
    }
    if (this.ctx.tracing) this.ctx.trace('invocationCompleted', `${this.name} env${env.id} ${inv.requestId} ${result.status}`);
    this.shared.spans.leave(env, this.name, t, env.tracked >= 0 ? inv.requestId : '');
    if (env.provisioned) this.provisionedDone(env, t);
    else this.onDemandDone(env, t);
    inv.onDone(result);
    this.notifyCapacity();
  }

  private notifyCapacity(): void {
    for (const listener of this.capacityListeners) listener();
  }

  private onDemandDone(env: Environment, t: number): void {
    this.states.transition(env, 'idle', t);
    this.release(1);
    this.idle.push(env);
    env.reapAt = t + this.idleLifetime(this.rngIdle);
    this.scheduleReap(env);
  }

  private provisionedDone(env: Environment, t: number): void {
    if (env.retire) {
      this.reapProvisioned(env, t);
      return;
    }
    this.states.transition(env, 'provisionedIdle', t);
    this.provisionedIdle.push(env);
  }

  private scheduleReap(env: Environment): void {
    if (env.reapScheduled) return;
    env.reapScheduled = true;
    this.ctx.schedule(env.reapAt, 'environmentReapChecked', () => {
      env.reapScheduled = false;
      if (env.state !== 'idle') return;
      if (this.ctx.now < env.reapAt) {
        this.scheduleReap(env);
        return;
      }
      this.idle.remove(env);
      this.shared.spans.leave(env, this.name, this.ctx.now, '');
      this.states.transition(env, 'reaped', this.ctx.now);
      this.shared.spans.reaped(env, this.ctx.now);
      if (this.ctx.tracing) this.ctx.trace('environmentReaped', `${this.name} env${env.id}`);
    });
  }

  // ── provisioned concurrency hooks (see provisionedConcurrency.ts) ──

  /** Claims capacity for a provisioned environment; false when reserved or account capacity forbids. */
  claimProvisioned(): boolean {
    if (this.shared.account.blockedBy(this.index)) return false;
    this.claim(1);
    return true;
  }

  /** An allocated provisioned environment starts serving. */
  provisionedReady(env: Environment): void {
    const t = this.ctx.now;
    this.shared.spans.leave(env, this.name, t, 'provisioned allocation');
    this.states.transition(env, 'provisionedIdle', t);
    this.metrics.provisionedReady.add(t, 1);
    this.provisionedIdle.push(env);
    this.notifyCapacity();
  }

  /** Releases a provisioned environment now if idle or allocating, else when its request ends. */
  releaseProvisioned(env: Environment): void {
    const t = this.ctx.now;
    if (env.state === 'busy') {
      env.retire = true;
      return;
    }
    if (env.state === 'provisionedIdle') this.provisionedIdle.remove(env);
    this.shared.spans.leave(env, this.name, t, '');
    this.reapProvisioned(env, t);
  }

  private reapProvisioned(env: Environment, t: number): void {
    if (env.state === 'busy' || env.state === 'provisionedIdle') this.metrics.provisionedReady.add(t, -1);
    this.states.transition(env, 'reaped', t);
    this.release(1);
    this.shared.spans.reaped(env, t);
  }
}

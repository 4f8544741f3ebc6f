/**
 * One simulation run: builds the model of a restored scenario, advances the event loop in chunks
 * (so a worker can report progress and be cancelled between them), and builds the result.
 * Deterministic: the same scenario and seed give the same result, byte for byte.
 */
import type { Scenario } from '../scenario/types';
import type { SimContext, SourceModel } from './context';
import { EventQueue } from './kernel/eventQueue';
import { RngStreams } from './kernel/rng';
import { AccountConcurrency } from './lambda/accountConcurrency';
import { FunctionRuntime, type RuntimeShared } from './lambda/functionRuntime';
import { ProvisionedConcurrency } from './lambda/provisionedConcurrency';
import { scalingBuckets } from './lambda/scalingBucket';
import { DeadLetterLog } from './metrics/deadLetterLog';
import { Moments, formatCount, formatSeconds } from './metrics/moments';
import { OutcomeLedger } from './metrics/outcomeLedger';
import { SeriesRegistry } from './metrics/seriesRegistry';
import { SpanRecorder } from './metrics/spanRecorder';
import { TimeBuckets, chooseBucketSeconds } from './metrics/timeSeries';
import { buildResult } from './resultBuilder';
import type { SimulationResult } from './resultTypes';
import { SOURCE_FACTORIES } from './sources/registry';

export interface Progress {
  /** Simulated seconds reached. */
  simulatedSeconds: number;
  /** simulatedSeconds / horizon, 0…1. */
  fraction: number;
  events: number;
}

export interface SimulationOptions {
  /** Keep an event log (`t kind detail` lines) for tests of tiny scenarios. */
  trace?: boolean;
}

export class Simulation {
  readonly log: string[] = [];
  private readonly queue = new EventQueue();
  private readonly ctx: RunContext;
  private readonly runtimes: FunctionRuntime[];
  private readonly provisioned: ProvisionedConcurrency[] = [];
  private readonly sources: SourceModel[];
  private readonly spans: SpanRecorder;
  private readonly shared: RuntimeShared;
  private events = 0;
  private done = false;
  private truncatedReason: string | null = null;
  private cached: SimulationResult | null = null;
  private sampledBucket = 0;

  constructor(
    readonly scenario: Scenario,
    options: SimulationOptions = {},
  ) {
    const horizon = scenario.durationSeconds;
    this.spans = new SpanRecorder(horizon);
    const time = new TimeBuckets(chooseBucketSeconds(horizon), horizon);
    const series = new SeriesRegistry(time);
    const trace = options.trace ?? false;
    this.ctx = new RunContext(scenario, horizon, this.queue, time, series, trace ? this.log : null);
    const account = new AccountConcurrency(
      scenario.account.concurrencyLimit,
      scenario.functions.map((f) => f.reservedConcurrency),
    );
    this.shared = {
      account,
      spans: this.spans,
      nextEnvironmentId: { value: 0 },
      accountConcurrency: series.gauge({ kind: 'account' }, 'ConcurrentExecutionsMean', 'ConcurrentExecutions'),
      unreservedConcurrency: series.gauge({ kind: 'account' }, 'UnreservedConcurrentExecutionsMean', 'UnreservedConcurrentExecutions'),
    };
    const buckets = scalingBuckets(scenario.account.scaling, scenario.functions.length);
    this.runtimes = scenario.functions.map((f, i) => new FunctionRuntime(this.ctx, f, i, buckets[i]!, this.shared));
    const byName = new Map(this.runtimes.map((r) => [r.name, r]));
    for (const runtime of this.runtimes) {
      const pc = runtime.config.provisionedConcurrency;
      if (pc) this.provisioned.push(new ProvisionedConcurrency(this.ctx, runtime, pc));
    }
    this.sources = scenario.sources.map((source, index) => {
      const factory = SOURCE_FACTORIES[source.type];
      const fn = byName.get(source.function);
      if (!factory) throw new Error(`sources[${index}].type: '${source.type}' is not simulated yet`);
      if (!fn) throw new Error(`sources[${index}].function: no function named '${source.function}'`);
      return factory(this.ctx, source, index, fn);
    });
    for (const pc of this.provisioned) pc.start();
    for (const source of this.sources) source.start();
    if (time.buckets > 1) this.queue.push(time.bucketSeconds, 'metricsSampled', () => this.sample());
  }

  /** Runs up to `maxEvents` more events; true once the run is finished (or truncated). */
  advance(maxEvents: number): boolean {
    if (this.done) return true;
    const horizon = this.ctx.horizon;
    const budget = this.scenario.limits.maxEvents;
    const queue = this.queue;
    for (let n = 0; n < maxEvents; n += 1) {
      const next = queue.peekTime();
      if (next >= horizon) {
        this.ctx.now = horizon;
        this.done = true;
        return true;
      }
      if (this.events >= budget) {
        this.truncatedReason = `stopped after ${formatCount(budget)} events at t = ${formatSeconds(this.ctx.now)} of ${formatSeconds(horizon)} (limits.maxEvents); raise the limit or shorten the scenario`;
        this.done = true;
        return true;
      }
      const event = queue.pop()!;
      this.ctx.now = event.t;
      this.events += 1;
      event.fire();
      queue.recycle(event);
    }
    return false;
  }

  /**
   * Ends the run now, as if the horizon had come: what was simulated so far becomes the result,
   * marked truncated with `reason` (e.g. the user pressed Stop). No-op once finished.
   */
  stop(reason: string): void {
    if (this.done) return;
    this.truncatedReason = `${reason} at t = ${formatSeconds(this.ctx.now)} of ${formatSeconds(this.ctx.horizon)}`;
    this.done = true;
  }

  progress(): Progress {
    const horizon = this.ctx.horizon;
    return { simulatedSeconds: this.ctx.now, fraction: Math.min(1, this.ctx.now / horizon), events: this.events };
  }

  /** The result; valid once advance() returned true. */
  result(): SimulationResult {
    if (!this.done) throw new Error('result() before the run finished: call advance() until it returns true');
    if (!this.cached) this.cached = this.finish();
    return this.cached;
  }

  private sample(): void {
    const bucket = this.sampledBucket;
    this.sampledBucket += 1;
    const t = this.ctx.now;
    for (const runtime of this.runtimes) {
      runtime.metrics.scalingCeiling.record(bucket, runtime.concurrency + runtime.scalingHeadroom(t));
    }
    for (const source of this.sources) source.sample?.(bucket);
    const nextAt = (this.sampledBucket + 1) * this.ctx.time.bucketSeconds;
    if (this.sampledBucket < this.ctx.time.buckets - 1) this.queue.push(nextAt, 'metricsSampled', () => this.sample());
  }

  private finish(): SimulationResult {
    const end = this.ctx.now;
    // The last bucket's sample is taken at the end of the run.
    while (this.sampledBucket < this.ctx.time.buckets && this.sampledBucket * this.ctx.time.bucketSeconds < end) this.sample();
    for (const source of this.sources) source.finish?.(end);
    const live = this.sources.reduce((n, s) => n + s.livePending(), 0);
    const pending = this.ctx.ledger.outcomes.reduce((n, o) => n + o.pending, 0);
    if (live !== pending) throw new Error(`outcome ledger says ${pending} pending but sources hold ${live}`);
    this.ctx.series.finish(end);
    this.spans.closeOpen(end);
    for (const pc of this.provisioned) pc.finishCost(end);
    for (const runtime of this.runtimes) runtime.metrics.derive(this.ctx.series, runtime.name);
    return buildResult({
      ctx: this.ctx,
      runtimes: this.runtimes,
      spans: this.spans,
      end,
      events: this.events,
      truncatedReason: this.truncatedReason,
      accountPeak: this.shared.accountConcurrency.peak,
    });
  }
}

/** The shared context of one run; `now` is advanced by the event loop. */
class RunContext implements SimContext {
  now = 0;
  readonly rng: RngStreams;
  readonly moments = new Moments();
  readonly ledger: OutcomeLedger;
  readonly deadLetters: DeadLetterLog;
  readonly tracing: boolean;

  constructor(
    readonly scenario: Scenario,
    readonly horizon: number,
    private readonly queue: EventQueue,
    readonly time: TimeBuckets,
    readonly series: SeriesRegistry,
    private readonly log: string[] | null,
  ) {
    this.rng = new RngStreams(scenario.seed);
    this.ledger = new OutcomeLedger(scenario.sources.length);
    this.deadLetters = new DeadLetterLog(scenario.destinations);
    this.tracing = log !== null;
  }

  schedule(t: number, kind: string, fire: () => void): void {
    if (t < this.now) throw new Error(`event ${kind} scheduled in the past (${t} < ${this.now})`);
    this.queue.push(t, kind, fire);
  }

  trace(kind: string, detail: string): void {
    this.log?.push(`${round(this.now)} ${kind} ${detail}`);
  }
}

/** Runs a scenario to the end in one call (CLI, tests, benchmarks). */
export function simulate(scenario: Scenario, onProgress?: (p: Progress) => void, options?: SimulationOptions): SimulationResult {
  const sim = new Simulation(scenario, options);
  while (!sim.advance(250_000)) onProgress?.(sim.progress());
  onProgress?.(sim.progress());
  return sim.result();
}

function round(t: number): string {
  return String(Math.round(t * 1e6) / 1e6);
}

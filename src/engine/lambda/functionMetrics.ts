/**
 * The per-function series and totals (CloudWatch names where they exist: ConcurrentExecutions,
 * Invocations, Throttles, Errors, Duration, ProvisionedConcurrencyUtilization,
 * ProvisionedConcurrencySpilloverInvocations; our own: ColdStarts, InitializingEnvironments,
 * IdleEnvironments, BusyOnDemand, BusyProvisioned, ProvisionedIdle, AllocatingEnvironments,
 * ScalingCeiling, CostUSD, Throttles_<cause>).
 */
import { THROTTLE_CAUSES, type ThrottleCause } from '../resultTypes';
import type { Counter, Gauge, Sampled } from '../metrics/timeSeries';
import type { SeriesRegistry } from '../metrics/seriesRegistry';
import { Histogram } from '../metrics/histogram';
import type { EnvironmentState } from './executionEnvironment';

export class FunctionMetrics {
  readonly invocations: Counter;
  readonly coldStarts: Counter;
  readonly throttles: Counter;
  readonly throttlesByCause: Record<ThrottleCause, Counter>;
  readonly errors: Counter;
  readonly timeouts: Counter;
  readonly retries: Counter;
  readonly duplicates: Counter;
  readonly spillover: Counter;
  readonly cost: Counter;
  readonly durationSum: Counter;
  /** Environments by state; `concurrency` = initializing + busy (max per bucket kept). */
  readonly byState: Record<EnvironmentState, Gauge | null>;
  readonly busyProvisioned: Gauge;
  readonly concurrency: Gauge;
  readonly provisionedReady: Gauge;
  readonly scalingCeiling: Sampled;
  readonly latency = new Histogram();
  readonly duration = new Histogram();
  readonly initDuration = new Histogram();
  readonly costParts = { requestsUSD: 0, durationUSD: 0, initUSD: 0, provisionedUSD: 0 };

  constructor(series: SeriesRegistry, name: string) {
    const g = { kind: 'function', name } as const;
    this.invocations = series.counter(g, 'Invocations');
    this.coldStarts = series.counter(g, 'ColdStarts');
    this.throttles = series.counter(g, 'Throttles');
    this.throttlesByCause = Object.fromEntries(
      THROTTLE_CAUSES.map((cause) => [cause, series.counter(g, `Throttles_${cause}`)]),
    ) as Record<ThrottleCause, Counter>;
    this.errors = series.counter(g, 'Errors');
    this.timeouts = series.counter(g, 'Timeouts');
    this.retries = series.counter(g, 'Retries');
    this.duplicates = series.counter(g, 'Duplicates');
    this.spillover = series.counter(g, 'ProvisionedConcurrencySpilloverInvocations');
    this.cost = series.counter(g, 'CostUSD');
    this.durationSum = series.counter(g, 'DurationSum');
    this.concurrency = series.gauge(g, 'ConcurrentExecutionsMean', 'ConcurrentExecutions');
    this.busyProvisioned = series.gauge(g, 'BusyProvisioned');
    this.byState = {
      allocating: series.gauge(g, 'AllocatingEnvironments'),
      initializing: series.gauge(g, 'InitializingEnvironments'),
      busy: series.gauge(g, 'BusyOnDemand'),
      idle: series.gauge(g, 'IdleEnvironments'),
      provisionedIdle: series.gauge(g, 'ProvisionedIdle'),
      reaped: null,
    };
    this.provisionedReady = series.gauge(g, 'ProvisionedConcurrency');
    this.scalingCeiling = series.sampled(g, 'ScalingCeiling');
  }

  /** Mean Duration and ProvisionedConcurrencyUtilization per bucket, once gauges are finished. */
  derive(series: SeriesRegistry, name: string): void {
    const g = { kind: 'function', name } as const;
    const n = this.invocations.values.length;
    const meanDuration = new Float64Array(n);
    const utilization = new Float64Array(n);
    const busyPc = this.busyProvisioned.values;
    const ready = this.provisionedReady.values;
    for (let b = 0; b < n; b += 1) {
      const count = this.invocations.values[b]!;
      meanDuration[b] = count > 0 ? this.durationSum.values[b]! / count : 0;
      utilization[b] = ready[b]! > 0 ? Math.min(1, busyPc[b]! / ready[b]!) : 0;
    }
    series.addDerived(g, 'Duration', meanDuration);
    series.addDerived(g, 'ProvisionedConcurrencyUtilization', utilization);
  }
}

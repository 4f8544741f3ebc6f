/**
 * Builders for hand-made result parts in tests of the layers that read results (CLI formatting,
 * UI selectors): each test states only the figures it is about.
 */
import type { FunctionSummary, LatencySummary, Outcomes } from '../resultTypes';

export function makeOutcomes(o: Partial<Outcomes> = {}): Outcomes {
  return { succeeded: 0, failed: 0, throttled: 0, deadLettered: 0, dropped: 0, pending: 0, ...o };
}

export function makeLatency(l: Partial<LatencySummary> = {}): LatencySummary {
  return { p50: 0, p95: 0, p99: 0, mean: 0, count: 0, ...l };
}

export function makeFunctionSummary(f: Partial<FunctionSummary> = {}): FunctionSummary {
  return {
    requests: 0,
    outcomes: makeOutcomes(),
    invocations: 0,
    coldStarts: 0,
    throttles: 0,
    throttlesByCause: { rpsLimit: 0, reservedConcurrency: 0, accountConcurrency: 0, scalingRate: 0 },
    errors: 0,
    timeouts: 0,
    retries: 0,
    duplicates: 0,
    maxConcurrency: 0,
    latency: makeLatency(),
    duration: makeLatency(),
    initDuration: makeLatency(),
    provisionedSpilloverInvocations: 0,
    costUSD: 0,
    cost: { requestsUSD: 0, durationUSD: 0, initUSD: 0, provisionedUSD: 0 },
    ...f,
  };
}

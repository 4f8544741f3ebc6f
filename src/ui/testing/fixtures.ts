/**
 * Small synthetic results and scenarios for select.ts tests (test-only: the app never draws
 * made-up data). Builders take overrides so each test states only what it is about.
 */
import type { FunctionSummary, LatencySummary, Outcomes, SimulationResult } from '../../engine/resultTypes';
import type { FunctionConfig, Scenario, Source } from '../../scenario/types';

export const outcomes = (o: Partial<Outcomes> = {}): Outcomes => ({
  succeeded: 0,
  failed: 0,
  throttled: 0,
  deadLettered: 0,
  dropped: 0,
  pending: 0,
  ...o,
});

const latency = (l: Partial<LatencySummary> = {}): LatencySummary => ({ p50: 0, p95: 0, p99: 0, mean: 0, count: 0, ...l });

export function makeFunctionSummary(f: Partial<FunctionSummary> = {}): FunctionSummary {
  return {
    requests: 0,
    outcomes: outcomes(),
    invocations: 0,
    coldStarts: 0,
    throttles: 0,
    throttlesByCause: { rpsLimit: 0, reservedConcurrency: 0, accountConcurrency: 0, scalingRate: 0 },
    errors: 0,
    timeouts: 0,
    retries: 0,
    duplicates: 0,
    maxConcurrency: 0,
    latency: latency(),
    duration: latency(),
    initDuration: latency(),
    provisionedSpilloverInvocations: 0,
    costUSD: 0,
    cost: { requestsUSD: 0, durationUSD: 0, initUSD: 0, provisionedUSD: 0 },
    ...f,
  };
}

export const series = (...values: number[]) => Float64Array.from(values);

export interface ResultOverrides extends Partial<Omit<SimulationResult, 'series'>> {
  series?: Partial<SimulationResult['series']>;
}

export function makeResult(o: ResultOverrides = {}): SimulationResult {
  return {
    summary: {
      requests: 0,
      outcomes: outcomes(),
      invocations: 0,
      coldStarts: 0,
      throttles: 0,
      errors: 0,
      retries: 0,
      duplicates: 0,
      maxConcurrency: 0,
      costUSD: 0,
      truncated: false,
      truncatedReason: null,
      simulatedSeconds: 10,
      events: 0,
      functions: { api: makeFunctionSummary() },
      sources: [],
      ...o.summary,
    },
    series: { bucketSeconds: 1, buckets: 10, account: {}, functions: { api: {} }, sources: [], ...o.series },
    deadLetters: o.deadLetters ?? { total: 0, records: [], byDestination: [] },
    environments: o.environments ?? { total: 0, kept: [], spans: [], spansTotal: 0 },
    moments: o.moments ?? [],
    constants: o.constants ?? [],
  };
}

export function makeFunction(f: Partial<FunctionConfig> = {}): FunctionConfig {
  return {
    name: 'api',
    runtime: 'nodejs22.x',
    architecture: 'x86_64',
    memoryMB: 512,
    timeoutSeconds: 30,
    duration: 0.1,
    init: 0.2,
    idleLifetimeSeconds: 600,
    placement: 'mostRecent',
    errors: { transientRate: 0, poisonRate: 0 },
    reservedConcurrency: null,
    provisionedConcurrency: null,
    idempotent: false,
    async: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 21600, onSuccess: null, onFailure: null, deadLetterQueue: null },
    ...f,
  };
}

export function makeScenario(s: Partial<Scenario> = {}): Scenario {
  const sources: Source[] = [
    {
      type: 'sync',
      function: 'api',
      traffic: { pattern: 'constant', rate: 10 },
      client: { maxAttempts: 1, backoff: { baseSeconds: 0.1, maxSeconds: 5, jitter: 'full' }, retryOn: ['throttle'], timeoutSeconds: null },
    },
  ];
  return {
    version: 1,
    name: 'Test scenario',
    description: 'For tests.',
    seed: 1,
    durationSeconds: 10,
    account: { concurrencyLimit: 1000, scaling: { model: 'current' } },
    functions: [makeFunction()],
    sources,
    destinations: [],
    limits: { maxEvents: 1_000_000 },
    ...s,
  };
}

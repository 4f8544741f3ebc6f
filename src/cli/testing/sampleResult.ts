/**
 * A small, hand-made simulation result for CLI and export tests (no engine run needed): two
 * functions, two sources, a few series as Float64Arrays.
 */
import type { SimulationResult } from '../../engine/resultTypes';
import { makeFunctionSummary, makeLatency, makeOutcomes } from '../../engine/testing/resultBuilders';

const outcomes = makeOutcomes;
const latency = (p50: number, p95: number, p99: number, count: number) => makeLatency({ p50, p95, p99, mean: p50, count });
const fn = makeFunctionSummary;

export function sampleResult(): SimulationResult {
  return {
    summary: {
      requests: 1500,
      outcomes: outcomes({ succeeded: 1460, throttled: 30, deadLettered: 5, pending: 5 }),
      invocations: 1530,
      coldStarts: 12,
      throttles: 30,
      errors: 7,
      retries: 40,
      duplicates: 0,
      maxConcurrency: 40,
      costUSD: 0.0123,
      truncated: false,
      truncatedReason: null,
      simulatedSeconds: 120,
      events: 123_456,
      functions: {
        api: fn({
          requests: 1000,
          outcomes: outcomes({ succeeded: 970, throttled: 30 }),
          invocations: 1020,
          coldStarts: 10,
          throttles: 30,
          throttlesByCause: { rpsLimit: 0, reservedConcurrency: 25, accountConcurrency: 0, scalingRate: 5 },
          errors: 2,
          retries: 40,
          maxConcurrency: 30,
          latency: latency(0.12, 0.5, 1.2, 970),
          costUSD: 0.01,
        }),
        worker: fn({
          requests: 500,
          outcomes: outcomes({ succeeded: 490, deadLettered: 5, pending: 5 }),
          invocations: 510,
          coldStarts: 2,
          errors: 5,
          maxConcurrency: 10,
          costUSD: 0.0023,
        }),
      },
      sources: [
        {
          index: 0,
          type: 'sync',
          function: 'api',
          requests: 1000,
          outcomes: outcomes({ succeeded: 970, throttled: 30 }),
        },
        {
          index: 1,
          type: 'async',
          function: 'worker',
          requests: 500,
          outcomes: outcomes({ succeeded: 490, deadLettered: 5, pending: 5 }),
        },
      ],
    },
    series: {
      bucketSeconds: 1,
      buckets: 3,
      account: { ConcurrentExecutions: new Float64Array([1, 2.5, 0]) },
      functions: { api: { Invocations: new Float64Array([3, 4, 5]) } },
      sources: [{ AsyncQueueDepth: new Float64Array([0, 1, 0]) }],
    },
    deadLetters: { total: 0, records: [], byDestination: [] },
    environments: { total: 0, kept: [], spans: [], spansTotal: 0 },
    moments: [{ t: 0.5, kind: 'firstThrottle', text: 'first throttle' }],
    constants: [],
  };
}

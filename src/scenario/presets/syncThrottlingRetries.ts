import type { Preset } from './index';

/** The default preset: a synchronous API capped by reserved concurrency, its client retrying 429s. */
export const syncThrottlingRetries: Preset = {
  id: 'sync-throttling-retries',
  title: 'Throttles and client retries',
  concept:
    'A synchronous API with reserved concurrency 25 meets a traffic spike. Lambda never retries a synchronous call: each throttle is a 429 to the caller, and this client retries throttles up to 3 more times with exponential backoff and full jitter.',
  watch:
    'At t = 60 s demand jumps to about 50 concurrent requests, twice the reserved 25: concurrency flattens at 25 and throttles appear beneath it. Compare requests with invocations and retries in the summary — every retry is extra load on an already saturated function, and some callers still end throttled after their last attempt.',
  tags: ['sync', 'throttling', 'retries', 'reserved concurrency'],
  scenario: {
    version: 1,
    name: 'Throttles and client retries',
    description:
      'A checkout API capped at 25 concurrent executions; traffic spikes from 50 to 200 requests/s for a minute.',
    seed: 7,
    durationSeconds: 180,
    functions: [
      {
        name: 'checkout-api',
        runtime: 'nodejs22.x',
        memoryMB: 512,
        timeoutSeconds: 10,
        duration: { distribution: 'lognormal', median: 0.2, p99: 1.0 },
        reservedConcurrency: 25,
      },
    ],
    sources: [
      {
        type: 'sync',
        function: 'checkout-api',
        traffic: { pattern: 'spike', baseRate: 50, peakRate: 200, atSecond: 60, durationSeconds: 60 },
        client: {
          maxAttempts: 4,
          backoff: { baseSeconds: 0.1, maxSeconds: 2, jitter: 'full' },
          retryOn: ['throttle'],
          timeoutSeconds: 29,
        },
      },
    ],
  },
};

/**
 * fast-check arbitraries of valid scenario *input* (partial JSON, random optional fields), for
 * property tests here and in the engine. Every generated input restores with ok: true; sizes stay
 * small (≤ 4 functions, ≤ 4 sources, modest rates and horizons) so engine runs stay quick.
 */
import fc from 'fast-check';

type Json = Record<string, unknown>;

export interface ScenarioArbitraryOptions {
  /** Longest horizon (s). */
  maxDurationSeconds?: number;
  /** Highest offered rate per source (per second). */
  maxRate?: number;
}

const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const partial = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T) =>
  fc.record(model, { requiredKeys: [] });
const sortedTimes = (max: number, minLength: number) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max }), { minLength, maxLength: 4 })
    .map((xs) => [...xs].sort((a, b) => a - b));

/** A distribution of seconds, any of the seven forms. */
export const distributionArb: fc.Arbitrary<unknown> = fc.oneof(
  num(0, 5),
  fc.record({ distribution: fc.constant('fixed'), value: num(0, 5) }),
  fc.record({ distribution: fc.constant('exponential'), mean: num(0.001, 5) }),
  fc
    .tuple(num(0, 5), num(0, 5))
    .map(([a, b]) => ({ distribution: 'uniform', min: Math.min(a, b), max: Math.max(a, b) })),
  fc.record({ distribution: fc.constant('normal'), mean: num(0, 5), stddev: num(0, 2) }),
  fc
    .tuple(num(0.001, 2), num(1.1, 10))
    .map(([median, f]) => ({ distribution: 'lognormal', median, p99: median * f })),
  fc
    .array(num(0, 5), { minLength: 1, maxLength: 5 })
    .map((values) => ({ distribution: 'empirical', values })),
);

/** Traffic of any pattern with rates up to `maxRate`. */
export function trafficArb(maxRate: number, horizon: number): fc.Arbitrary<unknown> {
  const rate = num(0, maxRate);
  const at = fc.integer({ min: 0, max: horizon });
  const arrivals = fc.constantFrom('poisson', 'uniform');
  return fc.oneof(
    fc.record({ pattern: fc.constant('constant'), rate }),
    fc.record({ pattern: fc.constant('poisson'), rate }),
    fc
      .tuple(
        sortedTimes(horizon, 1),
        fc.array(rate, { minLength: 4, maxLength: 4 }),
        fc.option(arrivals, { nil: undefined }),
      )
      .map(([times, rates, a]) => ({
        pattern: 'steps',
        steps: times.map((atSecond, i) => ({ atSecond, rate: rates[i] })),
        ...(a ? { arrivals: a } : {}),
      })),
    fc.tuple(rate, rate, at, at, arrivals).map(([fromRate, toRate, a, b, arr]) => ({
      pattern: 'ramp',
      fromRate,
      toRate,
      startSecond: Math.min(a, b),
      endSecond: Math.max(a, b),
      arrivals: arr,
    })),
    fc.record({
      pattern: fc.constant('spike'),
      baseRate: rate,
      peakRate: rate,
      atSecond: at,
      durationSeconds: num(0.5, horizon),
    }),
    fc.record(
      {
        pattern: fc.constant('burst'),
        count: fc.integer({ min: 0, max: 200 }),
        atSecond: at,
        overSeconds: num(0, 10),
      },
      { requiredKeys: ['pattern', 'count'] },
    ),
    fc.record(
      {
        pattern: fc.constant('diurnal'),
        meanRate: rate,
        amplitude: num(0, 1),
        periodSeconds: num(1, horizon),
      },
      { requiredKeys: ['pattern', 'meanRate', 'amplitude'] },
    ),
    fc.record(
      {
        pattern: fc.constant('trace'),
        bucketSeconds: num(0.5, 10),
        counts: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 10 }),
      },
      { requiredKeys: ['pattern', 'counts'] },
    ),
  );
}

const provisionedArb = (cap: number) =>
  fc.oneof(
    fc.constant(null),
    fc.record(
      {
        count: fc.integer({ min: 0, max: cap }),
        schedule: fc
          .tuple(
            sortedTimes(600, 0),
            fc.array(fc.integer({ min: 0, max: cap }), { minLength: 4, maxLength: 4 }),
          )
          .map(([times, counts]) => times.map((atSecond, i) => ({ atSecond, count: counts[i] }))),
        autoscaling: fc.oneof(
          fc.constant(null),
          fc
            .tuple(fc.integer({ min: 0, max: cap }), fc.integer({ min: 0, max: cap }), num(0.05, 1))
            .map(([a, b, targetUtilization]) => ({
              min: Math.min(a, b),
              max: Math.max(a, b),
              targetUtilization,
            })),
        ),
      },
      { requiredKeys: [] },
    ),
  );

const functionArb = partial({
  runtime: fc.constantFrom('nodejs22.x', 'python3.13', 'java21', 'go', 'rust'),
  architecture: fc.constantFrom('x86_64', 'arm64'),
  memoryMB: fc.integer({ min: 128, max: 10_240 }),
  timeoutSeconds: fc.integer({ min: 1, max: 900 }),
  duration: distributionArb,
  init: distributionArb,
  idleLifetimeSeconds: distributionArb,
  placement: fc.constantFrom('mostRecent', 'leastRecent', 'random'),
  errors: partial({ transientRate: num(0, 1), poisonRate: num(0, 0.5) }),
  // Reserved 50–150 for at most 4 functions stays within 1,000 − 100; provisioned ≤ 50 fits it.
  reservedConcurrency: fc.oneof(fc.constant(null), fc.integer({ min: 50, max: 150 })),
  provisionedConcurrency: provisionedArb(50),
  idempotent: fc.boolean(),
  async: partial({
    maximumRetryAttempts: fc.integer({ min: 0, max: 2 }),
    maximumEventAgeInSeconds: fc.integer({ min: 60, max: 21_600 }),
    onSuccess: fc.constantFrom(null, 'events', 'alerts'),
    onFailure: fc.constantFrom(null, 'events', 'archive'),
    deadLetterQueue: fc.constantFrom(null, 'events', 'alerts'),
  }),
});

const clientArb = partial({
  maxAttempts: fc.integer({ min: 1, max: 5 }),
  backoff: fc
    .tuple(num(0, 1), num(1, 30), fc.constantFrom('none', 'full', 'equal', 'decorrelated'))
    .map(([baseSeconds, maxSeconds, jitter]) => ({ baseSeconds, maxSeconds, jitter })),
  retryOn: fc.constantFrom(['throttle'], ['error'], ['throttle', 'error'], []),
  timeoutSeconds: fc.oneof(fc.constant(null), num(1, 60)),
});

const streamArb = (type: 'kinesis' | 'dynamodb') =>
  partial({
    shards: fc.integer({ min: 1, max: 8 }),
    partitionKeys: fc.integer({ min: 1, max: 1000 }),
    recordSizeBytes: fc.integer({ min: 1, max: 100_000 }),
    batchSize: fc.integer({ min: 1, max: 10_000 }),
    maximumBatchingWindowInSeconds: fc.integer({ min: 0, max: 300 }),
    parallelizationFactor: fc.integer({ min: 1, max: 10 }),
    startingPosition: fc.constantFrom('LATEST', 'TRIM_HORIZON'),
    preloadRecords: fc.integer({ min: 0, max: 500 }),
    bisectBatchOnFunctionError: fc.boolean(),
    maximumRetryAttempts: fc.integer({ min: -1, max: 10_000 }),
    maximumRecordAgeInSeconds: fc.oneof(fc.constant(-1), fc.integer({ min: 60, max: 604_800 })),
    reportBatchItemFailures: fc.boolean(),
    ...(type === 'kinesis' ? { retentionSeconds: fc.integer({ min: 86_400, max: 31_536_000 }) } : {}),
    onFailure: fc.constantFrom(null, 'events', 'archive'),
  });

const sqsArb = fc
  .tuple(
    // The visibility timeout is always given: the 30 s default is below many function timeouts.
    fc.record(
      {
        visibilityTimeoutSeconds: fc.integer({ min: 5400, max: 43_200 }),
        maximumConcurrency: fc.oneof(fc.constant(null), fc.integer({ min: 2, max: 50 })),
        reportBatchItemFailures: fc.boolean(),
        retentionSeconds: fc.integer({ min: 60, max: 1_209_600 }),
        initialMessages: fc.integer({ min: 0, max: 500 }),
      },
      { requiredKeys: ['visibilityTimeoutSeconds'] },
    ),
    fc.oneof(
      fc.constant({}),
      fc.record({
        batchSize: fc.integer({ min: 1, max: 10 }),
        maximumBatchingWindowInSeconds: fc.integer({ min: 0, max: 300 }),
      }),
      fc.record({
        batchSize: fc.integer({ min: 11, max: 10_000 }),
        maximumBatchingWindowInSeconds: fc.integer({ min: 1, max: 300 }),
      }),
    ),
    fc.oneof(
      fc.constant({}),
      fc.record({ deadLetterQueue: fc.constant('events'), maxReceiveCount: fc.integer({ min: 1, max: 10 }) }),
    ),
  )
  .map(([a, b, c]) => ({ ...a, ...b, ...c }));

function sourceArb(functionCount: number, maxRate: number, horizon: number): fc.Arbitrary<Json> {
  const common = fc.record(
    {
      function: fc.integer({ min: 0, max: functionCount - 1 }).map((i) => `fn-${i}`),
      traffic: trafficArb(maxRate, horizon),
    },
    { requiredKeys: ['function'] },
  );
  const typed = fc.oneof(
    fc.record({ type: fc.constant('sync'), client: clientArb }, { requiredKeys: ['type'] }),
    fc.record({ type: fc.constant('async'), duplicateRate: num(0, 1) }, { requiredKeys: ['type'] }),
    streamArb('kinesis').map((s) => ({ type: 'kinesis', ...s })),
    streamArb('dynamodb').map((s) => ({ type: 'dynamodb', ...s })),
    sqsArb.map((s) => ({ type: 'sqs', ...s })),
  );
  return fc.tuple(common, typed).map(([c, t]) => ({ ...t, ...c }));
}

/** Valid scenario input: restores with ok: true (possibly with warnings, e.g. an unused destination). */
export function scenarioInputArb(options: ScenarioArbitraryOptions = {}): fc.Arbitrary<Json> {
  const maxDuration = options.maxDurationSeconds ?? 120;
  const maxRate = options.maxRate ?? 20;
  return fc
    .tuple(fc.integer({ min: 1, max: maxDuration }), fc.array(functionArb, { minLength: 1, maxLength: 4 }))
    .chain(([durationSeconds, functions]) =>
      fc.record(
        {
          version: fc.constant(1),
          durationSeconds: fc.constant(durationSeconds),
          functions: fc.constant(functions.map((f, i) => ({ name: `fn-${i}`, ...f }))),
          sources: fc.array(sourceArb(functions.length, maxRate, durationSeconds), {
            minLength: 1,
            maxLength: 4,
          }),
          destinations: fc.constant([
            { name: 'events', type: 'sqs' },
            { name: 'alerts', type: 'sns' },
            { name: 'archive', type: 's3' },
          ]),
          name: fc.string({ maxLength: 20 }),
          seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
          account: partial({
            concurrencyLimit: fc.integer({ min: 1000, max: 5000 }),
            scaling: fc.constantFrom(
              { model: 'current' },
              { model: 'none' },
              { model: 'legacy' },
              { model: 'legacy', burstLimit: 500 },
            ),
          }),
          limits: partial({ maxEvents: fc.integer({ min: 1000, max: 10_000_000 }) }),
        },
        { requiredKeys: ['version', 'durationSeconds', 'functions', 'sources', 'destinations'] },
      ),
    );
}

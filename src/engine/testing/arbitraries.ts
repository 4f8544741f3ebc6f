/**
 * fast-check arbitraries of small, valid, *restored* scenarios for the engine's property tests
 * (outcomeIdentity.property.test.ts): ≤ 3 functions, short horizons, low rates, reserved
 * concurrency including 0, error rates, timeouts, client and async retries, destinations. Every
 * scenario they generate also passes `restoreScenario` without errors.
 *
 * To cover another source type, add an entry to SOURCE_ARBITRARIES: a function from the
 * scenario's shape (function names, destinations by type, horizon) to an arbitrary of that source.
 */
import fc from 'fast-check';
import type { AsyncConfig, Destination, DestinationType, Distribution, FunctionConfig, Scenario, ScalingConfig, Source, SourceType, Traffic } from '../../scenario/types';
import { makeAsync, makeAsyncConfig, makeClient, makeFunction, makeScenario, makeSqs, makeStream, makeSync } from './builders';

/** What a source arbitrary may refer to. */
export interface ScenarioShape {
  functionNames: string[];
  /** Destination names of each type (see DESTINATIONS). */
  destinations: Record<DestinationType, string>;
  durationSeconds: number;
}

export type SourceArbitrary = (shape: ScenarioShape) => fc.Arbitrary<Source>;

/** The destinations every generated scenario declares (one of each type). */
export const DESTINATIONS: Destination[] = [
  { name: 'queue', type: 'sqs' },
  { name: 'topic', type: 'sns' },
  { name: 'bus', type: 'eventbridge' },
  { name: 'handler', type: 'lambda' },
  { name: 'bucket', type: 's3' },
];
const DESTINATION_BY_TYPE = Object.fromEntries(DESTINATIONS.map((d) => [d.type, d.name])) as Record<DestinationType, string>;

/** A number in [min, max] on a grid of 1,000 steps (fc.double clusters at the bounds and at 0). */
const num = (min: number, max: number) => fc.integer({ min: 0, max: 1000 }).map((i) => min + ((max - min) * i) / 1000);

/** Handler durations, seconds: short mostly, sometimes long enough to time out or fill the account. */
export const durationArb: fc.Arbitrary<Distribution> = fc.oneof(
  num(0.001, 2),
  fc.record({ distribution: fc.constant('exponential' as const), mean: num(0.01, 3) }),
  fc.tuple(num(0, 2), num(0, 20)).map(([a, b]) => ({ distribution: 'uniform' as const, min: Math.min(a, b), max: Math.max(a, b) })),
);

/** Offered traffic: at most `maxRate` per second, or a burst of up to 300 at once. */
export function trafficArb(maxRate: number, horizon: number): fc.Arbitrary<Traffic> {
  const rate = num(0, maxRate);
  const at = num(0, horizon);
  return fc.oneof(
    fc.record({ pattern: fc.constant('constant' as const), rate }),
    fc.record({ pattern: fc.constant('poisson' as const), rate }),
    fc.record({ pattern: fc.constant('burst' as const), count: fc.integer({ min: 0, max: 300 }), atSecond: at, overSeconds: num(0, 5) }),
    fc.record({ pattern: fc.constant('spike' as const), baseRate: rate, peakRate: rate, atSecond: at, durationSeconds: num(1, horizon), arrivals: fc.constantFrom('poisson' as const, 'uniform' as const) }),
  );
}

const asyncConfigArb: fc.Arbitrary<AsyncConfig> = fc
  .record({
    maximumRetryAttempts: fc.integer({ min: 0, max: 2 }),
    maximumEventAgeInSeconds: fc.constantFrom(60, 90, 21_600),
    onSuccess: fc.option(fc.constantFrom('sqs', 'eventbridge', 'lambda'), { nil: null, freq: 2 }),
    onFailure: fc.option(fc.constantFrom('sqs', 'sns', 's3'), { nil: null, freq: 2 }),
    deadLetterQueue: fc.option(fc.constantFrom('sqs', 'sns'), { nil: null, freq: 2 }),
  })
  .map((a) => {
    const ref = (t: string | null) => (t === null ? null : DESTINATION_BY_TYPE[t as DestinationType]);
    return makeAsyncConfig({ ...a, onSuccess: ref(a.onSuccess), onFailure: ref(a.onFailure), deadLetterQueue: ref(a.deadLetterQueue) });
  });

/** One function; reserved ≤ 30 (three of them stay within limit − 100 for limits ≥ 190). */
export function functionArb(name: string): fc.Arbitrary<FunctionConfig> {
  return fc
    .record({
      duration: durationArb,
      init: fc.oneof(fc.constant(0), num(0, 1)),
      timeoutSeconds: fc.integer({ min: 1, max: 10 }),
      transientRate: fc.oneof(fc.constant(0), num(0, 0.5)),
      poisonRate: fc.oneof(fc.constant(0), num(0, 0.3)),
      reservedConcurrency: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 30 })),
      provisioned: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5 })),
      idleLifetimeSeconds: fc.constantFrom(1, 30, 600),
      idempotent: fc.boolean(),
      async: asyncConfigArb,
    })
    .map((f) => {
      const count = Math.min(f.provisioned, f.reservedConcurrency ?? f.provisioned);
      return makeFunction({
        name,
        duration: f.duration,
        init: f.init,
        timeoutSeconds: f.timeoutSeconds,
        errors: { transientRate: f.transientRate, poisonRate: f.poisonRate },
        reservedConcurrency: f.reservedConcurrency,
        provisionedConcurrency: count > 0 ? { count, schedule: [], autoscaling: null } : null,
        idleLifetimeSeconds: f.idleLifetimeSeconds,
        idempotent: f.idempotent,
        async: f.async,
      });
    });
}

export const syncSourceArb: SourceArbitrary = (shape) =>
  fc
    .record({
      fn: fc.constantFrom(...shape.functionNames),
      traffic: trafficArb(5, shape.durationSeconds),
      maxAttempts: fc.integer({ min: 1, max: 3 }),
      jitter: fc.constantFrom('none' as const, 'full' as const, 'equal' as const, 'decorrelated' as const),
      retryOn: fc.constantFrom<('throttle' | 'error')[]>(['throttle'], ['throttle', 'error'], []),
      timeoutSeconds: fc.oneof(fc.constant(null), num(0.5, 5)),
    })
    .map((s) =>
      makeSync(s.traffic, {
        function: s.fn,
        client: makeClient({ maxAttempts: s.maxAttempts, backoff: { baseSeconds: 0.1, maxSeconds: 5, jitter: s.jitter }, retryOn: s.retryOn, timeoutSeconds: s.timeoutSeconds }),
      }),
    );

export const asyncSourceArb: SourceArbitrary = (shape) =>
  fc
    .record({
      fn: fc.constantFrom(...shape.functionNames),
      traffic: trafficArb(5, shape.durationSeconds),
      duplicateRate: fc.oneof(fc.constant(0), num(0, 1)),
    })
    .map((s) => makeAsync(s.traffic, { function: s.fn, duplicateRate: s.duplicateRate }));

/** A Kinesis or DynamoDB stream mapping: small batches, every error-handling option, records already in the stream. */
export const streamSourceArb: SourceArbitrary = (shape) =>
  fc
    .record({
      type: fc.constantFrom('kinesis' as const, 'dynamodb' as const),
      fn: fc.constantFrom(...shape.functionNames),
      traffic: trafficArb(20, shape.durationSeconds),
      shards: fc.integer({ min: 1, max: 4 }),
      partitionKeys: fc.integer({ min: 1, max: 50 }),
      recordSizeBytes: fc.oneof(fc.constant(1024), fc.integer({ min: 1, max: 1_048_576 })),
      batchSize: fc.integer({ min: 1, max: 50 }),
      maximumBatchingWindowInSeconds: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 })),
      parallelizationFactor: fc.integer({ min: 1, max: 4 }),
      startingPosition: fc.constantFrom('LATEST' as const, 'TRIM_HORIZON' as const, 'AT_TIMESTAMP' as const),
      startingPositionTimestamp: fc.integer({ min: 0, max: 7200 }),
      preloadRecords: fc.integer({ min: 0, max: 200 }),
      bisectBatchOnFunctionError: fc.boolean(),
      maximumRetryAttempts: fc.integer({ min: -1, max: 5 }),
      maximumRecordAgeInSeconds: fc.oneof(fc.constant(-1), fc.integer({ min: 60, max: 600 })),
      reportBatchItemFailures: fc.boolean(),
      onFailure: fc.option(fc.constantFrom<DestinationType>('sqs', 'sns', 's3'), { nil: null, freq: 2 }),
    })
    .map(({ fn, onFailure, startingPositionTimestamp, ...s }) => {
      // DynamoDB Streams have no AT_TIMESTAMP.
      const type = s.startingPosition === 'AT_TIMESTAMP' ? 'kinesis' : s.type;
      return makeStream({
        ...s,
        type,
        function: fn,
        startingPositionTimestamp: s.startingPosition === 'AT_TIMESTAMP' ? startingPositionTimestamp : null,
        onFailure: onFailure === null ? null : shape.destinations[onFailure],
      });
    });

/**
 * An SQS mapping: backlogs, batching windows, redrive, partial batch responses, maximum concurrency,
 * short retention. The visibility timeout is at least 10 s (functionArb's longest timeout), so the
 * scenario stays valid; duplicates still come from batching windows, cold starts and throttle retries.
 */
export const sqsSourceArb: SourceArbitrary = (shape) =>
  fc
    .record({
      fn: fc.constantFrom(...shape.functionNames),
      traffic: trafficArb(20, shape.durationSeconds),
      batchSize: fc.integer({ min: 1, max: 30 }),
      maximumBatchingWindowInSeconds: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 20 })),
      visibilityTimeoutSeconds: fc.integer({ min: 10, max: 60 }),
      maxReceiveCount: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 2 }),
      maximumConcurrency: fc.option(fc.integer({ min: 2, max: 30 }), { nil: null, freq: 2 }),
      reportBatchItemFailures: fc.boolean(),
      retentionSeconds: fc.oneof(fc.constant(345_600), fc.integer({ min: 60, max: 300 })),
      initialMessages: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 300 })),
    })
    .map(({ fn, ...s }) =>
      makeSqs({
        ...s,
        function: fn,
        // AWS requires a batching window of at least 1 s for batches above 10.
        maximumBatchingWindowInSeconds: s.batchSize > 10 ? Math.max(1, s.maximumBatchingWindowInSeconds) : s.maximumBatchingWindowInSeconds,
        deadLetterQueue: s.maxReceiveCount === null ? null : shape.destinations.sqs,
      }),
    );

/** Source arbitraries by type; a type missing here is not generated. */
export const SOURCE_ARBITRARIES: Partial<Record<SourceType, SourceArbitrary>> = {
  sync: syncSourceArb,
  async: asyncSourceArb,
  kinesis: streamSourceArb,
  dynamodb: streamSourceArb,
  sqs: sqsSourceArb,
};

export interface ScenarioArbOptions {
  /** Source types to draw from (default: every type in SOURCE_ARBITRARIES). */
  sourceTypes?: SourceType[];
  maxFunctions?: number;
  maxSources?: number;
  minDurationSeconds?: number;
  maxDurationSeconds?: number;
}

const scalingArb: fc.Arbitrary<ScalingConfig> = fc.oneof(
  fc.constant({ model: 'current' as const }),
  fc.constant({ model: 'none' as const }),
  fc.constantFrom(100, 500, 3000).map((burstLimit) => ({ model: 'legacy' as const, burstLimit })),
);

/** AWS caps the legacy burst at the account limit (validation refuses more). */
function capBurst(scaling: ScalingConfig, limit: number): ScalingConfig {
  return scaling.model === 'legacy' ? { model: 'legacy', burstLimit: Math.min(scaling.burstLimit, limit) } : scaling;
}

/** A small valid scenario mixing the chosen source types. */
export function scenarioArb(options: ScenarioArbOptions = {}): fc.Arbitrary<Scenario> {
  const types = options.sourceTypes ?? (Object.keys(SOURCE_ARBITRARIES) as SourceType[]);
  const makers = types.map((t) => {
    const make = SOURCE_ARBITRARIES[t];
    if (!make) throw new Error(`no arbitrary for source type ${t}`);
    return make;
  });
  return fc
    .record({
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      durationSeconds: fc.integer({ min: options.minDurationSeconds ?? 5, max: options.maxDurationSeconds ?? 200 }),
      concurrencyLimit: fc.integer({ min: 190, max: 1000 }),
      scaling: scalingArb,
      functionCount: fc.integer({ min: 1, max: options.maxFunctions ?? 3 }),
    })
    .chain((base) => {
      const functionNames = Array.from({ length: base.functionCount }, (_, i) => `fn${i}`);
      const shape: ScenarioShape = { functionNames, destinations: DESTINATION_BY_TYPE, durationSeconds: base.durationSeconds };
      const sourceArb = fc.oneof(...makers.map((make) => make(shape)));
      return fc
        .tuple(fc.tuple(...functionNames.map(functionArb)), fc.array(sourceArb, { minLength: 1, maxLength: options.maxSources ?? 4 }))
        .map(([functions, sources]) =>
          makeScenario({
            seed: base.seed,
            durationSeconds: base.durationSeconds,
            account: { concurrencyLimit: base.concurrencyLimit, scaling: capBurst(base.scaling, base.concurrencyLimit) },
            functions,
            sources,
            destinations: DESTINATIONS,
          }),
        );
    });
}

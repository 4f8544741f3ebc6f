/**
 * Property tests for Kinesis / DynamoDB Streams sources over random stream scenarios: the outcome
 * identity of DESIGN §2.2 per source, per function and in total (the engine itself also checks that
 * the ledger's pending equals what the lanes hold), dead-lettered records all reach a destination,
 * and the same seed gives the same result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Distribution, FunctionConfig, Scenario, StreamSource, Traffic } from '../scenario/types';
import { OUTCOMES, type Outcomes } from './resultTypes';
import { simulate } from './simulation';
import { makeFunction, makeScenario, makeStream } from './testing/builders';

const sum = (o: Outcomes) => OUTCOMES.reduce((n, k) => n + o[k], 0);

const durationArb: fc.Arbitrary<Distribution> = fc.oneof(
  fc.double({ min: 0, max: 2, noNaN: true }),
  fc.record({ distribution: fc.constant('exponential' as const), mean: fc.double({ min: 0.01, max: 1, noNaN: true }) }),
  fc.record({ distribution: fc.constant('uniform' as const), min: fc.constant(0.01), max: fc.double({ min: 0.02, max: 3, noNaN: true }) }),
);

const functionArb = (i: number): fc.Arbitrary<FunctionConfig> =>
  fc
    .record({
      duration: durationArb,
      timeoutSeconds: fc.integer({ min: 1, max: 3 }),
      transientRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
      poisonRate: fc.double({ min: 0, max: 0.2, noNaN: true }),
      reservedConcurrency: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 5 })),
    })
    .map(({ transientRate, poisonRate, ...rest }) => makeFunction({ name: `fn-${i}`, errors: { transientRate, poisonRate }, ...rest }));

const trafficArb = (horizon: number): fc.Arbitrary<Traffic> =>
  fc.oneof(
    fc.record({ pattern: fc.constant('poisson' as const), rate: fc.double({ min: 0, max: 40, noNaN: true }) }),
    fc.record({ pattern: fc.constant('constant' as const), rate: fc.double({ min: 0, max: 20, noNaN: true }) }),
    fc.record({ pattern: fc.constant('burst' as const), count: fc.integer({ min: 0, max: 300 }), atSecond: fc.integer({ min: 0, max: horizon }), overSeconds: fc.integer({ min: 0, max: 5 }) }),
  );

const streamArb = (functions: number, horizon: number): fc.Arbitrary<StreamSource> =>
  fc
    .record({
      type: fc.constantFrom('kinesis' as const, 'dynamodb' as const),
      function: fc.integer({ min: 0, max: functions - 1 }).map((i) => `fn-${i}`),
      traffic: trafficArb(horizon),
      shards: fc.integer({ min: 1, max: 4 }),
      partitionKeys: fc.integer({ min: 1, max: 50 }),
      recordSizeBytes: fc.oneof(fc.constant(1024), fc.integer({ min: 1, max: 3 * 1024 * 1024 })),
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
      onFailure: fc.constantFrom(null, 'dlq'),
    })
    .map((s) => {
      const type = s.startingPosition === 'AT_TIMESTAMP' ? 'kinesis' : s.type;
      return makeStream({ ...s, type, startingPositionTimestamp: s.startingPosition === 'AT_TIMESTAMP' ? s.startingPositionTimestamp : null });
    });

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 2 }))
  .chain(([durationSeconds, functionCount]) =>
    fc.record({
      durationSeconds: fc.constant(durationSeconds),
      seed: fc.integer({ min: 0, max: 2 ** 31 }),
      functions: fc.tuple(...Array.from({ length: functionCount }, (_, i) => functionArb(i))),
      sources: fc.array(streamArb(functionCount, durationSeconds), { minLength: 1, maxLength: 3 }),
      maxEvents: fc.oneof(fc.constant(5_000_000), fc.integer({ min: 100, max: 5000 })),
    }),
  )
  .map(({ maxEvents, ...s }) => makeScenario({ ...s, destinations: [{ name: 'dlq', type: 'sqs' }], limits: { maxEvents } }));

describe('stream sources over random scenarios', () => {
  it('keep the outcome identity per source, per function and in total; dead letters all reach the destination', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { summary, deadLetters } = simulate(scenario);
        expect(sum(summary.outcomes)).toBe(summary.requests);
        for (const s of summary.sources) {
          expect(sum(s.outcomes)).toBe(s.requests);
          expect(s.outcomes.failed + s.outcomes.throttled).toBe(0);
        }
        for (const f of Object.values(summary.functions)) expect(sum(f.outcomes)).toBe(f.requests);
        expect(summary.sources.reduce((n, s) => n + s.requests, 0)).toBe(summary.requests);
        const delivered = deadLetters.byDestination.reduce((n, d) => n + d.records, 0);
        expect(delivered).toBe(summary.outcomes.deadLettered);
      }),
      { numRuns: 80 },
    );
  });

  it('give the same result for the same seed', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        expect(JSON.stringify(simulate(scenario))).toBe(JSON.stringify(simulate(scenario)));
      }),
      { numRuns: 25 },
    );
  });
});

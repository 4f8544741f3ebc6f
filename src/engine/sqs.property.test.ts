/**
 * Property tests of the SQS event source mapping over random scenarios (DESIGN §2.2, STYLE.md):
 * the outcome identity per source, per function and in total; concurrency within the reserved,
 * account and maximumConcurrency limits; redrives only to the queue's DLQ; events bounded by the
 * work (no busy loops); same seed ⇒ same result.
 * Visibility timeouts are drawn below the function timeout too (validation refuses that; the
 * engine must still keep its books), so duplicates, throttles and redrives all occur. SQS sources
 * also join the shared identity properties through testing/arbitraries.ts (sqsSourceArb).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Distribution, FunctionConfig, Scenario, SqsSource, Traffic } from '../scenario/types';
import { OUTCOMES, type Outcomes } from './resultTypes';
import { simulate } from './simulation';
import { makeFunction, makeScenario, makeSqs } from './testing/builders';
import { SQS_MAX_POLLERS } from './sources/sqsPollers';

const durationArb: fc.Arbitrary<Distribution> = fc.oneof(
  fc.double({ min: 0.01, max: 12, noNaN: true }),
  fc.record({ distribution: fc.constant('exponential' as const), mean: fc.double({ min: 0.05, max: 5, noNaN: true }) }),
  fc.record({ distribution: fc.constant('uniform' as const), min: fc.constant(0.1), max: fc.double({ min: 0.2, max: 15, noNaN: true }) }),
);

const functionArb = (name: string): fc.Arbitrary<FunctionConfig> =>
  fc
    .record({
      duration: durationArb,
      init: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 3, noNaN: true })),
      timeoutSeconds: fc.integer({ min: 1, max: 10 }),
      transientRate: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.5, noNaN: true })),
      poisonRate: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.3, noNaN: true })),
      reservedConcurrency: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 20 })),
    })
    .map((f) => makeFunction({ name, duration: f.duration, init: f.init, timeoutSeconds: f.timeoutSeconds, errors: { transientRate: f.transientRate, poisonRate: f.poisonRate }, reservedConcurrency: f.reservedConcurrency }));

const trafficArb: fc.Arbitrary<Traffic> = fc.oneof(
  fc.record({ pattern: fc.constant('poisson' as const), rate: fc.double({ min: 0, max: 40, noNaN: true }) }),
  fc.record({ pattern: fc.constant('burst' as const), count: fc.integer({ min: 0, max: 600 }), atSecond: fc.integer({ min: 0, max: 30 }), overSeconds: fc.integer({ min: 0, max: 20 }) }),
);

const sqsArb = (functions: number): fc.Arbitrary<SqsSource> =>
  fc
    .record({
      fn: fc.integer({ min: 0, max: functions - 1 }),
      traffic: trafficArb,
      batchSize: fc.integer({ min: 1, max: 30 }),
      window: fc.integer({ min: 0, max: 20 }),
      visibilityTimeoutSeconds: fc.integer({ min: 1, max: 60 }),
      maxReceiveCount: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 5 })),
      maximumConcurrency: fc.oneof(fc.constant(null), fc.integer({ min: 2, max: 30 })),
      reportBatchItemFailures: fc.boolean(),
      retentionSeconds: fc.integer({ min: 60, max: 400 }),
      initialMessages: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 })),
    })
    .map((s) =>
      makeSqs({
        function: `fn-${s.fn}`,
        traffic: s.traffic,
        batchSize: s.batchSize,
        maximumBatchingWindowInSeconds: s.window,
        visibilityTimeoutSeconds: s.visibilityTimeoutSeconds,
        maxReceiveCount: s.maxReceiveCount,
        deadLetterQueue: s.maxReceiveCount === null ? null : 'dlq',
        maximumConcurrency: s.maximumConcurrency,
        reportBatchItemFailures: s.reportBatchItemFailures,
        retentionSeconds: s.retentionSeconds,
        initialMessages: s.initialMessages,
      }),
    );

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .integer({ min: 1, max: 2 })
  .chain((n) =>
    fc.record({
      seed: fc.integer({ min: 0, max: 1_000_000 }),
      durationSeconds: fc.integer({ min: 5, max: 300 }),
      concurrencyLimit: fc.constantFrom(150, 1000),
      scaling: fc.constantFrom({ model: 'current' as const }, { model: 'none' as const }, { model: 'legacy' as const, burstLimit: 20 }),
      functions: fc.tuple(...Array.from({ length: n }, (_, i) => functionArb(`fn-${i}`))),
      sources: fc.array(sqsArb(n), { minLength: 1, maxLength: 3 }),
    }),
  )
  .map((s) =>
    makeScenario({
      seed: s.seed,
      durationSeconds: s.durationSeconds,
      account: { concurrencyLimit: s.concurrencyLimit, scaling: s.scaling },
      functions: s.functions,
      sources: s.sources,
      destinations: [{ name: 'dlq', type: 'sqs' }],
    }),
  );

const total = (o: Outcomes) => OUTCOMES.reduce((n, k) => n + o[k], 0);

describe('SQS sources over random scenarios', () => {
  it('keep the outcome identity per source, per function and in total, and stay within limits', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = simulate(scenario);
        const { summary } = result;
        expect(total(summary.outcomes)).toBe(summary.requests);
        for (const s of summary.sources) expect(total(s.outcomes)).toBe(s.requests);
        for (const [name, f] of Object.entries(summary.functions)) {
          expect(total(f.outcomes)).toBe(f.requests);
          const config = scenario.functions.find((x) => x.name === name)!;
          if (config.reservedConcurrency !== null) expect(f.maxConcurrency).toBeLessThanOrEqual(config.reservedConcurrency);
          const feeding = scenario.sources.filter((s) => s.function === name) as SqsSource[];
          const caps = feeding.map((s) => Math.min(SQS_MAX_POLLERS, s.maximumConcurrency ?? SQS_MAX_POLLERS));
          expect(f.maxConcurrency).toBeLessThanOrEqual(caps.reduce((a, b) => a + b, 0));
        }
        expect(summary.maxConcurrency).toBeLessThanOrEqual(scenario.account.concurrencyLimit);
        scenario.sources.forEach((source, i) => {
          const s = source as SqsSource;
          const series = result.series.sources[i]!;
          const redriven = series.Redriven!.reduce((a, b) => a + b, 0);
          expect(redriven).toBe(summary.sources[i]!.outcomes.deadLettered);
          if (s.maxReceiveCount === null) expect(redriven).toBe(0);
          const cap = Math.min(SQS_MAX_POLLERS, s.maximumConcurrency ?? SQS_MAX_POLLERS);
          for (const p of series.PollerConcurrency!) expect(p).toBeLessThanOrEqual(cap);
          expect(summary.sources[i]!.outcomes.failed + summary.sources[i]!.outcomes.throttled).toBe(0);
        });
        expect(result.deadLetters.records.every((r) => r.kind === 'redrive' && r.destination === 'dlq')).toBe(true);
        // No busy loops: events grow with messages, invocations and simulated time only.
        expect(summary.events).toBeLessThanOrEqual(12 * (summary.requests + summary.invocations + summary.throttles) + 4 * scenario.durationSeconds + 100);
      }),
      { numRuns: 80, seed: 20240601 },
    );
  });

  it('are deterministic: the same scenario and seed give the same result', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const a = simulate(scenario);
        const b = simulate(scenario);
        expect(JSON.stringify(a.summary)).toBe(JSON.stringify(b.summary));
        expect(JSON.stringify(a.deadLetters)).toBe(JSON.stringify(b.deadLetters));
        expect(a.series.sources.map((s) => Array.from(s.ApproximateNumberOfMessagesVisible!))).toEqual(b.series.sources.map((s) => Array.from(s.ApproximateNumberOfMessagesVisible!)));
      }),
      { numRuns: 20, seed: 7 },
    );
  });
});

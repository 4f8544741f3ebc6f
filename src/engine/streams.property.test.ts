/**
 * Property tests for Kinesis / DynamoDB Streams sources over random stream scenarios: the outcome
 * identity of DESIGN §2.2 per source, per function and in total (the engine itself also checks that
 * the ledger's pending equals what the lanes hold), dead-lettered records all reach a destination,
 * and the same seed gives the same result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOMES, type Outcomes } from './resultTypes';
import { simulate } from './simulation';
import { scenarioArb } from './testing/arbitraries';

const sum = (o: Outcomes) => OUTCOMES.reduce((n, k) => n + o[k], 0);

/** Random scenarios whose sources are all streams (the shared generator of testing/arbitraries.ts). */
const streamScenarios = scenarioArb({ sourceTypes: ['kinesis', 'dynamodb'] });

describe('stream sources over random scenarios', () => {
  it('keep the outcome identity per source, per function and in total; dead letters all reach the destination', () => {
    fc.assert(
      fc.property(streamScenarios, (scenario) => {
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
      fc.property(streamScenarios, (scenario) => {
        expect(JSON.stringify(simulate(scenario))).toBe(JSON.stringify(simulate(scenario)));
      }),
      { numRuns: 25 },
    );
  });
});

/**
 * Invariants over random valid scenarios (DESIGN §2.2, §7): nothing is lost (requests = Σ
 * outcomes per source, per function and in total), concurrency never exceeds a function's
 * reserved concurrency nor the account limit, the same seed gives the same result, and another
 * seed gives another result. Scenarios come from testing/arbitraries.ts; a new source type joins
 * these properties by adding its arbitrary there.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreScenario } from '../scenario/restore';
import type { Scenario } from '../scenario/types';
import { sumOutcomes } from './metrics/outcomeLedger';
import type { SimulationResult } from './resultTypes';
import { simulate } from './simulation';
import { scenarioArb } from './testing/arbitraries';
import { makeSync } from './testing/builders';

const max = (values: Float64Array | undefined) => (values ? values.reduce((m, v) => Math.max(m, v), 0) : 0);

function checkIdentity(result: SimulationResult): void {
  const s = result.summary;
  for (const source of s.sources) expect(sumOutcomes(source.outcomes), `source ${source.index}`).toBe(source.requests);
  for (const [name, f] of Object.entries(s.functions)) expect(sumOutcomes(f.outcomes), `function ${name}`).toBe(f.requests);
  expect(sumOutcomes(s.outcomes)).toBe(s.requests);
  expect(s.sources.reduce((n, x) => n + x.requests, 0)).toBe(s.requests);
}

function checkConcurrency(scenario: Scenario, result: SimulationResult): void {
  const limit = scenario.account.concurrencyLimit;
  expect(max(result.series.account['ConcurrentExecutions'])).toBeLessThanOrEqual(limit);
  expect(result.summary.maxConcurrency).toBeLessThanOrEqual(limit);
  for (const f of scenario.functions) {
    const peak = max(result.series.functions[f.name]!['ConcurrentExecutions']);
    if (f.reservedConcurrency !== null) expect(peak, `${f.name} reserved ${f.reservedConcurrency}`).toBeLessThanOrEqual(f.reservedConcurrency);
  }
}

describe('outcome identity and limits over random scenarios', () => {
  it('generates scenarios that restore without errors', () => {
    fc.assert(
      fc.property(scenarioArb(), (scenario) => {
        const restored = restoreScenario(scenario);
        expect(restored.ok ? [] : restored.errors).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps requests = Σ outcomes, stays within reserved and account concurrency, and is deterministic', () => {
    fc.assert(
      fc.property(scenarioArb(), (scenario) => {
        const result = simulate(scenario);
        checkIdentity(result);
        checkConcurrency(scenario, result);
        expect(JSON.stringify(simulate(scenario).summary)).toBe(JSON.stringify(result.summary));
      }),
      { numRuns: 40 },
    );
  });

  it('gives different results for different seeds when traffic is random', () => {
    const withPoisson = scenarioArb({ minDurationSeconds: 20 }).map((scenario) => ({ ...scenario, sources: [makeSync({ pattern: 'poisson', rate: 5 }, { function: scenario.functions[0]!.name }), ...scenario.sources] }));
    fc.assert(
      fc.property(withPoisson, (scenario) => {
        const a = simulate(scenario);
        const b = simulate({ ...scenario, seed: scenario.seed + 1 });
        expect(JSON.stringify(b.series.functions)).not.toBe(JSON.stringify(a.series.functions));
      }),
      { numRuns: 15 },
    );
  });
});

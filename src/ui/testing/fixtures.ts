/**
 * Small synthetic results and scenarios for select.ts tests (test-only: the app never draws
 * made-up data). Builders take overrides so each test states only what it is about.
 */
import type { SimulationResult } from '../../engine/resultTypes';
import { makeClient, makeFunction as makeEngineFunction, makeScenario as makeEngineScenario, makeSync } from '../../engine/testing/builders';
import { makeFunctionSummary, makeOutcomes as outcomes } from '../../engine/testing/resultBuilders';
import type { FunctionConfig, Scenario } from '../../scenario/types';

export { makeFunctionSummary, makeOutcomes as outcomes } from '../../engine/testing/resultBuilders';

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

/** A function as the UI tests expect it: named `api`, Node.js, 512 MB, with a 0.2 s own init. */
export function makeFunction(f: Partial<FunctionConfig> = {}): FunctionConfig {
  return makeEngineFunction({ name: 'api', runtime: 'nodejs22.x', memoryMB: 512, init: 0.2, ...f });
}

/** A scenario as the UI tests expect it: function `api`, 10 s of constant sync traffic at 10/s. */
export function makeScenario(s: Partial<Scenario> = {}): Scenario {
  return makeEngineScenario({
    name: 'Test scenario',
    description: 'For tests.',
    durationSeconds: 10,
    functions: [makeFunction()],
    sources: [makeSync({ pattern: 'constant', rate: 10 }, { function: 'api', client: makeClient({ backoff: { baseSeconds: 0.1, maxSeconds: 5, jitter: 'full' } }) })],
    limits: { maxEvents: 1_000_000 },
    ...s,
  });
}

import { describe, expect, it } from 'vitest';
import { simulate, Simulation } from './simulation';
import { makeClient, makeFunction, makeScenario, makeSync } from './testing/builders';
import { OUTCOMES } from './resultTypes';

function run(scenario = makeScenario(), trace = false) {
  const sim = new Simulation(scenario, { trace });
  while (!sim.advance(1000));
  return { result: sim.result(), log: sim.log };
}

describe('a tiny synchronous scenario', () => {
  it('logs the exact events: a cold start, then warm reuse', () => {
    const scenario = makeScenario({
      durationSeconds: 2.5,
      functions: [makeFunction({ init: 0.25, duration: 0.5 })],
      sources: [makeSync({ pattern: 'constant', rate: 1 })],
    });
    const { log, result } = run(scenario, true);
    expect(log).toEqual([
      '0.5 coldStartBegan fn env0 0-0',
      '0.75 invocationStarted fn env0 0-0 cold',
      '1.25 invocationCompleted fn env0 0-0 success',
      '1.5 invocationStarted fn env0 0-1',
      '2 invocationCompleted fn env0 0-1 success',
    ]);
    expect(result.summary.requests).toBe(2);
    expect(result.summary.outcomes.succeeded).toBe(2);
    expect(result.summary.coldStarts).toBe(1);
    expect(result.summary.functions.fn!.latency.count).toBe(2);
  });

  it('throttles on reserved concurrency and says why', () => {
    const scenario = makeScenario({
      durationSeconds: 1,
      functions: [makeFunction({ reservedConcurrency: 2, duration: 10 })],
      sources: [makeSync({ pattern: 'burst', count: 5, atSecond: 0, overSeconds: 0 })],
    });
    const { result } = run(scenario);
    const fn = result.summary.functions.fn!;
    expect(fn.throttlesByCause.reservedConcurrency).toBe(3);
    expect(result.summary.outcomes).toMatchObject({ throttled: 3, pending: 2 });
    expect(result.moments.some((m) => m.kind === 'concurrencyLimitReached')).toBe(true);
  });

  it('retries throttles with backoff and counts the retries', () => {
    const scenario = makeScenario({
      durationSeconds: 5,
      functions: [makeFunction({ reservedConcurrency: 1, duration: 0.3 })],
      sources: [
        makeSync(
          { pattern: 'burst', count: 2, atSecond: 0, overSeconds: 0 },
          { client: makeClient({ maxAttempts: 3, backoff: { baseSeconds: 0.2, maxSeconds: 5, jitter: 'none' } }) },
        ),
      ],
    });
    const { result } = run(scenario, true);
    // Second request: throttled at 0, retried at 0.2 (throttled), retried at 0.6 (after the first finished at 0.3).
    expect(result.summary.outcomes.succeeded).toBe(2);
    expect(result.summary.retries).toBe(2);
    expect(result.summary.throttles).toBe(2);
  });

  it('times a function out at its timeout and reports an error to the caller', () => {
    const scenario = makeScenario({
      durationSeconds: 10,
      functions: [makeFunction({ duration: 5, timeoutSeconds: 2 })],
      sources: [makeSync({ pattern: 'burst', count: 1, atSecond: 0, overSeconds: 0 })],
    });
    const { result } = run(scenario);
    expect(result.summary.outcomes.failed).toBe(1);
    expect(result.summary.functions.fn!.timeouts).toBe(1);
    expect(result.summary.functions.fn!.duration.mean).toBeCloseTo(2, 5);
  });

  it('lets the caller give up at its client timeout while the function keeps running', () => {
    const scenario = makeScenario({
      durationSeconds: 20,
      functions: [makeFunction({ duration: 10, timeoutSeconds: 30 })],
      sources: [makeSync({ pattern: 'burst', count: 1, atSecond: 0, overSeconds: 0 }, { client: makeClient({ timeoutSeconds: 3 }) })],
    });
    const { result } = run(scenario);
    expect(result.summary.outcomes.failed).toBe(1);
    expect(result.summary.invocations).toBe(1);
    // The environment stayed busy for the whole 10 s.
    expect(result.summary.functions.fn!.duration.mean).toBeCloseTo(10, 5);
  });

  it('keeps the outcome identity per source, per function and in total', () => {
    const { result } = run(
      makeScenario({
        durationSeconds: 30,
        functions: [makeFunction({ reservedConcurrency: 3, duration: { distribution: 'exponential', mean: 0.5 }, errors: { transientRate: 0.1, poisonRate: 0.05 } })],
        sources: [makeSync({ pattern: 'poisson', rate: 10 }, { client: makeClient({ maxAttempts: 3, retryOn: ['throttle', 'error'] }) })],
      }),
    );
    const sum = (o: Record<string, number>) => OUTCOMES.reduce((n, k) => n + o[k]!, 0);
    expect(sum(result.summary.outcomes)).toBe(result.summary.requests);
    for (const s of result.summary.sources) expect(sum(s.outcomes)).toBe(s.requests);
  });

  it('is deterministic for a seed and differs for another', () => {
    const scenario = makeScenario({ durationSeconds: 20, sources: [makeSync({ pattern: 'poisson', rate: 50 })] });
    const a = JSON.stringify(simulate(scenario).summary);
    const b = JSON.stringify(simulate(scenario).summary);
    const c = JSON.stringify(simulate({ ...scenario, seed: 2 }).summary);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });
});

describe('the cold-start timeline', () => {
  it('merges back-to-back requests into one busy span and covers the whole run', () => {
    const scenario = makeScenario({
      durationSeconds: 600,
      functions: [makeFunction({ reservedConcurrency: 5, duration: 0.2 })],
      sources: [makeSync({ pattern: 'poisson', rate: 100 })],
    });
    const { result } = run(scenario);
    const env0 = result.environments.spans.filter((s) => s.env === 0);
    expect(env0.length).toBeLessThan(100);
    expect(Math.max(...env0.map((s) => s.end))).toBe(600);
    expect(env0.some((s) => /requests back to back/.test(s.detail))).toBe(true);
    expect(result.environments.spansTotal).toBeGreaterThan(10_000);
  });

  it('keeps idle gaps the timeline can show', () => {
    const scenario = makeScenario({
      durationSeconds: 40,
      functions: [makeFunction({ duration: 1, init: 0.5 })],
      sources: [makeSync({ pattern: 'constant', rate: 0.25 })],
    });
    const kinds = run(scenario).result.environments.spans.map((s) => `${s.kind}@${s.start}`);
    expect(kinds.slice(0, 4)).toEqual(['init@2', 'busy@2.5', 'idle@3.5', 'busy@6']);
  });
});

import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../engine/resultTypes';
import type { Scenario } from '../scenario/types';
import { RUN_CANCELLED } from './api';
import { createWorkerApi, seriesBuffers, type SimulationLike } from './workerApi';

/** A fake engine that finishes after `chunks` calls to advance. */
function fakeSimulation(chunks: number): SimulationLike {
  let calls = 0;
  const a = new Float64Array([1, 2]);
  return {
    advance: () => ++calls >= chunks,
    progress: () => ({ simulatedSeconds: calls, fraction: calls / chunks, events: calls * 10 }),
    result: () =>
      ({
        series: { bucketSeconds: 1, buckets: 2, account: { A: a }, functions: { f: { B: new Float64Array(2), A2: a } }, sources: [] },
      }) as unknown as SimulationResult,
  };
}

const valid = { validate: (input: unknown) => ({ ok: true as const, scenario: input as Scenario, warnings: [] }) };

describe('workerApi', () => {
  it('runs the engine in chunks, reports progress and returns the result', async () => {
    const progress: number[] = [];
    let t = 0;
    const api = createWorkerApi({ ...valid, createSimulation: () => fakeSimulation(4), now: () => (t += 100) });
    const result = await api.simulate({}, 7, (p) => progress.push(p.fraction));
    expect(result.series.buckets).toBe(2);
    expect(progress).toEqual([0.25, 0.5, 0.75]);
  });

  it('cancels a run between chunks', async () => {
    const api = createWorkerApi({ ...valid, createSimulation: () => fakeSimulation(1000) });
    const run = api.simulate({}, 3);
    api.cancel(3);
    await expect(run).rejects.toMatchObject({ name: RUN_CANCELLED });
  });

  it('ignores cancel for runs that are not running', async () => {
    const api = createWorkerApi({ ...valid, createSimulation: () => fakeSimulation(2) });
    api.cancel(9);
    await expect(api.simulate({}, 9)).resolves.toBeDefined();
  });

  it('refuses an invalid scenario, naming the path', async () => {
    const api = createWorkerApi({
      createSimulation: () => fakeSimulation(1),
      validate: () => ({ ok: false, errors: [{ path: 'durationSeconds', message: 'is required' }] }),
    });
    await expect(api.simulate({}, 1)).rejects.toThrow('durationSeconds: is required');
  });

  it('lists each series buffer once for transfer', () => {
    const result = fakeSimulation(1).result();
    expect(seriesBuffers(result)).toHaveLength(2);
  });
});

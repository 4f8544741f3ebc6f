import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../engine/resultTypes';
import type { Scenario } from '../scenario/types';
import { RUN_CANCELLED } from './api';
import { createWorkerApi, seriesBuffers, type SimulationLike } from './workerApi';

/** A fake engine that finishes after `chunks` calls to advance (or once stopped). */
function fakeSimulation(chunks: number, label = 'fake'): SimulationLike {
  let calls = 0;
  let stoppedBecause: string | null = null;
  const a = new Float64Array([1, 2]);
  return {
    advance: () => ++calls >= chunks || stoppedBecause !== null,
    stop: (reason) => {
      stoppedBecause = reason;
    },
    progress: () => ({ simulatedSeconds: calls, fraction: calls / chunks, events: calls * 10 }),
    result: () =>
      ({
        summary: stoppedBecause === null ? { label } : { label, stoppedBecause },
        series: { bucketSeconds: 1, buckets: 2, account: { A: a }, functions: { f: { B: new Float64Array(2), A2: a } }, sources: [] },
        environments: { total: 0, kept: [], spans: [], spansTotal: 0 },
      }) as unknown as SimulationResult,
  };
}

const valid = {
  validate: (input: unknown) => (input === null ? { ok: false as const, errors: [] } : { ok: true as const, scenario: input as Scenario, warnings: [] }),
};

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

  it('stops a run between chunks, resolving with what was simulated', async () => {
    const api = createWorkerApi({ ...valid, createSimulation: () => fakeSimulation(1000) });
    const run = api.simulate({}, 4);
    api.stop(4);
    const wire = (await run) as unknown as { summary: { stoppedBecause: string | null } };
    expect(wire.summary.stoppedBecause).toBe('stopped on request');
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

describe('the boot run', () => {
  const scenario = (rate: number) => ({ name: 'x', rate });
  const immediately = () => Promise.resolve();

  function counting(chunks = 3, yieldToEventLoop = immediately) {
    const created: unknown[] = [];
    const api = createWorkerApi({
      ...valid,
      yieldToEventLoop,
      createSimulation: (s) => (created.push(s), fakeSimulation(chunks, JSON.stringify(s))),
      bootDraft: (input) => Promise.resolve(input.fragment === '' ? scenario(1) : null),
    });
    return { api, created };
  }

  it('starts simulating the boot scenario at once; an equal simulate takes it over (keys in any order)', async () => {
    const { api, created } = counting();
    api.boot({ fragment: '', stored: null });
    await Promise.resolve();
    await Promise.resolve();
    expect(created).toHaveLength(1);
    const result = await api.simulate({ rate: 1, name: 'x' }, 5);
    expect(created).toHaveLength(1);
    expect(result.summary).toEqual({ label: JSON.stringify(scenario(1)) });
    // Taken over once: asking again simulates again.
    await api.simulate(scenario(1), 6);
    expect(created).toHaveLength(2);
  });

  it('a different scenario cancels the boot run and runs its own', async () => {
    const { api, created } = counting(1000, () => new Promise((r) => setTimeout(r, 0)));
    api.boot({ fragment: '', stored: null });
    await new Promise((r) => setTimeout(r, 0));
    const result = await api.simulate(scenario(2), 7);
    expect(created).toEqual([scenario(1), scenario(2)]);
    expect(result.summary).toEqual({ label: JSON.stringify(scenario(2)) });
  });

  it('cancelling the page run that took over the boot run cancels it', async () => {
    const { api } = counting(100_000, () => new Promise((r) => setTimeout(r, 0)));
    api.boot({ fragment: '', stored: null });
    await new Promise((r) => setTimeout(r, 0));
    const run = api.simulate(scenario(1), 8);
    api.cancel(8);
    await expect(run).rejects.toMatchObject({ name: RUN_CANCELLED });
  });

  it('does nothing when the page asked first, or the boot draft is not valid', async () => {
    const { api, created } = counting();
    await api.simulate(scenario(3), 1);
    api.boot({ fragment: '', stored: null });
    api.boot({ fragment: 'x', stored: null });
    await new Promise((r) => setTimeout(r, 0));
    expect(created).toEqual([scenario(3)]);
  });
});

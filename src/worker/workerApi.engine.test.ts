// The worker API around the real engine and scenario code (no comlink): a run completes with
// transferable series, can be cancelled mid-run, and an invalid scenario is refused by path.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../engine/simulation';
import { DEFAULT_PRESET_ID, getPreset } from '../scenario/presets';
import { restoreScenario } from '../scenario/restore';
import { RUN_CANCELLED, type Validation } from './api';
import { createWorkerApi, seriesBuffers } from './workerApi';

const validate = (input: unknown): Validation => {
  const r = restoreScenario(input);
  return r.ok ? { ok: true, scenario: r.scenario, warnings: r.warnings } : { ok: false, errors: r.errors };
};

const api = (chunkEvents: number) => createWorkerApi({ createSimulation: (s) => new Simulation(s), validate, chunkEvents });

describe('workerApi with the engine', () => {
  const preset = getPreset(DEFAULT_PRESET_ID)?.scenario;

  it('simulates the default preset in chunks, reporting progress', async () => {
    const fractions: number[] = [];
    const result = await api(20_000).simulate(preset, 1, (p) => fractions.push(p.fraction));
    expect(result.summary.requests).toBeGreaterThan(0);
    expect(seriesBuffers(result).length).toBeGreaterThan(5);
    expect(fractions.length).toBeGreaterThan(0);
  });

  it('cancels a run in flight', async () => {
    const worker = api(1_000);
    const run = worker.simulate(preset, 2);
    await new Promise((r) => setTimeout(r, 5));
    worker.cancel(2);
    await expect(run).rejects.toMatchObject({ name: RUN_CANCELLED });
  });

  it('refuses an invalid scenario with the path of the problem', async () => {
    await expect(api(1000).simulate({ version: 1, durationSeconds: -1, functions: [], sources: [] }, 3)).rejects.toThrow(/durationSeconds|functions/);
    expect(api(1000).validate({}).ok).toBe(false);
  });
});

// The worker API around the real engine and scenario code (no comlink): a run completes with
// transferable series, can be cancelled mid-run, and an invalid scenario is refused by path.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../engine/simulation';
import { DEFAULT_PRESET_ID, getPreset } from '../scenario/presets';
import { restoreScenario } from '../scenario/restore';
import { RUN_CANCELLED, type Validation } from './api';
import { bootDraft } from './bootDraft';
import { fromWire, toWire, wireBuffers } from './wireResult';
import { createWorkerApi, seriesBuffers } from './workerApi';
import { encodeScenario } from '../scenario/urlCodec';
import { stableStringify } from '../lib/hash';

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

  it('sends spans as transferable columns and rebuilds the same result', () => {
    const r = restoreScenario(preset);
    if (!r.ok) throw new Error('preset invalid');
    const simulation = new Simulation(r.scenario);
    while (!simulation.advance(1_000_000));
    const result = simulation.result();
    const expected = structuredClone(result);
    const wire = toWire(result);
    expect(wire.environments.spans.start).toBeInstanceOf(Float64Array);
    expect(wireBuffers(wire).length).toBe(seriesBuffers(result).length + 5);
    expect(fromWire(structuredClone(wire, { transfer: wireBuffers(wire) }))).toEqual(expected);
  });

  it('the boot run simulates what the page will ask for: default preset, stored draft, link', async () => {
    const page = (draft: unknown) => {
      const r = restoreScenario(draft);
      return r.ok ? stableStringify(restoreScenario(r.scenario).ok ? r.scenario : null) : null;
    };
    expect(await bootDraft({ fragment: '', stored: null })).toBe(preset);
    const edited = { ...(preset as object), name: 'mine' };
    const stored = JSON.stringify({ state: { draft: edited, origin: { kind: 'edited', presetId: null }, jsonText: null, sharedFragment: 'v1.abc' }, version: 2 });
    expect(await bootDraft({ fragment: '', stored })).toEqual(edited);
    expect(await bootDraft({ fragment: 'v1.abc', stored })).toEqual(edited);
    const link = encodeScenario(restoreScenario(edited).ok ? edited : preset);
    expect(page(await bootDraft({ fragment: link, stored }))).toBe(page(edited));
    expect(await bootDraft({ fragment: 'v1.broken', stored })).toBe(preset);
  });

  it('restoring again in the worker keeps a restored scenario equal (the boot run is found)', () => {
    const once = restoreScenario(preset);
    if (!once.ok) throw new Error('preset invalid');
    const twice = restoreScenario(once.scenario);
    expect(twice.ok && stableStringify(twice.scenario)).toBe(stableStringify(once.scenario));
  });
});

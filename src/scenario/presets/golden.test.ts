/**
 * Golden results (SimPy's habit of examples with golden output): every preset's summary is kept in
 * __golden__/<id>.json. A change to the engine that moves any number shows up here as a diff to
 * review; regenerate deliberately with `npx vitest run src/scenario/presets/golden.test.ts -u`.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine/simulation';
import { restoreScenario } from '../restore';
import { PRESETS } from './index';

describe('preset golden results', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s', async (id, preset) => {
    const restored = restoreScenario(preset.scenario);
    if (!restored.ok) throw new Error(`${id}: ${restored.errors.map((e) => e.message).join('; ')}`);
    const { summary } = simulate(restored.scenario);
    await expect(`${JSON.stringify(summary, null, 2)}\n`).toMatchFileSnapshot(`__golden__/${id}.json`);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID, getPreset, PRESETS } from './index';
import { restoreScenario } from '../restore';
import { formatIssue } from '../issues';
import { expectedArrivals } from '../../engine/traffic/arrivals';

describe('presets', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s restores with no errors and no warnings',
    (_id, preset) => {
      const result = restoreScenario(preset.scenario);
      const problems = result.ok ? result.warnings : result.errors;
      expect(problems.map(formatIssue)).toEqual([]);
      expect(result.ok).toBe(true);
    },
  );

  it('have unique kebab-case ids and say what to watch', () => {
    const ids = PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of PRESETS) {
      expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(p.title.length).toBeGreaterThan(0);
      expect(p.concept.length).toBeGreaterThan(40);
      expect(p.watch.length).toBeGreaterThan(40);
    }
  });

  it('include the engine-core concepts', () => {
    for (const id of [
      'sync-throttling-retries',
      'seed-scaling-example',
      'legacy-burst-scaling',
      'current-scaling',
      'reserved-concurrency',
      'provisioned-vs-cold-starts',
    ]) {
      expect(getPreset(id)?.id).toBe(id);
    }
    expect(getPreset('nope')).toBeUndefined();
  });

  it('default to a quick synchronous preset', () => {
    const preset = getPreset(DEFAULT_PRESET_ID);
    const result = restoreScenario(preset?.scenario);
    if (!result.ok) throw new Error('default preset invalid');
    const { scenario } = result;
    expect(scenario.sources.every((s) => s.type === 'sync')).toBe(true);
    expect(scenario.durationSeconds).toBeLessThanOrEqual(600);
    const requests = scenario.sources.reduce(
      (n, s) => n + expectedArrivals(s.traffic, scenario.durationSeconds),
      0,
    );
    expect(requests).toBeLessThan(200_000);
  });

  it('legacy and current scaling presets differ only in the scaling model', () => {
    const legacy = restoreScenario(getPreset('legacy-burst-scaling')?.scenario);
    const current = restoreScenario(getPreset('current-scaling')?.scenario);
    if (!legacy.ok || !current.ok) throw new Error('invalid');
    expect({ ...legacy.scenario, name: '', account: null }).toEqual({
      ...current.scenario,
      name: '',
      account: null,
    });
    expect(legacy.scenario.account.scaling).toEqual({ model: 'legacy', burstLimit: 3000 });
    expect(current.scenario.account.scaling).toEqual({ model: 'current' });
  });
});

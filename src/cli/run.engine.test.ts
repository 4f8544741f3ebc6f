/**
 * `lambdascope run` against the real engine (src/engine/simulation.ts): a preset, end to end.
 */
import { describe, expect, it } from 'vitest';
import { runCli, type CliIO, type EngineApi } from './commands';
import { getPreset } from '../scenario/presets';
import { OUTCOMES } from '../engine/resultTypes';

const loadEngine = async (): Promise<EngineApi> => import('../engine/simulation');

function io(files: Record<string, string>) {
  const state = { out: '', err: '', files: new Map(Object.entries(files)) };
  const cli: CliIO = {
    readText: async (p) =>
      state.files.get(p) ?? Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' })),
    writeText: async (p, t) => void state.files.set(p, t),
    stdout: (t) => void (state.out += t),
    stderr: (t) => void (state.err += t),
    stderrIsTTY: false,
    now: () => 0,
  };
  return { state, cli };
}

const small = {
  version: 1,
  name: 'Small',
  durationSeconds: 30,
  functions: [{ name: 'api', reservedConcurrency: 5, duration: 0.5 }],
  sources: [{ type: 'sync', traffic: { pattern: 'constant', rate: 20 } }],
};

describe('lambdascope run (real engine)', () => {
  it('prints a summary whose outcomes add up to the requests', async () => {
    const { state, cli } = io({ 's.json': JSON.stringify(small) });
    expect(await runCli(['run', 's.json', '--json'], cli, loadEngine)).toBe(0);
    const summary = JSON.parse(state.out);
    expect(summary.requests).toBeGreaterThan(500);
    expect(OUTCOMES.reduce((n, o) => n + summary.outcomes[o], 0)).toBe(summary.requests);
    expect(summary.functions.api.maxConcurrency).toBeLessThanOrEqual(5);
    expect(summary.throttles).toBeGreaterThan(0);
  });

  it('is reproducible, and --seed changes the run', async () => {
    const runs = await Promise.all(
      [[], [], ['--seed', '2']].map(async (extra) => {
        const { state, cli } = io({
          's.json': JSON.stringify({
            ...small,
            sources: [{ type: 'sync', traffic: { pattern: 'poisson', rate: 20 } }],
          }),
        });
        expect(await runCli(['run', 's.json', '--json', ...extra], cli, loadEngine)).toBe(0);
        return state.out;
      }),
    );
    expect(runs[0]).toBe(runs[1]);
    expect(runs[2]).not.toBe(runs[0]);
  });

  it('runs the default preset and writes the whole result with --out', async () => {
    const { state, cli } = io({ 'p.json': JSON.stringify(getPreset('sync-throttling-retries')?.scenario) });
    expect(await runCli(['run', 'p.json', '--out', 'r.json'], cli, loadEngine)).toBe(0);
    expect(state.out).toMatch(/^Throttles and client retries — 3 min simulated, seed 7/);
    const result = JSON.parse(state.files.get('r.json') ?? 'null');
    expect(Object.keys(result)).toEqual(
      expect.arrayContaining(['summary', 'series', 'deadLetters', 'environments', 'moments']),
    );
    const concurrency = Object.values(result.series.account as Record<string, unknown>)[0];
    expect(Array.isArray(concurrency)).toBe(true);
  });
});

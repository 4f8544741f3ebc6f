import { describe, expect, it } from 'vitest';
import { runCli, EVENTS_PER_CHUNK, type CliIO, type EngineApi, type SimulationLike } from './commands';
import { sampleResult } from './testing/sampleResult';
import { encodeScenario } from '../scenario/urlCodec';
import { PRESETS } from '../scenario/presets';
import type { Scenario } from '../scenario/types';

interface FakeIO extends CliIO {
  out: string;
  err: string;
  files: Map<string, string>;
  clock: number;
}

function fakeIO(files: Record<string, string> = {}, options: { tty?: boolean; stdin?: string } = {}): FakeIO {
  const io: FakeIO = {
    out: '',
    err: '',
    clock: 0,
    files: new Map(Object.entries(files)),
    readText: async (path) => {
      if (path === '-' && options.stdin !== undefined) return options.stdin;
      const text = io.files.get(path);
      if (text === undefined)
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
          code: 'ENOENT',
        });
      return text;
    },
    writeText: async (path, text) => void io.files.set(path, text),
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    stderrIsTTY: options.tty ?? false,
    now: () => io.clock,
  };
  return io;
}

/** An engine that takes `chunks` advance calls (each 400 ms of wall clock) and returns the sample result. */
function fakeEngine(io: FakeIO, chunks = 1, seen: Scenario[] = []): () => Promise<EngineApi> {
  class Simulation implements SimulationLike {
    private calls = 0;
    constructor(scenario: Scenario) {
      seen.push(scenario);
    }
    advance(maxEvents: number): boolean {
      expect(maxEvents).toBe(EVENTS_PER_CHUNK);
      this.calls += 1;
      io.clock += 400;
      return this.calls >= chunks;
    }
    progress() {
      return { simulatedSeconds: this.calls * 10, fraction: this.calls / chunks, events: this.calls * 1000 };
    }
    result() {
      return sampleResult();
    }
  }
  return async () => ({ Simulation });
}

const failingEngine = async (): Promise<EngineApi> => {
  throw new Error('the engine must not be loaded by this command');
};

const valid = JSON.stringify({
  version: 1,
  name: 'Demo',
  durationSeconds: 120,
  functions: [{ name: 'api' }],
  sources: [{ type: 'sync' }],
});
const invalid = JSON.stringify({
  version: 1,
  durationSeconds: 0,
  functions: [{ name: 'api', timeoutSeconds: 901 }],
  sources: [{ type: 'kafka' }],
});

describe('lambdascope validate', () => {
  it('says ok and exits 0 for a valid scenario', async () => {
    const io = fakeIO({ 's.json': valid });
    expect(await runCli(['validate', 's.json'], io, failingEngine)).toBe(0);
    expect(io.out).toBe('ok: Demo — 1 function, 1 source, 120 s\n');
    expect(io.err).toBe('');
  });

  it('prints each problem on its own line with its path and exits 2', async () => {
    const io = fakeIO({ 's.json': invalid });
    expect(await runCli(['validate', 's.json'], io, failingEngine)).toBe(2);
    expect(io.err.trimEnd().split('\n')).toEqual([
      's.json: durationSeconds: must be between 1 and 31536000 (got 0)',
      's.json: functions[0].timeoutSeconds: must be between 1 and 900 (got 901)',
      "s.json: sources[0].type: 'kafka' is not simulated; use one of sync, async, kinesis, dynamodb, sqs",
    ]);
    expect(io.out).toBe('');
  });

  it('prints warnings on stderr but still succeeds', async () => {
    const io = fakeIO({ 's.json': valid.replace('"name":"api"', '"name":"api","memorySize":512') });
    expect(await runCli(['validate', 's.json'], io, failingEngine)).toBe(0);
    expect(io.err).toBe(
      's.json: warning: functions[0].memorySize: unknown field, ignored (did you mean "memoryMB"?)\n',
    );
  });

  it('reads standard input for "-"', async () => {
    const io = fakeIO({}, { stdin: valid });
    expect(await runCli(['validate', '-'], io, failingEngine)).toBe(0);
  });

  it('exits 2 for a missing file or broken JSON, with the line and column', async () => {
    const missing = fakeIO();
    expect(await runCli(['validate', 'nope.json'], missing, failingEngine)).toBe(2);
    expect(missing.err).toBe('lambdascope: cannot read nope.json: no such file or directory\n');
    const broken = fakeIO({ 'b.json': '{\n  "version": 1,\n  "durationSeconds": ,\n}' });
    expect(await runCli(['validate', 'b.json'], broken, failingEngine)).toBe(2);
    expect(broken.err).toBe("b.json: not valid JSON: unexpected ',' at line 3, column 22\n");
  });

  it('exits 2 with usage hints on bad arguments', async () => {
    const io = fakeIO();
    expect(await runCli(['validate'], io, failingEngine)).toBe(2);
    expect(io.err).toBe('lambdascope: validate: missing <scenario.json | ->\n(see lambdascope --help)\n');
  });
});

describe('lambdascope presets, preset, help', () => {
  it('lists every preset id with its title', async () => {
    const io = fakeIO();
    expect(await runCli(['presets'], io, failingEngine)).toBe(0);
    const lines = io.out.trimEnd().split('\n');
    expect(lines).toHaveLength(PRESETS.length);
    PRESETS.forEach((p, i) =>
      expect(lines[i]).toMatch(new RegExp(`^${p.id}\\s+${p.title.replace(/[()]/g, '\\$&')}$`)),
    );
  });

  it("prints a preset's scenario JSON, which validates", async () => {
    const io = fakeIO();
    expect(await runCli(['preset', 'reserved-concurrency'], io, failingEngine)).toBe(0);
    const again = fakeIO({ 'p.json': io.out });
    expect(await runCli(['validate', 'p.json'], again, failingEngine)).toBe(0);
  });

  it('exits 2 for an unknown preset, naming the known ones', async () => {
    const io = fakeIO();
    expect(await runCli(['preset', 'nope'], io, failingEngine)).toBe(2);
    expect(io.err).toMatch(/^lambdascope: unknown preset 'nope'; known: sync-throttling-retries, /);
  });

  it('prints usage for --help', async () => {
    const io = fakeIO();
    expect(await runCli(['--help'], io, failingEngine)).toBe(0);
    expect(io.out).toMatch(/^lambdascope — simulate the AWS Lambda execution model/);
    expect(io.out).toContain('lambdascope run <scenario.json | -> [--json] [--out result.json] [--seed N]');
  });
});

describe('lambdascope share and decode', () => {
  it('round-trips a scenario through a share fragment', async () => {
    const io = fakeIO({ 's.json': valid });
    expect(await runCli(['share', 's.json'], io, failingEngine)).toBe(0);
    const fragment = io.out.trim();
    expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    const decoded = fakeIO();
    expect(await runCli(['decode', `https://lambdascope.example/#${fragment}`], decoded, failingEngine)).toBe(
      0,
    );
    expect(JSON.parse(decoded.out)).toMatchObject({
      version: 1,
      name: 'Demo',
      durationSeconds: 120,
      functions: [{ name: 'api', memoryMB: 128 }],
    });
  });

  it('refuses to share an invalid scenario (exit 2)', async () => {
    const io = fakeIO({ 's.json': invalid });
    expect(await runCli(['share', 's.json'], io, failingEngine)).toBe(2);
    expect(io.out).toBe('');
  });

  it('exits 2 with a clear message for a broken link', async () => {
    const io = fakeIO();
    expect(await runCli(['decode', '#v1.AAAA'], io, failingEngine)).toBe(2);
    expect(io.err).toBe(
      'share link: the data is corrupted (not valid compressed JSON; was the link cut short?)\n',
    );
  });

  it('reports the problems of a link that holds an invalid scenario', async () => {
    const io = fakeIO();
    expect(await runCli(['decode', encodeScenario(JSON.parse(invalid))], io, failingEngine)).toBe(2);
    expect(io.err.trimEnd().split('\n')).toHaveLength(3);
  });
});

describe('lambdascope run', () => {
  it('prints the summary table', async () => {
    const io = fakeIO({ 's.json': valid });
    expect(await runCli(['run', 's.json'], io, fakeEngine(io))).toBe(0);
    expect(io.out.split('\n')[0]).toBe('Demo — 2 min simulated, seed 1, 123,456 events');
    expect(io.out).toMatch(/^requests\s+1,500\s+1,000\s+500$/m);
    expect(io.err).toBe('');
  });

  it('--json prints exactly the summary', async () => {
    const io = fakeIO({ 's.json': valid });
    expect(await runCli(['run', 's.json', '--json'], io, fakeEngine(io))).toBe(0);
    expect(JSON.parse(io.out)).toEqual(sampleResult().summary);
  });

  it('--out writes the whole result with series as plain arrays', async () => {
    const io = fakeIO({ 's.json': valid });
    expect(await runCli(['run', 's.json', '--out', 'r.json', '--json'], io, fakeEngine(io))).toBe(0);
    const written = JSON.parse(io.files.get('r.json') ?? 'null');
    expect(written.series.account.ConcurrentExecutions).toEqual([1, 2.5, 0]);
    expect(written.summary).toEqual(sampleResult().summary);
    expect(io.err).toBe('');
    const table = fakeIO({ 's.json': valid });
    await runCli(['run', 's.json', '--out', 'r.json'], table, fakeEngine(table));
    expect(table.err).toBe('wrote r.json\n');
  });

  it('exits 2 when --out cannot be written', async () => {
    const io = fakeIO({ 's.json': valid });
    io.writeText = async () => {
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    };
    expect(await runCli(['run', 's.json', '--out', 'no/dir/r.json'], io, fakeEngine(io))).toBe(2);
    expect(io.err).toBe('lambdascope: cannot write no/dir/r.json: no such file or directory\n');
  });

  it('--seed overrides the scenario seed given to the engine', async () => {
    const io = fakeIO({ 's.json': valid });
    const seen: Scenario[] = [];
    expect(await runCli(['run', 's.json', '--seed', '99', '--json'], io, fakeEngine(io, 1, seen))).toBe(0);
    expect(seen[0]?.seed).toBe(99);
  });

  it('exits 2 without running for an invalid scenario', async () => {
    const io = fakeIO({ 's.json': invalid });
    expect(await runCli(['run', 's.json'], io, failingEngine)).toBe(2);
  });

  it('exits 1 when the engine fails unexpectedly', async () => {
    const io = fakeIO({ 's.json': valid });
    const broken = async (): Promise<EngineApi> => ({
      Simulation: class {
        advance(): boolean {
          throw new Error('invariant broken: concurrency < 0');
        }
        progress() {
          return { simulatedSeconds: 0, fraction: 0, events: 0 };
        }
        result() {
          return sampleResult();
        }
      },
    });
    expect(await runCli(['run', 's.json'], io, broken)).toBe(1);
    expect(io.err).toMatch(/^lambdascope: unexpected failure: Error: invariant broken: concurrency < 0/);
  });

  it('draws a progress bar on a terminal once a run takes over a second, then clears it', async () => {
    const io = fakeIO({ 's.json': valid }, { tty: true });
    expect(await runCli(['run', 's.json', '--json'], io, fakeEngine(io, 6))).toBe(0);
    const frames = io.err.split('\r').filter((f) => f.length > 0);
    // Chunks end at 400, 800, …, 2400 ms: bars after 1,200, 1,600 and 2,000 ms; the last call finishes.
    expect(frames.slice(0, 3).map((f) => f.trim())).toEqual([
      '[===============>              ]  50%  30 s simulated  3,000 events',
      '[====================>         ]  66%  40 s simulated  4,000 events',
      '[=========================>    ]  83%  50 s simulated  5,000 events',
    ]);
    expect(io.err.endsWith('\r')).toBe(true);
    expect(frames[frames.length - 1]?.trim()).toBe('');
  });

  it('draws no progress bar when stderr is not a terminal or the run is quick', async () => {
    const pipe = fakeIO({ 's.json': valid });
    await runCli(['run', 's.json', '--json'], pipe, fakeEngine(pipe, 6));
    expect(pipe.err).toBe('');
    const quick = fakeIO({ 's.json': valid }, { tty: true });
    await runCli(['run', 's.json', '--json'], quick, fakeEngine(quick, 2));
    expect(quick.err).toBe('');
  });
});

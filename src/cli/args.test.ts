import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs', () => {
  it.each([
    [['run', 'x.json'], { kind: 'run', file: 'x.json', json: false, out: null, seed: null }],
    [['run', '-', '--json'], { kind: 'run', file: '-', json: true, out: null, seed: null }],
    [
      ['run', 'x.json', '--out', 'r.json', '--seed', '42'],
      { kind: 'run', file: 'x.json', json: false, out: 'r.json', seed: 42 },
    ],
    [
      ['--json', 'run', '--out=r.json', '--seed=0', 'x.json'],
      { kind: 'run', file: 'x.json', json: true, out: 'r.json', seed: 0 },
    ],
    [
      ['run', '--', '-odd-name.json'],
      { kind: 'run', file: '-odd-name.json', json: false, out: null, seed: null },
    ],
    [['validate', 'x.json'], { kind: 'validate', file: 'x.json' }],
    [['presets'], { kind: 'presets' }],
    [['preset', 'current-scaling'], { kind: 'preset', id: 'current-scaling' }],
    [['share', 'x.json'], { kind: 'share', file: 'x.json' }],
    [['decode', 'https://a/#v1.xyz'], { kind: 'decode', link: 'https://a/#v1.xyz' }],
    [['--help'], { kind: 'help' }],
    [['-h'], { kind: 'help' }],
    [['help'], { kind: 'help' }],
    [['run', 'x.json', '--help'], { kind: 'help' }],
  ])('%j', (argv, command) => {
    expect(parseArgs(argv)).toEqual({ ok: true, command });
  });

  it.each([
    [[], ['missing command; one of run, validate, presets, preset, share, decode']],
    [['simulate'], ["unknown command 'simulate'; one of run, validate, presets, preset, share, decode"]],
    [['run'], ['run: missing <scenario.json | ->']],
    [['run', 'a.json', 'b.json'], ["run: unexpected argument 'b.json'"]],
    [['presets', 'x'], ["presets: unexpected argument 'x'"]],
    [['run', 'a.json', '--verbose'], ['unknown option --verbose']],
    [['run', 'a.json', '--out'], ['--out needs a value']],
    [
      ['run', 'a.json', '--seed', 'abc'],
      ["--seed must be a whole number between 0 and 4294967295 (got 'abc')"],
    ],
    [
      ['run', 'a.json', '--seed', '-1'],
      ["--seed must be a whole number between 0 and 4294967295 (got '-1')"],
    ],
    [
      ['run', 'a.json', '--seed=4294967296'],
      ["--seed must be a whole number between 0 and 4294967295 (got '4294967296')"],
    ],
    [['validate', 'a.json', '--json'], ['--json applies only to run']],
    [['share', 'a.json', '--seed', '3'], ['--seed applies only to run']],
    [['decode'], ['decode: missing <url-or-fragment>']],
    [['run', '--json=yes', 'a.json'], ['unknown option --json=yes']],
  ])('refuses %j', (argv, errors) => {
    expect(parseArgs(argv)).toEqual({ ok: false, errors });
  });

  it('reports every problem at once', () => {
    expect(parseArgs(['validate', '--bogus', '--json'])).toEqual({
      ok: false,
      errors: [
        'unknown option --bogus',
        'validate: missing <scenario.json | ->',
        '--json applies only to run',
      ],
    });
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import {
  decodeScenario,
  encodeScenario,
  extractFragment,
  fromBase64Url,
  MAX_DECODED_BYTES,
  toBase64Url,
} from './urlCodec';
import { minimizeScenario } from './minimize';
import { restoreScenario, type RestoreResult } from './restore';
import { formatIssue } from './issues';
import { scenarioInputArb } from './testing/arbitraries';
import { makeScenario, requireScenario } from './builders';
import { PRESETS } from './presets';

function scenarioOf(result: RestoreResult) {
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
  return result.scenario;
}
const messages = (result: RestoreResult) => (result.ok ? [] : result.errors.map(formatIssue));

describe('minimizeScenario', () => {
  it('restores to exactly the scenario it came from (property)', () => {
    fc.assert(
      fc.property(scenarioInputArb(), (input) => {
        const scenario = requireScenario(input);
        const minimal = minimizeScenario(scenario);
        expect(scenarioOf(restoreScenario(minimal))).toEqual(scenario);
      }),
      { numRuns: 150 },
    );
  });

  it('drops every default: a default scenario keeps only what is required', () => {
    const scenario = requireScenario({
      version: 1,
      durationSeconds: 60,
      functions: [{ name: 'api' }],
      sources: [{ type: 'sync' }],
    });
    expect(minimizeScenario(scenario)).toEqual({
      version: 1,
      durationSeconds: 60,
      functions: [{ name: 'api' }],
      sources: [{ type: 'sync' }],
    });
  });

  it('keeps non-default values and drops defaults next to them', () => {
    const scenario = makeScenario({
      functions: [{ name: 'fn', memoryMB: 512, async: { maximumRetryAttempts: 0 } }],
    });
    const minimal = minimizeScenario(scenario);
    expect(minimal['functions']).toEqual([{ name: 'fn', memoryMB: 512, async: { maximumRetryAttempts: 0 } }]);
  });

  it('handles defaults that depend on other fields (legacy burst = min(3000, limit))', () => {
    const scenario = makeScenario({ account: { concurrencyLimit: 2000, scaling: { model: 'legacy' } } });
    expect(scenario.account.scaling).toEqual({ model: 'legacy', burstLimit: 2000 });
    expect(minimizeScenario(scenario)['account']).toEqual({
      concurrencyLimit: 2000,
      scaling: { model: 'legacy' },
    });
  });

  it('keeps field order', () => {
    const scenario = makeScenario({ name: 'x', seed: 9 });
    expect(Object.keys(minimizeScenario(scenario))).toEqual([
      'version',
      'name',
      'seed',
      'durationSeconds',
      'functions',
      'sources',
    ]);
  });
});

describe('share links', () => {
  it('round-trips any valid scenario (property)', () => {
    fc.assert(
      fc.property(scenarioInputArb(), (input) => {
        const scenario = requireScenario(input);
        const fragment = encodeScenario(scenario);
        expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
        expect(scenarioOf(decodeScenario(fragment))).toEqual(scenario);
      }),
      { numRuns: 150 },
    );
  });

  it('round-trips every preset', () => {
    for (const preset of PRESETS) {
      const scenario = requireScenario(preset.scenario);
      expect(scenarioOf(decodeScenario(`https://example.com/app/#${encodeScenario(scenario)}`))).toEqual(
        scenario,
      );
    }
  });

  it('is compact: defaults are not encoded', () => {
    const small = encodeScenario(makeScenario());
    expect(small.length).toBeLessThan(200);
    const scenario = requireScenario(PRESETS[0]?.scenario);
    expect(encodeScenario(scenario).length).toBeLessThan(JSON.stringify(scenario).length / 2);
  });

  it('accepts a full URL, a #fragment or the bare fragment', () => {
    const fragment = encodeScenario(makeScenario());
    for (const text of [
      fragment,
      `#${fragment}`,
      `https://lambdascope.example/?x=1#${fragment}`,
      `  ${fragment}\n`,
    ]) {
      expect(decodeScenario(text).ok).toBe(true);
    }
    expect(extractFragment('http://a/b#v1.abc')).toBe('v1.abc');
  });

  it('encodes invalid input as is, so the link reports its problems when opened', () => {
    const fragment = encodeScenario({
      version: 1,
      durationSeconds: -1,
      functions: [{ name: 'a' }],
      sources: [{ type: 'sync' }],
    });
    expect(messages(decodeScenario(fragment))).toEqual([
      'durationSeconds: must be between 1 and 31536000 (got -1)',
    ]);
  });

  it.each([
    ['', 'share link: it holds no scenario (nothing after "#")'],
    ['https://x/#', 'share link: it holds no scenario (nothing after "#")'],
    ['hello', 'share link: not a LambdaScope scenario link (expected "#v1.…")'],
    ['v9.abc', 'share link: made by a newer LambdaScope (link format v9; this one reads v1)'],
    ['v0.abc', 'share link: unknown link format v0 (this LambdaScope reads v1)'],
    [
      'v1.ab$cd',
      'share link: the data is corrupted (characters outside base64url; was the link cut or edited?)',
    ],
    ['v1.', 'share link: the data is missing (nothing after "v1.")'],
    ['v1.AAAA', 'share link: the data is corrupted (not valid compressed JSON; was the link cut short?)'],
  ])('refuses %j with a clear message', (text, expected) => {
    expect(messages(decodeScenario(text))).toEqual([expected]);
  });

  it('refuses a truncated or tampered link without throwing', () => {
    const fragment = encodeScenario(requireScenario(PRESETS[0]?.scenario));
    expect(messages(decodeScenario(fragment.slice(0, fragment.length - 10)))[0]).toMatch(
      /^share link: the data is corrupted/,
    );
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(...'ABCxyz019-_'), (at, c) => {
        const i = 3 + (at % (fragment.length - 3));
        const tampered = fragment.slice(0, i) + c + fragment.slice(i + 1);
        const result = decodeScenario(tampered);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses compressed data that is not JSON, and oversized data', () => {
    const notJson = `v1.${toBase64Url(deflateSync(strToU8('not json {')))}`;
    expect(messages(decodeScenario(notJson))).toEqual([
      'share link: the data is corrupted (not valid compressed JSON)',
    ]);
    const bomb = `v1.${toBase64Url(deflateSync(new Uint8Array(MAX_DECODED_BYTES + 1)))}`;
    expect(messages(decodeScenario(bomb))).toEqual([
      `share link: the data expands to more than ${MAX_DECODED_BYTES} bytes; refusing it`,
    ]);
  });
});

describe('base64url', () => {
  it('round-trips bytes and matches Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses impossible lengths and foreign characters', () => {
    expect(fromBase64Url('a')).toBeNull();
    expect(fromBase64Url('ab+c')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration, formatProgress, formatSummary, formatTable, formatUSD } from './format';
import { makeScenario } from '../scenario/builders';
import { sampleResult } from './testing/sampleResult';

describe('number formats', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1_234_567, '1,234,567'],
    [-12_345, '-12,345'],
    [12.345, '12.35'],
  ])('formatCount(%d) = %s', (n, text) => expect(formatCount(n)).toBe(text));

  it.each([
    [0.0123, 1, '12.3 ms'],
    [0.2, 1, '200 ms'],
    [1.0234, 1, '1.02 s'],
    [95, 1, '95 s'],
    [300, 1, '5 min'],
    [125, 1, '2 min 5 s'],
    [0.5, 0, '—'],
  ])('formatDuration(%d, %d) = %s', (s, n, text) => expect(formatDuration(s, n)).toBe(text));

  it.each([
    [0, '$0'],
    [0.000123456, '$0.000123'],
    [0.5, '$0.5'],
    [12.345, '$12.35'],
    [1234.5, '$1,234.5'],
  ])('formatUSD(%d) = %s', (usd, text) => expect(formatUSD(usd)).toBe(text));
});

describe('formatTable', () => {
  it('left-aligns the first column and right-aligns the rest', () => {
    expect(
      formatTable([
        ['', 'total'],
        ['requests', '1,000'],
        ['  failed', '7'],
      ]),
    ).toBe(['          total', 'requests  1,000', '  failed      7'].join('\n'));
  });
});

describe('formatSummary', () => {
  const scenario = makeScenario({ name: 'Demo', durationSeconds: 120 });
  const text = formatSummary(sampleResult().summary, scenario);

  it('heads with the scenario, horizon, seed and events', () => {
    expect(text.split('\n')[0]).toBe('Demo — 2 min simulated, seed 1, 123,456 events');
  });

  it('has a row per outcome, throttle cause and latency percentile, with totals and one column per function', () => {
    const lines = text.split('\n');
    const row = (label: string) => lines.find((l) => l.startsWith(label))?.split(/\s{2,}/);
    expect(lines[2]?.trim().split(/\s+/)).toEqual(['total', 'api', 'worker']);
    expect(row('requests')).toEqual(['requests', '1,500', '1,000', '500']);
    expect(row('  throttled')).toEqual(['', 'throttled', '30', '30', '0']);
    expect(row('  reserved concurrency')).toEqual(['', 'reserved concurrency', '25', '25', '0']);
    expect(row('  scaling rate')).toEqual(['', 'scaling rate', '5', '5', '0']);
    expect(row('cold starts')).toEqual(['cold starts', '12', '10', '2']);
    expect(row('max concurrency')).toEqual(['max concurrency', '40', '30', '10']);
    expect(row('latency p99')).toEqual(['latency p99', '—', '1.2 s', '—']);
    expect(row('cost')).toEqual(['cost', '$0.0123', '$0.01', '$0.0023']);
  });

  it('lists the sources with their outcomes', () => {
    expect(text).toMatch(
      /^source\s+type\s+function\s+requests\s+succeeded\s+failed\s+throttled\s+dead-lettered\s+dropped\s+pending$/m,
    );
    expect(text).toMatch(/^sources\[1\]\s+async\s+worker\s+500\s+490\s+0\s+0\s+5\s+0\s+5$/m);
  });

  it('says when the run was truncated, and how far it got', () => {
    const result = sampleResult();
    result.summary.truncated = true;
    result.summary.truncatedReason = 'event budget of 1,000 reached';
    result.summary.simulatedSeconds = 30;
    const truncated = formatSummary(result.summary, scenario);
    expect(truncated).toMatch(/^Demo — 30 s of 2 min simulated/);
    expect(truncated.trimEnd().endsWith('TRUNCATED: event budget of 1,000 reached')).toBe(true);
  });
});

describe('formatProgress', () => {
  it('draws a bar, a percentage, simulated time and events', () => {
    expect(formatProgress({ simulatedSeconds: 45, fraction: 0.5, events: 1_000_000 }, 10)).toBe(
      '[=====>    ]  50%  45 s simulated  1,000,000 events',
    );
    expect(formatProgress({ simulatedSeconds: 90, fraction: 1, events: 5 }, 10)).toBe(
      '[==========] 100%  90 s simulated  5 events',
    );
    expect(formatProgress({ simulatedSeconds: 0, fraction: Number.NaN, events: 0 }, 4)).toBe(
      '[>   ]   0%  0 ms simulated  0 events',
    );
  });
});

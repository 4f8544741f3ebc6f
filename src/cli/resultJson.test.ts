import { describe, expect, it } from 'vitest';
import { resultToJson, toPlain } from './resultJson';
import { sampleResult } from './testing/sampleResult';

describe('resultToJson', () => {
  it('turns every typed array into a plain array and keeps everything else', () => {
    const result = sampleResult();
    const json = resultToJson(result) as ReturnType<typeof sampleResult> & {
      series: { account: Record<string, unknown> };
    };
    expect(json.series.account['ConcurrentExecutions']).toEqual([1, 2.5, 0]);
    expect(Array.isArray(json.series.account['ConcurrentExecutions'])).toBe(true);
    expect(json.summary).toEqual(result.summary);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('does not modify the result', () => {
    const result = sampleResult();
    resultToJson(result);
    expect(result.series.account['ConcurrentExecutions']).toBeInstanceOf(Float64Array);
  });

  it('writes non-finite numbers as null rather than invalid JSON', () => {
    expect(
      toPlain({ a: Infinity, b: [Number.NaN, 1], c: new Float64Array([Infinity, 2]), d: 'x', e: null }),
    ).toEqual({
      a: null,
      b: [null, 1],
      c: [null, 2],
      d: 'x',
      e: null,
    });
  });
});

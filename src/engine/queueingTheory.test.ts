import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { erlangB, erlangBCurve } from './queueingTheory';

interface ErlangCase {
  c: number;
  lambda: number;
  meanSeconds: number;
  expectedThrottledFraction: number;
}
const cases = JSON.parse(
  readFileSync(new URL('../../reference/erlang-b.json', import.meta.url), 'utf8'),
) as ErlangCase[];

describe('erlangB', () => {
  it.each(cases)('matches the reference for c=$c, λ=$lambda', (c) => {
    expect(erlangB(c.c, c.lambda * c.meanSeconds)).toBeCloseTo(c.expectedThrottledFraction, 5);
  });

  it('is 1 with no servers and 0 with no load', () => {
    expect(erlangB(0, 5)).toBe(1);
    expect(erlangB(3, 0)).toBe(0);
  });

  it('falls as servers are added', () => {
    const curve = erlangBCurve(50, 20);
    for (let k = 1; k < curve.length; k += 1) expect(curve[k]).toBeLessThan(curve[k - 1]!);
    expect(curve[10]).toBeCloseTo(erlangB(10, 20), 12);
  });
});

import { describe, expect, it } from 'vitest';
import type { Traffic } from '../../scenario/types';
import { rngStream } from '../kernel/rng';
import { arrivalStream, expectedArrivals } from './arrivals';

function times(traffic: Traffic, horizon: number, seed = 1): number[] {
  const stream = arrivalStream(traffic, rngStream(seed, 'arrivals'), horizon);
  const out: number[] = [];
  for (let t = stream.next(); t !== Infinity; t = stream.next()) out.push(t);
  return out;
}

describe('traffic patterns', () => {
  it('constant: evenly spaced at the midpoints of 1/rate slots', () => {
    expect(times({ pattern: 'constant', rate: 2 }, 2)).toEqual([0.25, 0.75, 1.25, 1.75]);
  });

  it('burst: all at once, or spread evenly over a window', () => {
    expect(times({ pattern: 'burst', count: 3, atSecond: 5, overSeconds: 0 }, 10)).toEqual([5, 5, 5]);
    expect(times({ pattern: 'burst', count: 4, atSecond: 0, overSeconds: 4 }, 10)).toEqual([0.5, 1.5, 2.5, 3.5]);
  });

  it('steps: the rate of each step until the next, exact with uniform arrivals', () => {
    const t = times({ pattern: 'steps', arrivals: 'uniform', steps: [{ atSecond: 0, rate: 1 }, { atSecond: 10, rate: 5 }] }, 20);
    expect(t.filter((x) => x < 10)).toHaveLength(10);
    expect(t.filter((x) => x >= 10)).toHaveLength(50);
  });

  it('trace: replays per-bucket counts', () => {
    const t = times({ pattern: 'trace', arrivals: 'uniform', bucketSeconds: 10, counts: [3, 0, 7] }, 100);
    expect(t.filter((x) => x < 10)).toHaveLength(3);
    expect(t.filter((x) => x >= 10 && x < 20)).toHaveLength(0);
    expect(t.filter((x) => x >= 20 && x < 30)).toHaveLength(7);
    expect(t).toHaveLength(10);
  });

  it('ramp: the count is the area under the rate', () => {
    const t = times({ pattern: 'ramp', arrivals: 'uniform', fromRate: 0, toRate: 10, startSecond: 0, endSecond: 10 }, 10);
    expect(t).toHaveLength(50);
    for (let i = 1; i < t.length; i += 1) expect(t[i]).toBeGreaterThan(t[i - 1]!);
  });

  it('spike: base, peak, base', () => {
    const t = times({ pattern: 'spike', arrivals: 'uniform', baseRate: 1, peakRate: 10, atSecond: 10, durationSeconds: 5 }, 20);
    expect(t.filter((x) => x >= 10 && x < 15)).toHaveLength(50);
    expect(t).toHaveLength(65);
  });

  it('diurnal: the mean rate over whole periods, more at the crest than the trough', () => {
    const t = times({ pattern: 'diurnal', arrivals: 'uniform', meanRate: 10, amplitude: 0.8, periodSeconds: 100 }, 200);
    expect(Math.abs(t.length - 2000)).toBeLessThanOrEqual(1);
    const crest = t.filter((x) => x % 100 < 50).length;
    expect(crest).toBeGreaterThan(t.length * 0.7);
  });

  it('poisson: about rate × horizon, with expectedArrivals agreeing', () => {
    const traffic: Traffic = { pattern: 'poisson', rate: 100 };
    const n = times(traffic, 100).length;
    expect(Math.abs(n - 10_000)).toBeLessThan(400);
    expect(expectedArrivals(traffic, 100)).toBeCloseTo(10_000, 0);
  });

  it('never yields an arrival at or after the horizon, and is non-decreasing', () => {
    const t = times({ pattern: 'poisson', rate: 50 }, 3, 9);
    expect(t.every((x) => x < 3)).toBe(true);
    for (let i = 1; i < t.length; i += 1) expect(t[i]).toBeGreaterThanOrEqual(t[i - 1]!);
  });
});

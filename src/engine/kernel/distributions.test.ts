import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../scenario/types';
import { distributionMean, makeSampler } from './distributions';
import { rngStream } from './rng';

function draws(dist: Distribution, n = 20_000): number[] {
  const sample = makeSampler(dist);
  const rng = rngStream(3, 'test');
  return Array.from({ length: n }, () => sample(rng));
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * xs.length)]!;

describe('distributions', () => {
  it('fixed values, plain numbers included', () => {
    expect(draws(0.3, 5)).toEqual([0.3, 0.3, 0.3, 0.3, 0.3]);
    expect(draws({ distribution: 'fixed', value: 2 }, 2)).toEqual([2, 2]);
  });

  it.each<Distribution>([
    { distribution: 'exponential', mean: 0.5 },
    { distribution: 'uniform', min: 1, max: 3 },
    { distribution: 'normal', mean: 5, stddev: 1 },
    { distribution: 'lognormal', median: 0.1, p99: 0.9 },
    { distribution: 'empirical', values: [1, 2, 6] },
  ])('%o has the mean it claims', (dist) => {
    expect(mean(draws(dist))).toBeCloseTo(distributionMean(dist), 1);
  });

  it('lognormal hits its median and p99', () => {
    const xs = draws({ distribution: 'lognormal', median: 0.2, p99: 1.2 }, 50_000);
    expect(quantile(xs, 0.5)).toBeCloseTo(0.2, 1);
    expect(Math.abs(quantile(xs, 0.99) / 1.2 - 1)).toBeLessThan(0.08);
  });

  it('normal is truncated at 0', () => {
    expect(Math.min(...draws({ distribution: 'normal', mean: 0.1, stddev: 1 }))).toBeGreaterThanOrEqual(0);
  });

  it('streams of different names are independent, the same name repeats', () => {
    expect(rngStream(1, 'a').next()).toBe(rngStream(1, 'a').next());
    expect(rngStream(1, 'a').next()).not.toBe(rngStream(1, 'b').next());
    expect(rngStream(1, 'a').next()).not.toBe(rngStream(2, 'a').next());
  });
});

/**
 * Random quantities of the scenario format (DESIGN §3): a fixed number, exponential, uniform,
 * normal truncated at 0, lognormal given by its median and 99th percentile, or an empirical list
 * sampled uniformly. Values are seconds unless the field says otherwise.
 */
import type { Distribution } from '../../scenario/types';
import { exponential, standardNormal, type Rng } from './rng';

/** z of the standard normal's 99th percentile: lognormal σ = ln(p99 / median) / Z99. */
export const Z99 = 2.3263478740408408;

/** Draws one value ≥ 0 from its stream. */
export type Sampler = (rng: Rng) => number;

/** How many times a truncated normal redraws a negative value before giving 0. */
const TRUNCATED_NORMAL_TRIES = 16;

export function makeSampler(dist: Distribution): Sampler {
  if (typeof dist === 'number') return () => dist;
  switch (dist.distribution) {
    case 'fixed': {
      const value = dist.value;
      return () => value;
    }
    case 'exponential': {
      const mean = dist.mean;
      return (rng) => exponential(rng, mean);
    }
    case 'uniform': {
      const { min, max } = dist;
      return (rng) => min + (max - min) * rng.next();
    }
    case 'normal': {
      const { mean, stddev } = dist;
      return (rng) => {
        for (let i = 0; i < TRUNCATED_NORMAL_TRIES; i += 1) {
          const x = mean + stddev * standardNormal(rng);
          if (x >= 0) return x;
        }
        return 0;
      };
    }
    case 'lognormal': {
      const mu = Math.log(dist.median);
      const sigma = Math.log(dist.p99 / dist.median) / Z99;
      return (rng) => Math.exp(mu + sigma * standardNormal(rng));
    }
    case 'empirical': {
      const values = dist.values;
      return (rng) => values[Math.floor(rng.next() * values.length)] ?? 0;
    }
    default: {
      const never: never = dist;
      throw new Error(`unknown distribution ${JSON.stringify(never)}`);
    }
  }
}

/** The distribution's mean (for model notes and sanity checks). */
export function distributionMean(dist: Distribution): number {
  if (typeof dist === 'number') return dist;
  switch (dist.distribution) {
    case 'fixed':
      return dist.value;
    case 'exponential':
      return dist.mean;
    case 'uniform':
      return (dist.min + dist.max) / 2;
    case 'normal':
      return dist.mean;
    case 'lognormal': {
      const sigma = Math.log(dist.p99 / dist.median) / Z99;
      return dist.median * Math.exp((sigma * sigma) / 2);
    }
    case 'empirical':
      return dist.values.reduce((a, b) => a + b, 0) / Math.max(1, dist.values.length);
    default: {
      const never: never = dist;
      throw new Error(`unknown distribution ${JSON.stringify(never)}`);
    }
  }
}

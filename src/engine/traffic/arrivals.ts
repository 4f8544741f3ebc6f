/**
 * Lazily generated arrival times of one source (DESIGN §3 traffic patterns). `next()` gives the
 * next arrival time, or Infinity once the pattern (or the horizon) is exhausted. Poisson arrivals
 * step the cumulative load by Exp(1) draws; uniform ones by exactly 1, starting at ½ so that
 * N arrivals spread evenly over a window fall at its midpoints.
 */
import type { Traffic } from '../../scenario/types';
import { exponential, type Rng } from '../kernel/rng';
import { rateProfile } from './rateProfile';

export interface ArrivalStream {
  next(): number;
}

class ProfileArrivals implements ArrivalStream {
  private load: number;
  private readonly profile;

  constructor(
    traffic: Exclude<Traffic, { pattern: 'burst' }>,
    private readonly poisson: boolean,
    private readonly rng: Rng,
    private readonly horizon: number,
  ) {
    this.profile = rateProfile(traffic);
    this.load = poisson ? 0 : -0.5;
  }

  next(): number {
    this.load += this.poisson ? exponential(this.rng, 1) : 1;
    const t = this.profile.timeAt(this.load);
    return t < this.horizon ? t : Infinity;
  }
}

class BurstArrivals implements ArrivalStream {
  private index = 0;
  constructor(
    private readonly count: number,
    private readonly atSecond: number,
    private readonly overSeconds: number,
    private readonly horizon: number,
  ) {}

  next(): number {
    if (this.index >= this.count) return Infinity;
    const t = this.atSecond + (this.overSeconds * (this.index + 0.5)) / this.count;
    this.index += 1;
    const at = this.overSeconds === 0 ? this.atSecond : t;
    return at < this.horizon ? at : Infinity;
  }
}

/** The arrivals of `traffic` before `horizon`, drawing randomness from `rng`. */
export function arrivalStream(traffic: Traffic, rng: Rng, horizon: number): ArrivalStream {
  switch (traffic.pattern) {
    case 'burst':
      return new BurstArrivals(Math.floor(traffic.count), traffic.atSecond, traffic.overSeconds, horizon);
    case 'constant':
      return new ProfileArrivals(traffic, false, rng, horizon);
    case 'poisson':
      return new ProfileArrivals(traffic, true, rng, horizon);
    default:
      return new ProfileArrivals(traffic, traffic.arrivals === 'poisson', rng, horizon);
  }
}

/** The expected number of arrivals before `horizon` (for progress estimates and presets). */
export function expectedArrivals(traffic: Traffic, horizon: number): number {
  if (traffic.pattern === 'burst') return traffic.atSecond < horizon ? Math.floor(traffic.count) : 0;
  const profile = rateProfile(traffic);
  // Integrate λ numerically: cheap, and exact enough for an estimate.
  const steps = 512;
  let total = 0;
  for (let i = 0; i < steps; i += 1) total += profile.rateAt(((i + 0.5) * horizon) / steps) * (horizon / steps);
  return total;
}

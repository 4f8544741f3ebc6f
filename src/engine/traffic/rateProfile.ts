/**
 * Offered load as a rate over time, λ(t) per second, and the inverse of its running total
 * Λ(t) = ∫₀ᵗ λ: `timeAt(n)` is when the n-th unit of load has been offered. Arrivals are then
 * generated lazily by stepping n (DESIGN §2: "arrivals are generated lazily, one pending arrival
 * per source"). Rates are piecewise linear (constant, steps, ramp, spike, trace) or sinusoidal
 * (diurnal, inverted numerically).
 */
import type { Traffic } from '../../scenario/types';

export interface RateProfile {
  /** The time at which the cumulative offered load reaches `target` (non-decreasing calls), or Infinity. */
  timeAt(target: number): number;
  /** λ(t): the offered rate at time t (for display and tests). */
  rateAt(t: number): number;
}

/** A piece of the rate: linear from `fromRate` at `start` to `toRate` at `end` (end may be Infinity). */
interface Segment {
  start: number;
  end: number;
  fromRate: number;
  toRate: number;
  /** Cumulative load at `start`. */
  before: number;
}

function segmentLoad(s: Segment): number {
  return s.end === Infinity ? Infinity : ((s.fromRate + s.toRate) / 2) * (s.end - s.start);
}

class PiecewiseLinearProfile implements RateProfile {
  private readonly segments: Segment[];
  private cursor = 0;

  constructor(pieces: Omit<Segment, 'before'>[]) {
    let before = 0;
    this.segments = pieces
      .filter((p) => p.end > p.start)
      .map((p) => {
        const segment = { ...p, before };
        before += segmentLoad(segment);
        return segment;
      });
  }

  rateAt(t: number): number {
    const s = this.segments.find((x) => t >= x.start && t < x.end);
    if (!s) return 0;
    if (s.end === Infinity || s.fromRate === s.toRate) return s.fromRate;
    return s.fromRate + ((s.toRate - s.fromRate) * (t - s.start)) / (s.end - s.start);
  }

  timeAt(target: number): number {
    const segments = this.segments;
    while (this.cursor < segments.length) {
      const s = segments[this.cursor]!;
      const load = segmentLoad(s);
      const delta = target - s.before;
      if (delta <= load && !(load === 0 && delta === 0 && s.fromRate === 0)) {
        const t = s.start + solveLinear(s, delta);
        if (Number.isFinite(t)) return t;
      }
      this.cursor += 1;
    }
    return Infinity;
  }
}

/** The u ≥ 0 with fromRate·u + slope·u²/2 = delta inside the segment. */
function solveLinear(s: Segment, delta: number): number {
  if (delta <= 0) return 0;
  const slope = s.end === Infinity ? 0 : (s.toRate - s.fromRate) / (s.end - s.start);
  if (Math.abs(slope) < 1e-15) return s.fromRate > 0 ? delta / s.fromRate : Infinity;
  const disc = s.fromRate * s.fromRate + 2 * slope * delta;
  // Stable form of (−r0 + √disc) / slope.
  return (2 * delta) / (s.fromRate + Math.sqrt(Math.max(0, disc)));
}

/** λ(t) = mean·(1 + amplitude·sin(2πt/period)), 0 ≤ amplitude ≤ 1. */
class DiurnalProfile implements RateProfile {
  private last = 0;
  constructor(
    private readonly mean: number,
    private readonly amplitude: number,
    private readonly period: number,
  ) {}

  rateAt(t: number): number {
    return this.mean * (1 + this.amplitude * Math.sin((2 * Math.PI * t) / this.period));
  }

  private cumulative(t: number): number {
    const w = (2 * Math.PI) / this.period;
    return this.mean * (t + (this.amplitude / w) * (1 - Math.cos(w * t)));
  }

  timeAt(target: number): number {
    if (this.mean <= 0) return Infinity;
    // Λ is increasing with slope between mean·(1−a) and mean·(1+a): bracket, then bisect.
    let lo = this.last;
    let hi = lo + Math.max(1e-9, (target - this.cumulative(lo)) / (this.mean * Math.max(1e-6, 1 - this.amplitude)));
    hi = Math.max(hi, lo + this.period);
    while (this.cumulative(hi) < target) hi += this.period;
    for (let i = 0; i < 60 && hi - lo > 1e-9; i += 1) {
      const mid = (lo + hi) / 2;
      if (this.cumulative(mid) < target) lo = mid;
      else hi = mid;
    }
    this.last = lo;
    return hi;
  }
}

const constant = (rate: number) => new PiecewiseLinearProfile([{ start: 0, end: Infinity, fromRate: rate, toRate: rate }]);

/** The rate profile of a traffic pattern (burst has none: see arrivals.ts). */
export function rateProfile(traffic: Exclude<Traffic, { pattern: 'burst' }>): RateProfile {
  switch (traffic.pattern) {
    case 'constant':
    case 'poisson':
      return constant(traffic.rate);
    case 'steps': {
      const steps = traffic.steps;
      return new PiecewiseLinearProfile(
        steps.map((s, i) => ({
          start: s.atSecond,
          end: steps[i + 1]?.atSecond ?? Infinity,
          fromRate: s.rate,
          toRate: s.rate,
        })),
      );
    }
    case 'ramp': {
      const { fromRate, toRate, startSecond, endSecond } = traffic;
      return new PiecewiseLinearProfile([
        { start: 0, end: startSecond, fromRate, toRate: fromRate },
        { start: startSecond, end: endSecond, fromRate, toRate },
        { start: endSecond, end: Infinity, fromRate: toRate, toRate },
      ]);
    }
    case 'spike': {
      const { baseRate, peakRate, atSecond, durationSeconds } = traffic;
      return new PiecewiseLinearProfile([
        { start: 0, end: atSecond, fromRate: baseRate, toRate: baseRate },
        { start: atSecond, end: atSecond + durationSeconds, fromRate: peakRate, toRate: peakRate },
        { start: atSecond + durationSeconds, end: Infinity, fromRate: baseRate, toRate: baseRate },
      ]);
    }
    case 'trace': {
      const { bucketSeconds, counts } = traffic;
      return new PiecewiseLinearProfile(
        counts.map((count, i) => ({
          start: i * bucketSeconds,
          end: (i + 1) * bucketSeconds,
          fromRate: count / bucketSeconds,
          toRate: count / bucketSeconds,
        })),
      );
    }
    case 'diurnal':
      return new DiurnalProfile(traffic.meanRate, traffic.amplitude, traffic.periodSeconds);
    default: {
      const never: never = traffic;
      throw new Error(`unknown traffic pattern ${JSON.stringify(never)}`);
    }
  }
}

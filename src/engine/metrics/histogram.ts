/**
 * Percentiles in bounded memory: a log-bucketed histogram (2 % relative resolution from 0.1 ms
 * to about 4 days), so latency p50/p95/p99 need no per-request list.
 */
import type { LatencySummary } from '../resultTypes';

const MIN_SECONDS = 1e-4;
const GROWTH = 1.02;
const LOG_GROWTH = Math.log(GROWTH);
const SLOTS = 1100;

export class Histogram {
  private readonly counts = new Float64Array(SLOTS + 1);
  count = 0;
  sum = 0;
  private min = Infinity;
  private max = 0;

  add(seconds: number): void {
    const slot = seconds <= MIN_SECONDS ? 0 : Math.min(SLOTS, 1 + Math.floor(Math.log(seconds / MIN_SECONDS) / LOG_GROWTH));
    this.counts[slot]! += 1;
    this.count += 1;
    this.sum += seconds;
    if (seconds < this.min) this.min = seconds;
    if (seconds > this.max) this.max = seconds;
  }

  /** The q-quantile (0 < q ≤ 1): the geometric middle of its slot, within the values seen; 0 when empty. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    return Math.min(this.max, Math.max(this.min, this.slotQuantile(q)));
  }

  private slotQuantile(q: number): number {
    const rank = q * this.count;
    let seen = 0;
    for (let slot = 0; slot <= SLOTS; slot += 1) {
      seen += this.counts[slot]!;
      if (seen >= rank) {
        if (slot === 0) return MIN_SECONDS;
        return MIN_SECONDS * GROWTH ** (slot - 0.5);
      }
    }
    return MIN_SECONDS * GROWTH ** SLOTS;
  }

  summary(): LatencySummary {
    return {
      p50: round6(this.quantile(0.5)),
      p95: round6(this.quantile(0.95)),
      p99: round6(this.quantile(0.99)),
      mean: this.count > 0 ? round6(this.sum / this.count) : 0,
      count: this.count,
    };
  }
}

/** Rounds to microseconds, so results print cleanly and compare stably. */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * Metrics aggregated while the run goes (DESIGN §2: memory must not grow with the number of
 * requests). Time is cut into buckets of `bucketSeconds`; a counter adds into its bucket, a gauge
 * integrates its value over time (giving a time-weighted mean per bucket) and can also keep the
 * bucket's maximum (as CloudWatch's MAX statistic does for ConcurrentExecutions).
 */

/** Candidate bucket widths, seconds: the smallest that keeps a run within MAX_BUCKETS is used. */
const NICE_BUCKETS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600, 43200, 86400];
/** Upper bound on buckets per series: enough for a chart, bounded in memory. */
export const MAX_BUCKETS = 2000;

/** The bucket width for a run of `horizonSeconds`. */
export function chooseBucketSeconds(horizonSeconds: number): number {
  for (const width of NICE_BUCKETS) if (horizonSeconds / width <= MAX_BUCKETS) return width;
  return Math.ceil(horizonSeconds / MAX_BUCKETS / 86400) * 86400;
}

export class TimeBuckets {
  readonly buckets: number;
  constructor(
    readonly bucketSeconds: number,
    readonly horizon: number,
  ) {
    this.buckets = Math.max(1, Math.ceil(horizon / bucketSeconds));
  }

  index(t: number): number {
    const b = Math.floor(t / this.bucketSeconds);
    return b < this.buckets ? (b < 0 ? 0 : b) : this.buckets - 1;
  }
}

/** A per-bucket sum (Invocations, Throttles, CostUSD…). */
export class Counter {
  readonly values: Float64Array;
  total = 0;
  constructor(private readonly time: TimeBuckets) {
    this.values = new Float64Array(time.buckets);
  }

  add(t: number, amount = 1): void {
    this.values[this.time.index(t)]! += amount;
    this.total += amount;
  }
}

/** A quantity that holds a value between changes (environments by state, queue depth…). */
export class Gauge {
  /** Time-weighted sum per bucket; divided by the bucket width in finish(). */
  readonly values: Float64Array;
  readonly maxima: Float64Array | null;
  value = 0;
  peak = 0;
  private since = 0;
  private bucket = 0;
  private bucketEnd: number;

  constructor(
    private readonly time: TimeBuckets,
    keepMaxima: boolean,
  ) {
    this.values = new Float64Array(time.buckets);
    this.maxima = keepMaxima ? new Float64Array(time.buckets) : null;
    this.bucketEnd = time.bucketSeconds;
  }

  set(t: number, value: number): void {
    if (value === this.value) return;
    // Fast path: still inside the bucket of the last change.
    if (t < this.bucketEnd) this.values[this.bucket]! += this.value * (t - this.since);
    else this.integrateTo(t);
    this.since = t < this.time.horizon ? t : this.time.horizon;
    this.value = value;
    if (value > this.peak) this.peak = value;
    if (this.maxima && value > this.maxima[this.bucket]!) this.maxima[this.bucket] = value;
  }

  add(t: number, delta: number): void {
    this.set(t, this.value + delta);
  }

  /** Integrates the held value up to `t`, crossing buckets, and moves to t's bucket. */
  private integrateTo(t: number): void {
    const width = this.time.bucketSeconds;
    let from = this.since;
    const to = Math.min(t, this.time.horizon);
    let b = this.bucket;
    while (from < to) {
      const bucketEnd = Math.min((b + 1) * width, to);
      this.values[b]! += this.value * (bucketEnd - from);
      if (this.maxima && this.value > this.maxima[b]!) this.maxima[b] = this.value;
      from = bucketEnd;
      if (bucketEnd === (b + 1) * width && b + 1 < this.values.length) b += 1;
      else break;
    }
    this.since = to;
    this.bucket = this.time.index(to);
    this.bucketEnd = (this.bucket + 1) * width;
    if (this.maxima && this.value > this.maxima[this.bucket]!) this.maxima[this.bucket] = this.value;
  }

  /** Closes the integral at `end` and turns sums into time-weighted means. */
  finish(end: number): void {
    this.integrateTo(end);
    const width = this.time.bucketSeconds;
    for (let b = 0; b < this.values.length; b += 1) {
      const covered = Math.min(width, Math.max(0, end - b * width));
      this.values[b] = covered > 0 ? this.values[b]! / covered : 0;
    }
  }
}

/** A value recorded once per bucket by a sampling pass (queue depth, scaling ceiling…). */
export class Sampled {
  readonly values: Float64Array;
  constructor(time: TimeBuckets) {
    this.values = new Float64Array(time.buckets);
  }
  record(bucket: number, value: number): void {
    if (bucket >= 0 && bucket < this.values.length) this.values[bucket] = value;
  }
}

/**
 * Series → points to draw. A one-hour run at 1 s buckets has 3,600 values per metric; a chart is
 * about 1,000 px wide. Buckets inside the view window are grouped so there is at most one group
 * per pixel column, and each group is reduced the way its metric means (a peak stays a peak).
 */
import type { TimeWindow } from './timeAxis';

/** mean: time-averaged gauges; max: peaks; rate: per-bucket counts shown per second. */
export type Reduce = 'mean' | 'max' | 'rate';

/** Points for a step-after curve: [time, value] at each group start, and one more at the end. */
export type StepPoints = [number, number][];

export interface BucketRange {
  /** First bucket index in view. */
  i0: number;
  /** One past the last bucket index in view. */
  i1: number;
  /** Buckets per drawn group (≥ 1). */
  group: number;
}

export function bucketRange(buckets: number, bucketSeconds: number, window: TimeWindow, maxColumns: number): BucketRange {
  const i0 = Math.max(0, Math.min(buckets, Math.floor(window.t0 / bucketSeconds)));
  const i1 = Math.max(i0, Math.min(buckets, Math.ceil(window.t1 / bucketSeconds)));
  const group = Math.max(1, Math.ceil((i1 - i0) / Math.max(1, maxColumns)));
  return { i0, i1, group };
}

/** Reduces `values` over the range's groups. */
export function reduceSeries(values: ArrayLike<number>, bucketSeconds: number, range: BucketRange, reduce: Reduce): StepPoints {
  const points: StepPoints = [];
  const { i0, i1, group } = range;
  let last = 0;
  for (let start = i0; start < i1; start += group) {
    const end = Math.min(i1, start + group);
    let acc = reduce === 'max' ? -Infinity : 0;
    for (let i = start; i < end; i++) {
      const v = values[i] ?? 0;
      acc = reduce === 'max' ? Math.max(acc, v) : acc + v;
    }
    const n = end - start;
    last = reduce === 'max' ? acc : reduce === 'mean' ? acc / n : acc / (n * bucketSeconds);
    points.push([start * bucketSeconds, last]);
  }
  if (points.length > 0) points.push([i1 * bucketSeconds, last]);
  return points;
}

/** Sum of several reduced series that share a range (same group starts). */
export function addPoints(a: StepPoints, b: StepPoints): StepPoints {
  if (a.length === 0) return b;
  return a.map(([t, v], i) => [t, v + (b[i]?.[1] ?? 0)]);
}

/** The value of a bucketed series at time t (the bucket containing t). */
export function valueAt(values: ArrayLike<number> | undefined, bucketSeconds: number, t: number): number | null {
  if (!values || values.length === 0) return null;
  const i = Math.min(values.length - 1, Math.max(0, Math.floor(t / bucketSeconds)));
  return values[i] ?? null;
}

export function maxOf(points: StepPoints): number {
  let max = 0;
  for (const [, v] of points) if (v > max) max = v;
  return max;
}

/** Reading series out of a result: per function, summed over functions, per source. */
import type { SeriesGroup, SimulationResult } from '../../engine/resultTypes';

/** The element-wise sum of `metric` over groups; undefined when no group has it. */
export function sumMetric(groups: SeriesGroup[], metric: string): Float64Array | undefined {
  let sum: Float64Array | undefined;
  for (const group of groups) {
    const values = group[metric];
    if (!values) continue;
    sum ??= new Float64Array(values.length);
    for (let i = 0; i < values.length && i < sum.length; i++) sum[i] = (sum[i] ?? 0) + (values[i] ?? 0);
  }
  return sum;
}

/** The series groups of the functions in view: one function, or all of them. */
export function functionGroups(result: SimulationResult, functionFilter: string | null): SeriesGroup[] {
  const all = result.series.functions;
  if (functionFilter !== null) return all[functionFilter] ? [all[functionFilter]] : [];
  return Object.values(all);
}

export function hasNonZero(values: ArrayLike<number> | undefined): boolean {
  if (!values) return false;
  for (let i = 0; i < values.length; i++) if ((values[i] ?? 0) !== 0) return true;
  return false;
}

export function total(values: ArrayLike<number> | undefined): number {
  let sum = 0;
  if (values) for (let i = 0; i < values.length; i++) sum += values[i] ?? 0;
  return sum;
}

/** The run's length in simulated seconds (what the time axis spans). */
export function runDuration(result: SimulationResult): number {
  const seconds = result.summary.simulatedSeconds;
  if (seconds > 0) return seconds;
  return result.series.buckets * result.series.bucketSeconds || 1;
}

/** The largest value (0 for none), without spreading a long array into arguments. */
export function peakOf(values: ArrayLike<number> | undefined): number {
  let peak = 0;
  if (values) for (let i = 0; i < values.length; i++) if ((values[i] ?? 0) > peak) peak = values[i] ?? 0;
  return peak;
}

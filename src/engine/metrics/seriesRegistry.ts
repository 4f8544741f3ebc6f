/**
 * Where every time series of a run is created and named. Groups: the account, each function (by
 * name) and each source (by index). Names follow CloudWatch where a metric exists (DESIGN §4).
 */
import type { Series, SeriesGroup } from '../resultTypes';
import { Counter, Gauge, Sampled, type TimeBuckets } from './timeSeries';

export type SeriesGroupKey = { kind: 'account' } | { kind: 'function'; name: string } | { kind: 'source'; index: number };

interface Entry {
  group: SeriesGroupKey;
  name: string;
  series: Counter | Gauge | Sampled;
  /** For gauges with maxima: publish the maxima under `name` and the mean under `meanName`. */
  meanName: string | null;
}

export class SeriesRegistry {
  private readonly entries: Entry[] = [];
  private readonly derived: { group: SeriesGroupKey; name: string; values: Float64Array }[] = [];

  constructor(readonly time: TimeBuckets) {}

  counter(group: SeriesGroupKey, name: string): Counter {
    const series = new Counter(this.time);
    this.entries.push({ group, name, series, meanName: null });
    return series;
  }

  /** A time-averaged gauge; with `maxName`, its per-bucket maximum is published too. */
  gauge(group: SeriesGroupKey, name: string, maxName: string | null = null): Gauge {
    const series = new Gauge(this.time, maxName !== null);
    this.entries.push({ group, name: maxName ?? name, series, meanName: maxName === null ? null : name });
    return series;
  }

  sampled(group: SeriesGroupKey, name: string): Sampled {
    const series = new Sampled(this.time);
    this.entries.push({ group, name, series, meanName: null });
    return series;
  }

  /** A series computed at the end from others (e.g. mean Duration = sum / count). */
  addDerived(group: SeriesGroupKey, name: string, values: Float64Array): void {
    this.derived.push({ group, name, values });
  }

  /** Closes every gauge at `end`. */
  finish(end: number): void {
    for (const entry of this.entries) if (entry.series instanceof Gauge) entry.series.finish(end);
  }

  build(functionNames: string[], sourceCount: number): Series {
    const series: Series = {
      bucketSeconds: this.time.bucketSeconds,
      buckets: this.time.buckets,
      account: {},
      functions: Object.fromEntries(functionNames.map((n) => [n, {} as SeriesGroup])),
      sources: Array.from({ length: sourceCount }, () => ({}) as SeriesGroup),
    };
    const target = (g: SeriesGroupKey): SeriesGroup =>
      g.kind === 'account' ? series.account : g.kind === 'function' ? series.functions[g.name]! : series.sources[g.index]!;
    for (const entry of this.entries) {
      const group = target(entry.group);
      if (entry.series instanceof Gauge && entry.series.maxima) {
        group[entry.name] = entry.series.maxima;
        if (entry.meanName) group[entry.meanName] = entry.series.values;
      } else group[entry.name] = entry.series.values;
    }
    for (const d of this.derived) target(d.group)[d.name] = d.values;
    return series;
  }
}

/**
 * Queues panel, as data: one row per source that queues work. Async: Lambda's internal event queue
 * (depth, age of the oldest event). SQS: messages visible and in flight, age of the oldest.
 * Streams: backlog and iterator age, per shard when the engine reported shards. Synchronous
 * sources do not queue: a request is served or throttled at once.
 */
import type { SimulationResult } from '../../../engine/resultTypes';
import type { Scenario, Source } from '../../../scenario/types';
import { buildTimeChart, type ChartGeometry, type LayerSpec, type LineSpec } from '../../charts/chartGeometry';
import { bucketRange, reduceSeries, valueAt, type BucketRange } from '../../charts/downsample';
import { COLORS, cycleColor } from '../../charts/palette';
import { hasNonZero, peakOf } from '../../charts/seriesAccess';
import type { TimeWindow } from '../../charts/timeAxis';

export interface QueueChart {
  key: string;
  title: string;
  geometry: ChartGeometry;
  legend: { key: string; label: string; color: string; shape: 'area' | 'line' }[];
  /** The unit of the legend's values at the playhead ('' = a count). */
  unit: string;
  note: string | null;
}

export interface QueueRow {
  sourceIndex: number;
  title: string;
  explanation: string;
  charts: QueueChart[];
}

export interface QueuesView {
  rows: QueueRow[];
  /** Why nothing is drawn, when nothing is. */
  empty: string | null;
}

const HEIGHT = 150;
const MAX_SHARD_LINES = 8;

interface Ctx {
  group: Record<string, Float64Array>;
  bucketSeconds: number;
  range: BucketRange;
  window: TimeWindow;
  width: number;
}

function chart(ctx: Ctx, key: string, title: string, yLabel: string, parts: { stacked?: LayerSpec[]; lines?: LineSpec[] }, note: string | null = null): QueueChart | null {
  const stacked = parts.stacked ?? [];
  const lines = parts.lines ?? [];
  if (stacked.length + lines.length === 0) return null;
  const geometry = buildTimeChart({ width: ctx.width, height: HEIGHT, window: ctx.window, stacked, lines, yLabel });
  return {
    key,
    title,
    geometry,
    unit: yLabel === 'seconds' ? 's' : '',
    legend: [
      ...stacked.map((s) => ({ key: s.key, label: s.label, color: s.color, shape: 'area' as const })),
      ...lines.map((l) => ({ key: l.key, label: l.label, color: l.color, shape: 'line' as const })),
    ],
    note,
  };
}

function lineOf(ctx: Ctx, metric: string, label: string, color: string, reduce: 'mean' | 'max' = 'max'): LineSpec[] {
  const values = ctx.group[metric];
  return values ? [{ key: metric, label, color, width: 2, points: reduceSeries(values, ctx.bucketSeconds, ctx.range, reduce) }] : [];
}

function areaOf(ctx: Ctx, metric: string, label: string, color: string): LayerSpec[] {
  const values = ctx.group[metric];
  return values ? [{ key: metric, label, color, points: reduceSeries(values, ctx.bucketSeconds, ctx.range, 'mean') }] : [];
}

/** Per-shard lines (`Metric:shard-0`…), the busiest first, at most MAX_SHARD_LINES; else the total. */
function shardLines(ctx: Ctx, metric: string, label: string): { lines: LineSpec[]; note: string | null } {
  const shards = Object.keys(ctx.group)
    .filter((k) => k.startsWith(`${metric}:`))
    .map((k) => ({ key: k, values: ctx.group[k] ?? new Float64Array(), peak: peakOf(ctx.group[k]) }));
  if (shards.length === 0) return { lines: lineOf(ctx, metric, label, COLORS.blue), note: null };
  const shown = [...shards].sort((a, b) => b.peak - a.peak || a.key.localeCompare(b.key)).slice(0, MAX_SHARD_LINES);
  shown.sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
  return {
    lines: shown.map((s, i) => ({ key: s.key, label: s.key.slice(metric.length + 1), color: cycleColor(i), width: 1.5, points: reduceSeries(s.values, ctx.bucketSeconds, ctx.range, 'max') })),
    note: shards.length > shown.length ? `${shown.length} busiest of ${shards.length} shards shown` : null,
  };
}

function rowFor(source: Source, ctx: Ctx): Omit<QueueRow, 'sourceIndex'> | null {
  const compact = (charts: (QueueChart | null)[]) => charts.filter((c): c is QueueChart => c !== null);
  switch (source.type) {
    case 'sync':
      return null;
    case 'async':
      return {
        title: `Async events → ${source.function}`,
        explanation: 'Lambda’s internal queue holds events until the function has concurrency to take them; retries wait here too.',
        charts: compact([
          chart(ctx, 'depth', 'Events waiting', 'events', { stacked: areaOf(ctx, 'AsyncQueueDepth', 'Queue depth', COLORS.blue), lines: lineOf(ctx, 'AsyncEventsDropped', 'Dropped (per interval)', COLORS.vermillion) }),
          chart(ctx, 'age', 'Age of the oldest event', 'seconds', { lines: lineOf(ctx, 'AsyncEventAge', 'Oldest event age', COLORS.orange) }),
        ]),
      };
    case 'sqs':
      return {
        title: `SQS queue → ${source.function}`,
        explanation: 'Visible messages wait for pollers; in-flight ones are hidden for the visibility timeout while a batch runs.',
        charts: compact([
          chart(ctx, 'messages', 'Messages', 'messages', {
            stacked: [
              ...areaOf(ctx, 'ApproximateNumberOfMessagesVisible', 'Visible (waiting)', COLORS.blue),
              ...areaOf(ctx, 'ApproximateNumberOfMessagesNotVisible', 'In flight (invisible)', COLORS.sky),
            ],
          }),
          chart(ctx, 'age', 'Age of the oldest message', 'seconds', { lines: lineOf(ctx, 'ApproximateAgeOfOldestMessage', 'Oldest message age', COLORS.orange) }),
          chart(ctx, 'pollers', 'Concurrent batches the pollers may run', 'batches', { lines: lineOf(ctx, 'PollerConcurrency', 'Poller concurrency', COLORS.purple) }),
        ]),
      };
    case 'kinesis':
    case 'dynamodb': {
      const backlog = shardLines(ctx, 'ShardBacklog', 'Backlog');
      const age = shardLines(ctx, 'IteratorAge', 'Iterator age');
      return {
        title: `${source.type === 'kinesis' ? 'Kinesis stream' : 'DynamoDB stream'} → ${source.function} (${source.shards} shard${source.shards === 1 ? '' : 's'})`,
        explanation: 'Each shard is read in order, one batch at a time per shard; a failing batch blocks its shard and the iterator age grows.',
        charts: compact([
          chart(ctx, 'backlog', 'Records not yet processed, per shard', 'records', { lines: backlog.lines }, backlog.note),
          chart(ctx, 'age', 'Iterator age (age of the last record read), per shard', 'seconds', { lines: age.lines }, age.note),
        ]),
      };
    }
    default: {
      const never: never = source;
      return never;
    }
  }
}

export function selectQueues(result: SimulationResult, scenario: Scenario, window: TimeWindow, width: number): QueuesView {
  const { bucketSeconds, buckets } = result.series;
  const range = bucketRange(buckets, bucketSeconds, window, width - 80);
  const rows: QueueRow[] = [];
  scenario.sources.forEach((source, sourceIndex) => {
    const group = result.series.sources[sourceIndex] ?? {};
    const row = rowFor(source, { group, bucketSeconds, range, window, width });
    if (row && row.charts.length > 0) rows.push({ sourceIndex, ...row });
    else if (row) rows.push({ sourceIndex, ...row, explanation: `${row.explanation} (The engine reported no queue metrics for this source.)` });
  });
  if (rows.length > 0) return { rows, empty: null };
  return {
    rows,
    empty: 'No async, SQS or stream sources in this scenario: synchronous requests never queue — each is served at once or throttled.',
  };
}

/** Each legend key's reported value at time t for one source (null = not reported then). */
export function queueReadoutAt(result: SimulationResult, sourceIndex: number, keys: string[], t: number): Record<string, number | null> {
  const group = result.series.sources[sourceIndex] ?? {};
  const out: Record<string, number | null> = {};
  for (const key of keys) out[key] = valueAt(group[key], result.series.bucketSeconds, t);
  return out;
}

/** Whether any queue ever held anything (for a one-line status in the panel header). */
export function anyBacklog(result: SimulationResult): boolean {
  return result.series.sources.some((g) =>
    ['AsyncQueueDepth', 'ApproximateNumberOfMessagesVisible', 'ShardBacklog'].some((m) => hasNonZero(g[m])),
  );
}

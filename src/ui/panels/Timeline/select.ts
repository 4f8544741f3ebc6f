/**
 * Cold-start timeline, as data: one row per execution environment the engine kept, coloured by
 * what it was doing. A one-hour run may have thousands of sub-pixel busy spans per row, so each
 * pixel column takes the state that filled most of it, and each state becomes one SVG path over
 * all rows (a handful of DOM nodes however many spans there are). Hover looks spans up exactly.
 */
import type { EnvironmentInfo, EnvironmentSpan, SimulationResult, SpanKind } from '../../../engine/resultTypes';
import { STATE_COLORS } from '../../charts/palette';
import { formatSeconds } from '../../lib/format';
import { MARGIN, timeScale, timeTicks, type Tick, type TimeScale, type TimeWindow } from '../../charts/timeAxis';

/** Drawn states: the engine's span kinds, with busy split by environment type. */
export type DrawnKind = Exclude<SpanKind, 'busy'> | 'busyOnDemand' | 'busyProvisioned';

export const KIND_LEGEND: { kind: DrawnKind; label: string; color: string }[] = [
  { kind: 'init', label: 'Initialising (cold start)', color: STATE_COLORS.init },
  { kind: 'busyOnDemand', label: 'Busy (on-demand environment)', color: STATE_COLORS.busyOnDemand },
  { kind: 'busyProvisioned', label: 'Busy (provisioned environment)', color: STATE_COLORS.busyProvisioned },
  { kind: 'idle', label: 'Idle, warm (waiting to be reused or reaped)', color: STATE_COLORS.idle },
  { kind: 'provisionedIdle', label: 'Provisioned, ready', color: STATE_COLORS.provisionedIdle },
  { kind: 'allocating', label: 'Provisioned, allocating', color: STATE_COLORS.allocating },
];
const KIND_INDEX = new Map(KIND_LEGEND.map((k, i) => [k.kind, i]));

/** Row height in px: roomy for a few rows, compact for many. */
export function rowHeightFor(rows: number): number {
  return rows <= 30 ? 14 : rows <= 60 ? 11 : 9;
}
export const MAX_ROWS = 150;
const INIT_TICK_PX = 2.5;

export interface TimelineRow {
  env: number;
  info: EnvironmentInfo;
  y: number;
  label: string;
  /** x of the reaping, when inside the window. */
  reapedX: number | null;
}

export interface TimelineView {
  x: TimeScale;
  xTicks: Tick[];
  width: number;
  height: number;
  rowHeight: number;
  rows: TimelineRow[];
  layers: { kind: DrawnKind; label: string; color: string; d: string }[];
  /** Cold-start ticks (at least a few px wide), drawn over the layers. */
  initTicks: string;
  /** Where the kept state changes stop, when before the end of the window: [x, label]. */
  cut: { x: number; label: string } | null;
  coldStartsInView: number;
  note: string | null;
  empty: string | null;
}

export function drawnKind(span: EnvironmentSpan, provisioned: boolean): DrawnKind {
  if (span.kind !== 'busy') return span.kind;
  return provisioned ? 'busyProvisioned' : 'busyOnDemand';
}

/** Spans per environment, in start order (for drawing and for hover look-ups). */
export function spansByEnv(spans: EnvironmentSpan[]): Map<number, EnvironmentSpan[]> {
  const map = new Map<number, EnvironmentSpan[]>();
  for (const span of spans) {
    const list = map.get(span.env);
    if (list) list.push(span);
    else map.set(span.env, [span]);
  }
  for (const list of map.values()) list.sort((a, b) => a.start - b.start);
  return map;
}

/** The span of `env` covering time t, if any (binary search). */
export function spanAt(spans: EnvironmentSpan[] | undefined, t: number): EnvironmentSpan | null {
  if (!spans) return null;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid];
    if (!span) break;
    if (t < span.start) hi = mid - 1;
    else if (t >= span.end) lo = mid + 1;
    else return span;
  }
  return null;
}

/** Where the kept spans stop, when the engine stopped keeping them before the run ended. */
function spansCutAt(result: SimulationResult): number | null {
  const { spans, spansTotal } = result.environments;
  if (spansTotal <= spans.length) return null;
  let last = 0;
  for (const span of spans) if (span.end > last) last = span.end;
  return last;
}

function rowRuns(spans: EnvironmentSpan[], provisioned: boolean, pxPerSecond: number, cols: number, window: TimeWindow) {
  const K = KIND_LEGEND.length;
  const cover = new Float64Array(cols * K);
  let coldStarts = 0;
  for (const span of spans) {
    if (span.end <= window.t0 || span.start >= window.t1) continue;
    if (span.kind === 'init') coldStarts++;
    const k = KIND_INDEX.get(drawnKind(span, provisioned)) ?? 0;
    const x0 = (Math.max(span.start, window.t0) - window.t0) * pxPerSecond;
    const x1 = (Math.min(span.end, window.t1) - window.t0) * pxPerSecond;
    for (let c = Math.max(0, Math.floor(x0)); c < Math.min(cols, Math.ceil(x1)); c++) {
      cover[c * K + k] = (cover[c * K + k] ?? 0) + Math.min(x1, c + 1) - Math.max(x0, c);
    }
  }
  const runs: { k: number; c0: number; c1: number }[] = [];
  // Cold starts are short: each also gets a tick at least INIT_TICK_PX wide, drawn on top.
  const inits: [number, number][] = [];
  for (const span of spans) {
    if (span.kind !== 'init' || span.end <= window.t0 || span.start >= window.t1) continue;
    const x0 = (Math.max(span.start, window.t0) - window.t0) * pxPerSecond;
    const x1 = (Math.min(span.end, window.t1) - window.t0) * pxPerSecond;
    inits.push([x0, Math.max(x1, x0 + INIT_TICK_PX)]);
  }
  for (let c = 0; c < cols; c++) {
    let best = -1;
    let bestCover = 0.05;
    for (let k = 0; k < K; k++) {
      const value = cover[c * K + k] ?? 0;
      if (value > bestCover) {
        bestCover = value;
        best = k;
      }
    }
    if (best < 0) continue;
    const last = runs[runs.length - 1];
    if (last && last.k === best && last.c1 === c) last.c1 = c + 1;
    else runs.push({ k: best, c0: c, c1: c + 1 });
  }
  return { runs, coldStarts, inits };
}

export function selectTimeline(
  result: SimulationResult,
  functionFilter: string | null,
  window: TimeWindow,
  width: number,
  byEnv: Map<number, EnvironmentSpan[]> = spansByEnv(result.environments.spans),
): TimelineView {
  const { environments } = result;
  const x = timeScale(window, width);
  const kept = environments.kept.filter((e) => functionFilter === null || e.function === functionFilter).sort((a, b) => a.createdAt - b.createdAt || a.env - b.env);
  const shown = kept.slice(0, MAX_ROWS);
  const left = MARGIN.left;
  const cols = Math.max(1, Math.ceil(width - MARGIN.right - left));
  const paths = KIND_LEGEND.map(() => [] as string[]);
  const rowHeight = rowHeightFor(shown.length);
  const pxPerSecond = cols / Math.max(1e-9, window.t1 - window.t0);
  let coldStartsInView = 0;
  const ticks: string[] = [];
  const rows = shown.map((info, i): TimelineRow => {
    const y = MARGIN.top + i * rowHeight;
    const { runs, coldStarts, inits } = rowRuns(byEnv.get(info.env) ?? [], info.provisioned, pxPerSecond, cols, window);
    coldStartsInView += coldStarts;
    for (const [x0, x1] of inits) ticks.push(`M${(left + x0).toFixed(1)},${y}h${(x1 - x0).toFixed(1)}v${rowHeight - 2}h${(x0 - x1).toFixed(1)}z`);
    for (const run of runs) paths[run.k]?.push(`M${left + run.c0},${y}h${run.c1 - run.c0}v${rowHeight - 2}h${run.c0 - run.c1}z`);
    const reaped = info.reapedAt !== null && info.reapedAt >= window.t0 && info.reapedAt <= window.t1 ? x(info.reapedAt) : null;
    return { env: info.env, info, y, label: `#${info.env}`, reapedX: reaped };
  });
  const notes: string[] = [];
  if (kept.length > shown.length) notes.push(`showing the first ${shown.length} of ${kept.length} environments kept`);
  const cut = spansCutAt(result);
  if (cut !== null) notes.push(`the engine kept the first ${environments.spans.length.toLocaleString('en-US')} of ${environments.spansTotal.toLocaleString('en-US')} state changes, so rows stop at ${formatSeconds(cut)}`);
  if (environments.total > environments.kept.length) notes.push(`the engine created ${environments.total.toLocaleString('en-US')} in all and kept the first ${environments.kept.length.toLocaleString('en-US')}`);
  return {
    x,
    xTicks: timeTicks(x, Math.max(2, Math.floor(cols / 90))),
    width,
    height: MARGIN.top + Math.max(1, rows.length) * rowHeight + MARGIN.bottom,
    rowHeight,
    rows,
    layers: KIND_LEGEND.map((k, i) => ({ ...k, d: (paths[i] ?? []).join('') })),
    initTicks: ticks.join(''),
    cut: cut !== null && cut < window.t1 ? { x: x(Math.max(cut, window.t0)), label: `state changes after ${formatSeconds(cut)} were not kept` } : null,
    coldStartsInView,
    note: notes.length ? `${notes.join('; ')}.` : null,
    empty:
      environments.total === 0
        ? 'No execution environment was created: no request reached a function in this run.'
        : rows.length === 0
          ? 'No environment of this function was kept for the timeline.'
          : null,
  };
}

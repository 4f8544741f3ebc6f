/**
 * The timeline without a mouse: a cursor on one span of one environment row. ← and → move along
 * the row, ↑ and ↓ to the neighbouring row (to the span nearest in time), Home and End to the
 * row's first and last span. What a span is, in words, is shared with the hover tooltip.
 */
import type { EnvironmentSpan } from '../../../engine/resultTypes';
import type { TimeWindow } from '../../charts/timeAxis';
import { formatSeconds } from '../../lib/format';
import { KIND_LEGEND, drawnKind, type TimelineRow } from './select';

export interface SpanCursor {
  /** Index into the view's rows. */
  row: number;
  /** Index into that environment's spans (start order). */
  index: number;
}

type ByEnv = Map<number, EnvironmentSpan[]>;

/** What an environment was doing: a span, or (at time t, outside any span) reaped / not yet alive. */
export function describeSpan(row: TimelineRow, span: EnvironmentSpan | null, t: number): string {
  const { info } = row;
  const what = span
    ? `${KIND_LEGEND.find((k) => k.kind === drawnKind(span, info.provisioned))?.label ?? span.kind}, ${formatSeconds(span.start)} → ${formatSeconds(span.end)}${span.detail ? ` · ${span.detail}` : ''}`
    : info.reapedAt !== null && t >= info.reapedAt
      ? `reaped at ${formatSeconds(info.reapedAt)}`
      : 'not alive yet';
  return `Environment #${row.env} (${info.function}${info.provisioned ? ', provisioned' : ''}, ${info.invocations} invocations): ${what}`;
}

/** The first span in view on the first row that has one. */
export function initialCursor(rows: TimelineRow[], byEnv: ByEnv, window: TimeWindow): SpanCursor | null {
  for (let row = 0; row < rows.length; row++) {
    const spans = byEnv.get(rows[row]!.env) ?? [];
    if (spans.length === 0) continue;
    const inView = spans.findIndex((s) => s.end > window.t0);
    return { row, index: inView < 0 ? spans.length - 1 : inView };
  }
  return null;
}

/** The span of `spans` nearest to time t (covering it, else closest by either end). */
function nearest(spans: EnvironmentSpan[], t: number): number {
  let best = 0;
  let bestGap = Infinity;
  spans.forEach((s, i) => {
    const gap = t < s.start ? s.start - t : t > s.end ? t - s.end : 0;
    if (gap < bestGap) {
      bestGap = gap;
      best = i;
    }
  });
  return best;
}

/** The cursor after a key press; null when the key is not one the timeline uses. */
export function moveCursor(cursor: SpanCursor, key: string, rows: TimelineRow[], byEnv: ByEnv): SpanCursor | null {
  const spansOf = (row: number) => byEnv.get(rows[row]?.env ?? -1) ?? [];
  const last = spansOf(cursor.row).length - 1;
  switch (key) {
    case 'ArrowRight':
      return { ...cursor, index: Math.min(last, cursor.index + 1) };
    case 'ArrowLeft':
      return { ...cursor, index: Math.max(0, cursor.index - 1) };
    case 'Home':
      return { ...cursor, index: 0 };
    case 'End':
      return { ...cursor, index: Math.max(0, last) };
    case 'ArrowUp':
    case 'ArrowDown': {
      const step = key === 'ArrowUp' ? -1 : 1;
      const current = spansOf(cursor.row)[cursor.index];
      for (let row = cursor.row + step; row >= 0 && row < rows.length; row += step) {
        const spans = spansOf(row);
        if (spans.length > 0) return { row, index: current ? nearest(spans, (current.start + current.end) / 2) : 0 };
      }
      return cursor;
    }
    default:
      return null;
  }
}

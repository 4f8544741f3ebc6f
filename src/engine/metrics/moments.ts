/**
 * Notable moments of a run, in time order, with readable text ("t=0.2 s: scaling tokens ran out…"),
 * for the narration panel. Bounded: a key is told once, and at most MAX_MOMENTS are kept.
 */
import type { Moment, MomentKind } from '../resultTypes';

export const MAX_MOMENTS = 300;

export class Moments {
  private readonly list: Moment[] = [];
  private readonly told = new Set<string>();
  dropped = 0;

  /**
   * Records a moment once per `key` (defaults to kind + function + source). Pass the text as a
   * function where the call sits on a hot path: it is built only the first time.
   */
  once(t: number, kind: MomentKind, text: string | (() => string), extra: { function?: string; sourceIndex?: number; key?: string } = {}): void {
    const key = extra.key ?? `${kind}|${extra.function ?? ''}|${extra.sourceIndex ?? ''}`;
    if (this.told.has(key)) return;
    this.told.add(key);
    this.add(t, kind, typeof text === 'function' ? text() : text, extra);
  }

  add(t: number, kind: MomentKind, text: string, extra: { function?: string; sourceIndex?: number } = {}): void {
    if (this.list.length >= MAX_MOMENTS) {
      this.dropped += 1;
      return;
    }
    const moment: Moment = { t: Math.round(t * 1000) / 1000, kind, text };
    if (extra.function !== undefined) moment.function = extra.function;
    if (extra.sourceIndex !== undefined) moment.sourceIndex = extra.sourceIndex;
    this.list.push(moment);
  }

  /** Moments sorted by time (stable for equal times). */
  sorted(): Moment[] {
    return this.list.map((m, i) => ({ m, i })).sort((a, b) => a.m.t - b.m.t || a.i - b.i).map((x) => x.m);
  }
}

/** Seconds in a short readable form: 0.2 s, 1 min 30 s, 2 h 5 min. */
export function formatSeconds(s: number): string {
  if (s < 60) return `${Number(s.toFixed(s < 10 ? 2 : 1))} s`;
  if (s < 3600) {
    const m = Math.floor(s / 60);
    const rest = Math.round(s - m * 60);
    return rest ? `${m} min ${rest} s` : `${m} min`;
  }
  const h = Math.floor(s / 3600);
  const m = Math.round((s - h * 3600) / 60);
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** A count with thousands separators. */
export function formatCount(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * The shared time axis: every panel maps simulated seconds to pixels the same way, so one playhead
 * lines up across them. Ticks fall on human steps (10 s, 5 min, 1 h, 1 d…), not d3's decimal ones.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** Plot margins shared by every time chart (the left one holds y labels; all align). */
export const MARGIN = { top: 10, right: 18, bottom: 30, left: 64 } as const;

/** The visible stretch of simulated time, in seconds. */
export interface TimeWindow {
  t0: number;
  t1: number;
}

export type TimeScale = ScaleLinear<number, number>;

export function timeScale(window: TimeWindow, width: number): TimeScale {
  const span = window.t1 > window.t0 ? window : { t0: window.t0, t1: window.t0 + 1 };
  return scaleLinear().domain([span.t0, span.t1]).range([MARGIN.left, Math.max(MARGIN.left + 1, width - MARGIN.right)]);
}

const STEPS = [
  0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600,
  7200, 10800, 21600, 43200, 86400, 172800, 604800, 1209600, 2592000,
];

/** The smallest human step giving at most `maxTicks` ticks over `span` seconds. */
export function niceTimeStep(span: number, maxTicks: number): number {
  for (const step of STEPS) if (span / step <= maxTicks) return step;
  return Math.ceil(span / maxTicks / 2592000) * 2592000;
}

/** A tick label in the step's unit: "30 s", "5 min", "2 h", "3 d". */
export function formatTick(t: number, step: number): string {
  const round = (v: number) => String(Number(v.toFixed(3)));
  if (step < 60) return `${round(t)} s`;
  if (step < 3600) return `${round(t / 60)} min`;
  if (step < 86400) return `${round(t / 3600)} h`;
  return `${round(t / 86400)} d`;
}

export interface Tick {
  /** Pixel position. */
  pos: number;
  label: string;
  value: number;
}

export function timeTicks(scale: TimeScale, maxTicks: number): Tick[] {
  const [t0 = 0, t1 = 1] = scale.domain();
  const step = niceTimeStep(t1 - t0, maxTicks);
  const ticks: Tick[] = [];
  for (let k = Math.ceil(t0 / step - 1e-9); k * step <= t1 + 1e-9; k++) {
    const value = k * step;
    ticks.push({ pos: scale(value), label: formatTick(value, step), value });
  }
  return ticks;
}

/** A view window zoomed by `factor` (< 1 zooms in) around `center`, kept inside [0, duration]. */
export function zoomWindow(window: TimeWindow, factor: number, center: number, duration: number, minSpan = 1): TimeWindow {
  const span = Math.min(duration, Math.max(minSpan, (window.t1 - window.t0) * factor));
  const ratio = window.t1 > window.t0 ? (center - window.t0) / (window.t1 - window.t0) : 0.5;
  return clampWindow({ t0: center - span * ratio, t1: center - span * ratio + span }, duration);
}

/** A window moved by `delta` seconds, kept inside [0, duration]. */
export function panWindow(window: TimeWindow, delta: number, duration: number): TimeWindow {
  return clampWindow({ t0: window.t0 + delta, t1: window.t1 + delta }, duration);
}

function clampWindow(window: TimeWindow, duration: number): TimeWindow {
  const span = Math.min(window.t1 - window.t0, duration);
  const t0 = Math.min(Math.max(0, window.t0), duration - span);
  return { t0, t1: t0 + span };
}

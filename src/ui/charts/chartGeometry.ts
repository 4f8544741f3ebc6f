/**
 * A time chart computed as data: scales, ticks, and SVG path strings from d3. Pure (no DOM), so
 * panels' select.ts can build it and tests can check it; ChartSvg only renders it.
 */
import { scaleLinear } from 'd3-scale';
import { area, curveStepAfter, line } from 'd3-shape';
import { maxOf, type StepPoints } from './downsample';
import { formatCompact } from '../lib/format';
import { MARGIN, timeScale, timeTicks, type Tick, type TimeScale, type TimeWindow } from './timeAxis';

export interface LayerSpec {
  key: string;
  label: string;
  color: string;
  points: StepPoints;
}

export interface LineSpec extends LayerSpec {
  dash?: string;
  width?: number;
  /** A limit or capacity line: it does not stretch the y axis when far above the data. */
  reference?: boolean;
}

export interface ChartSpec {
  width: number;
  height: number;
  window: TimeWindow;
  /** Stacked areas, bottom first. */
  stacked?: LayerSpec[];
  lines?: LineSpec[];
  /** The y axis title, with its unit. */
  yLabel: string;
  /** The y axis reaches at least this high (so side-by-side charts can share a scale). */
  yFloor?: number;
}

export interface AreaShape {
  key: string;
  label: string;
  color: string;
  d: string;
}

export interface LineShape extends AreaShape {
  dash: string | undefined;
  width: number;
  /** Part or all of the line is above the top of the chart. */
  offScale: boolean;
}

export interface ChartGeometry {
  width: number;
  height: number;
  x: TimeScale;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  yLabel: string;
  yMax: number;
  areas: AreaShape[];
  lines: LineShape[];
}

/** How far above the data a reference line may be and still set the scale. */
const REFERENCE_HEADROOM = 3;

function stackLayers(layers: LayerSpec[]): { spec: LayerSpec; lower: StepPoints; upper: StepPoints }[] {
  let base: StepPoints = [];
  return layers.map((spec) => {
    const lower = base.length ? base : spec.points.map(([t]): [number, number] => [t, 0]);
    const upper = spec.points.map(([t, v], i): [number, number] => [t, v + (lower[i]?.[1] ?? 0)]);
    base = upper;
    return { spec, lower, upper };
  });
}

export function buildTimeChart(spec: ChartSpec): ChartGeometry {
  const x = timeScale(spec.window, spec.width);
  const plot = { left: MARGIN.left, right: spec.width - MARGIN.right, top: MARGIN.top, bottom: spec.height - MARGIN.bottom };
  const stacks = stackLayers(spec.stacked ?? []);
  const lines = spec.lines ?? [];
  const dataMax = Math.max(
    stacks.length ? maxOf(stacks[stacks.length - 1]?.upper ?? []) : 0,
    ...lines.filter((l) => !l.reference).map((l) => maxOf(l.points)),
  );
  const refCap = dataMax > 0 ? dataMax * REFERENCE_HEADROOM : Infinity;
  const refMax = Math.max(0, ...lines.filter((l) => l.reference).map((l) => maxOf(l.points)).filter((m) => m <= refCap));
  const top = Math.max(dataMax, refMax, spec.yFloor ?? 0);
  const y = scaleLinear()
    .domain([0, top > 0 ? top * 1.05 : 1])
    .range([plot.bottom, plot.top])
    .nice(4);
  const yMax = y.domain()[1] ?? 1;
  const yTicks = y.ticks(4).map((value) => ({ pos: y(value), label: formatCompact(value), value }));
  const areaPath = area<[number, number, number]>()
    .x((p) => x(p[0]))
    .y0((p) => y(p[1]))
    .y1((p) => y(p[2]))
    .curve(curveStepAfter);
  const linePath = line<[number, number]>()
    .x((p) => x(p[0]))
    .y((p) => y(Math.min(p[1], yMax * 1.02)))
    .curve(curveStepAfter);
  return {
    width: spec.width,
    height: spec.height,
    x,
    plot,
    xTicks: timeTicks(x, Math.max(2, Math.floor((plot.right - plot.left) / 90))),
    yTicks,
    yLabel: spec.yLabel,
    yMax,
    areas: stacks.map(({ spec: s, lower, upper }) => ({
      key: s.key,
      label: s.label,
      color: s.color,
      d: areaPath(upper.map(([t, v], i): [number, number, number] => [t, lower[i]?.[1] ?? 0, v])) ?? '',
    })),
    lines: lines.map((l) => ({
      key: l.key,
      label: l.label,
      color: l.color,
      d: linePath(l.points) ?? '',
      dash: l.dash,
      width: l.width ?? 1.5,
      offScale: maxOf(l.points) > yMax,
    })),
  };
}

/** A constant level as step points over a window (for limit lines). */
export function constantPoints(value: number, window: TimeWindow): StepPoints {
  return [
    [window.t0, value],
    [window.t1, value],
  ];
}

/**
 * Concurrency panel, as data: executions stacked by state (initialising, busy on demand, busy
 * provisioned), the peak in each bucket, the limits that bound them, and throttles by cause.
 * Only what the engine reported: a metric it did not emit is not drawn.
 */
import type { SimulationResult, ThrottleCause } from '../../../engine/resultTypes';
import type { Scenario } from '../../../scenario/types';
import { buildTimeChart, constantPoints, type ChartGeometry, type LayerSpec, type LineSpec } from '../../charts/chartGeometry';
import { bucketRange, reduceSeries, valueAt } from '../../charts/downsample';
import { CAUSE_COLORS, COLORS, STATE_COLORS } from '../../charts/palette';
import { functionGroups, hasNonZero, sumMetric } from '../../charts/seriesAccess';
import type { TimeWindow } from '../../charts/timeAxis';

export interface ConcurrencyInput {
  result: SimulationResult;
  scenario: Scenario;
  functionFilter: string | null;
  window: TimeWindow;
  width: number;
  /** Height of the main chart (px); the throttle chart is about half. */
  height?: number;
  /** The y axis reaches at least this high (charts of several functions share a scale). */
  yFloor?: number;
}

export interface LegendItem {
  key: string;
  label: string;
  color: string;
  shape: 'area' | 'line';
  dash?: string | undefined;
  /** Extra words, e.g. "above the chart". */
  note?: string;
  /** Which series to read at the playhead. */
  metric?: string;
}

export interface ConcurrencyView {
  chart: ChartGeometry;
  legend: LegendItem[];
  throttles: ChartGeometry | null;
  throttleLegend: LegendItem[];
  throttleTotal: number;
}

const STATES: { metric: string; label: string; color: string }[] = [
  { metric: 'InitializingEnvironments', label: 'Initialising (cold start)', color: STATE_COLORS.init },
  { metric: 'BusyOnDemand', label: 'Busy, on-demand', color: STATE_COLORS.busyOnDemand },
  { metric: 'BusyProvisioned', label: 'Busy, provisioned', color: STATE_COLORS.busyProvisioned },
];

export const CAUSES: { cause: ThrottleCause; label: string }[] = [
  { cause: 'scalingRate', label: 'Scaling rate' },
  { cause: 'accountConcurrency', label: 'Account concurrency' },
  { cause: 'reservedConcurrency', label: 'Reserved concurrency' },
  { cause: 'rpsLimit', label: 'Requests-per-second limit' },
];

const CHART_HEIGHT = 230;

export function selectConcurrency(input: ConcurrencyInput): ConcurrencyView {
  const { result, scenario, functionFilter, window, width } = input;
  const height = input.height ?? CHART_HEIGHT;
  const { bucketSeconds, buckets } = result.series;
  const groups = functionGroups(result, functionFilter);
  const range = bucketRange(buckets, bucketSeconds, window, width - 80);
  const stacked: LayerSpec[] = [];
  for (const state of STATES) {
    const values = sumMetric(groups, state.metric);
    if (values) stacked.push({ key: state.metric, label: state.label, color: state.color, points: reduceSeries(values, bucketSeconds, range, 'mean') });
  }
  const lines: LineSpec[] = [];
  const peak = sumMetric(groups, 'ConcurrentExecutions');
  if (peak) lines.push({ key: 'ConcurrentExecutions', label: 'Peak in each interval', color: COLORS.text, width: 1, points: reduceSeries(peak, bucketSeconds, range, 'max') });
  if (functionFilter === null) {
    lines.push({ key: 'limit', label: `Account limit (${scenario.account.concurrencyLimit})`, color: COLORS.black, dash: '6 3', reference: true, points: constantPoints(scenario.account.concurrencyLimit, window) });
  }
  const fn = groups.length === 1 ? scenario.functions.find((f) => f.name === (functionFilter ?? scenario.functions[0]?.name)) : undefined;
  if (fn && fn.reservedConcurrency !== null) {
    lines.push({ key: 'reserved', label: `Reserved concurrency (${fn.reservedConcurrency})`, color: COLORS.vermillion, dash: '2 2', width: 2, reference: true, points: constantPoints(fn.reservedConcurrency, window) });
  }
  const provisioned = groups.length === 1 ? sumMetric(groups, 'ProvisionedConcurrency') : undefined;
  if (hasNonZero(provisioned) && provisioned) {
    lines.push({ key: 'ProvisionedConcurrency', label: 'Provisioned concurrency (ready)', color: COLORS.green, dash: '8 3 2 3', width: 2, reference: true, points: reduceSeries(provisioned, bucketSeconds, range, 'max') });
  }
  const ceiling = groups.length === 1 ? sumMetric(groups, 'ScalingCeiling') : undefined;
  if (ceiling) {
    lines.push({ key: 'ScalingCeiling', label: 'Scaling ceiling (could have now)', color: COLORS.purple, dash: '1 3', width: 2, reference: true, points: reduceSeries(ceiling, bucketSeconds, range, 'mean') });
  }
  const chart = buildTimeChart({ width, height, window, stacked, lines, yLabel: 'concurrent executions', ...(input.yFloor ? { yFloor: input.yFloor } : {}) });
  const legend: LegendItem[] = [
    ...stacked.map((s): LegendItem => ({ key: s.key, label: s.label, color: s.color, shape: 'area', metric: s.key })),
    ...chart.lines.map((l): LegendItem => ({
      key: l.key,
      label: l.label,
      color: l.color,
      shape: 'line',
      dash: l.dash,
      ...(l.offScale ? { note: 'above the chart' } : {}),
      ...(l.key === 'limit' || l.key === 'reserved' ? {} : { metric: l.key }),
    })),
  ];
  return { chart, legend, ...selectThrottles(result, groups, range, window, width, Math.max(90, Math.round(height * 0.48))) };
}

function selectThrottles(
  result: SimulationResult,
  groups: ReturnType<typeof functionGroups>,
  range: ReturnType<typeof bucketRange>,
  window: TimeWindow,
  width: number,
  throttleHeight: number,
): Pick<ConcurrencyView, 'throttles' | 'throttleLegend' | 'throttleTotal'> {
  const { bucketSeconds } = result.series;
  const stacked: LayerSpec[] = [];
  for (const { cause, label } of CAUSES) {
    const values = sumMetric(groups, `Throttles_${cause}`);
    if (hasNonZero(values) && values) stacked.push({ key: `Throttles_${cause}`, label, color: CAUSE_COLORS[cause], points: reduceSeries(values, bucketSeconds, range, 'rate') });
  }
  const all = sumMetric(groups, 'Throttles');
  if (stacked.length === 0 && hasNonZero(all) && all) {
    stacked.push({ key: 'Throttles', label: 'Throttles', color: COLORS.vermillion, points: reduceSeries(all, bucketSeconds, range, 'rate') });
  }
  let throttleTotal = 0;
  if (all) for (const v of all) throttleTotal += v;
  if (stacked.length === 0) return { throttles: null, throttleLegend: [], throttleTotal };
  return {
    throttles: buildTimeChart({ width, height: throttleHeight, window, stacked, yLabel: 'throttles / s' }),
    throttleLegend: stacked.map((s) => ({ key: s.key, label: s.label, color: s.color, shape: 'area', metric: s.key })),
    throttleTotal,
  };
}

/** The legend's values at the playhead: each metric's bucket value, summed over the functions in view. */
export function readoutAt(result: SimulationResult, functionFilter: string | null, metrics: string[], t: number): Record<string, number | null> {
  const groups = functionGroups(result, functionFilter);
  const out: Record<string, number | null> = {};
  for (const metric of metrics) out[metric] = valueAt(sumMetric(groups, metric), result.series.bucketSeconds, t);
  return out;
}

/**
 * Colours: the Okabe–Ito palette, readable by people with the common colour-vision deficiencies,
 * plus light tints for background states. Every series also has a label in a legend, and lines
 * differ by dash, so colour is never the only cue.
 */
export const COLORS = {
  black: '#000000',
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  grey: '#6b7280',
  idle: '#cbd5e1',
  provisionedIdle: '#a7dcc9',
  allocating: '#e9c7db',
  grid: '#e5e7eb',
  axis: '#4b5563',
  text: '#1f2937',
} as const;

/** Execution-environment states (concurrency stack and timeline). */
export const STATE_COLORS = {
  init: COLORS.orange,
  busyOnDemand: COLORS.blue,
  busyProvisioned: COLORS.green,
  idle: COLORS.idle,
  provisionedIdle: COLORS.provisionedIdle,
  allocating: COLORS.allocating,
} as const;

/** Throttle causes. */
export const CAUSE_COLORS = {
  rpsLimit: COLORS.purple,
  reservedConcurrency: COLORS.vermillion,
  accountConcurrency: COLORS.black,
  scalingRate: COLORS.orange,
} as const;

/** Colours for several similar lines (shards, sources), in order. */
export const SERIES_CYCLE = [
  COLORS.blue,
  COLORS.vermillion,
  COLORS.green,
  COLORS.purple,
  COLORS.orange,
  COLORS.sky,
  COLORS.black,
  COLORS.grey,
] as const;

export function cycleColor(index: number): string {
  return SERIES_CYCLE[index % SERIES_CYCLE.length] ?? COLORS.grey;
}

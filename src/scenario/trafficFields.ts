/**
 * The leaf fields of traffic patterns (DESIGN §3: rates per second, times in seconds) and of
 * distributions of seconds, with their ranges (*assumption* caps keep inputs sane) and defaults.
 */
import * as D from './defaults';
import type { LeafSpecs, NumberSpec } from './fieldSpec';
import { MAX_SECONDS } from './fields';
import { MAX_COUNT } from './sourceFields';

/** *Assumption*: the highest offered rate accepted, per source (per second). */
export const MAX_RATE_PER_SECOND = 1_000_000;
/** *Assumption*: longest trace and empirical sample accepted. */
export const MAX_LIST_LENGTH = 1_000_000;

const rate = (description: string): NumberSpec => ({
  kind: 'number',
  min: 0,
  max: MAX_RATE_PER_SECOND,
  description,
});
const second = (description: string, fallback?: number): NumberSpec => ({
  kind: 'number',
  min: 0,
  max: MAX_SECONDS,
  description,
  ...(fallback === undefined ? {} : { default: fallback }),
});
const arrivals = {
  kind: 'enum',
  values: ['poisson', 'uniform'],
  default: D.DEFAULT_ARRIVALS,
  description: 'How arrivals are spaced at the current rate: Poisson (random) or uniform (evenly).',
} as const;

/** Leaf fields of each traffic pattern (lists — steps, counts — are read separately). */
export const TRAFFIC_FIELDS = {
  constant: { rate: rate('Requests per second, evenly spaced.') },
  poisson: { rate: rate('Mean requests per second, Poisson arrivals.') },
  steps: { arrivals },
  ramp: {
    fromRate: rate('Rate before and at startSecond (per second).'),
    toRate: rate('Rate at and after endSecond (per second).'),
    startSecond: second('When the ramp starts (s).', 0),
    endSecond: second('When the ramp ends (s).'),
    arrivals,
  },
  spike: {
    baseRate: rate('Rate outside the spike (per second).'),
    peakRate: rate('Rate during the spike (per second).'),
    atSecond: second('When the spike starts (s).'),
    durationSeconds: {
      kind: 'number',
      min: 0,
      exclusiveMin: true,
      max: MAX_SECONDS,
      description: 'How long the spike lasts (s).',
    },
    arrivals,
  },
  burst: {
    count: { kind: 'number', integer: true, min: 0, max: MAX_COUNT, description: 'Requests in the burst.' },
    atSecond: second('When the burst starts (s).', 0),
    overSeconds: second('Spread evenly over this long; 0 = all at once (s).', 0),
  },
  diurnal: {
    meanRate: rate('Mean rate (per second).'),
    amplitude: {
      kind: 'number',
      min: 0,
      max: 1,
      description: 'Swing as a fraction of meanRate: rate = meanRate·(1 + amplitude·sin(2πt/period)), 0–1.',
    },
    periodSeconds: {
      kind: 'number',
      min: 0,
      exclusiveMin: true,
      max: MAX_SECONDS,
      default: D.DEFAULT_DIURNAL_PERIOD_SECONDS,
      description: 'Length of one cycle (s; default one day).',
    },
    arrivals,
  },
  trace: {
    bucketSeconds: {
      kind: 'number',
      min: 0,
      exclusiveMin: true,
      max: MAX_SECONDS,
      default: D.DEFAULT_TRACE_BUCKET_SECONDS,
      description: 'Width of each counts bucket (s).',
    },
    arrivals,
  },
} as const satisfies Record<string, LeafSpecs>;

/** One entry of a steps pattern: from `atSecond` on, the rate is `rate` (before the first step: 0). */
export const STEP_FIELDS = {
  atSecond: { kind: 'number', min: 0, max: MAX_SECONDS, description: 'When this rate starts (s).' },
  rate: { kind: 'number', min: 0, max: MAX_RATE_PER_SECOND, description: 'Rate from then on (per second).' },
} as const satisfies LeafSpecs;

/** The traffic pattern names, in TRAFFIC_FIELDS order. */
export const TRAFFIC_PATTERNS = Object.keys(TRAFFIC_FIELDS) as (keyof typeof TRAFFIC_FIELDS)[];

const seconds = (description: string, positive = false): NumberSpec => ({
  kind: 'number',
  min: 0,
  max: MAX_SECONDS,
  description,
  ...(positive ? { exclusiveMin: true } : {}),
});

/** Leaf fields of each distribution kind (`empirical.values` is read separately). Values in seconds. */
export const DISTRIBUTION_FIELDS = {
  fixed: { value: seconds('Always this value (s).') },
  exponential: { mean: seconds('Mean (s).', true) },
  uniform: { min: seconds('Smallest value (s).'), max: seconds('Largest value (s).') },
  normal: { mean: seconds('Mean before truncation at 0 (s).'), stddev: seconds('Standard deviation (s).') },
  lognormal: {
    median: seconds('Median (s).', true),
    p99: seconds('99th percentile, above the median (s).', true),
  },
  empirical: {},
} as const satisfies Record<string, LeafSpecs>;

/** The distribution kind names, in DISTRIBUTION_FIELDS order. */
export const DISTRIBUTION_KINDS = Object.keys(DISTRIBUTION_FIELDS) as (keyof typeof DISTRIBUTION_FIELDS)[];

/** A plain number used as a fixed distribution (seconds). */
export const FIXED_SECONDS: NumberSpec = seconds('A fixed value (s).');

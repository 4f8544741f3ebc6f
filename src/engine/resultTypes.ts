/**
 * The result of one simulation run (DESIGN §4). Plain, JSON-safe data: no Infinity or NaN; large
 * series are Float64Arrays (converted to plain arrays when written as JSON).
 */

/** The six ways a request can stand when the run ends (DESIGN §2.2). */
export const OUTCOMES = ['succeeded', 'failed', 'throttled', 'deadLettered', 'dropped', 'pending'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type Outcomes = Record<Outcome, number>;

/** Why a new execution environment could not be had (DESIGN §2.1, "the engine records why"). */
export const THROTTLE_CAUSES = [
  'rpsLimit',
  'reservedConcurrency',
  'accountConcurrency',
  'scalingRate',
] as const;
export type ThrottleCause = (typeof THROTTLE_CAUSES)[number];

export interface LatencySummary {
  /** Seconds, end to end as the caller (or source) saw it, over requests that succeeded. */
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  count: number;
}

export interface CostBreakdown {
  requestsUSD: number;
  durationUSD: number;
  initUSD: number;
  provisionedUSD: number;
}

export interface FunctionSummary {
  requests: number;
  outcomes: Outcomes;
  invocations: number;
  coldStarts: number;
  throttles: number;
  throttlesByCause: Record<ThrottleCause, number>;
  errors: number;
  timeouts: number;
  retries: number;
  duplicates: number;
  maxConcurrency: number;
  latency: LatencySummary;
  /** Handler duration over all invocations (seconds). */
  duration: LatencySummary;
  initDuration: LatencySummary;
  provisionedSpilloverInvocations: number;
  costUSD: number;
  cost: CostBreakdown;
}

export interface SourceSummary {
  index: number;
  type: string;
  function: string;
  requests: number;
  outcomes: Outcomes;
}

export interface Summary {
  requests: number;
  outcomes: Outcomes;
  invocations: number;
  coldStarts: number;
  throttles: number;
  errors: number;
  retries: number;
  duplicates: number;
  maxConcurrency: number;
  costUSD: number;
  truncated: boolean;
  truncatedReason: string | null;
  /** Simulated seconds actually covered (less than the horizon when truncated). */
  simulatedSeconds: number;
  events: number;
  functions: Record<string, FunctionSummary>;
  sources: SourceSummary[];
}

/** One metric over time: one value per bucket. */
export type SeriesValues = Float64Array;

/** Named series (CloudWatch metric names where one exists, DESIGN §4). */
export type SeriesGroup = Record<string, SeriesValues>;

export interface Series {
  bucketSeconds: number;
  buckets: number;
  /** Account-wide metrics. */
  account: SeriesGroup;
  /** Per function, by name. */
  functions: Record<string, SeriesGroup>;
  /** Per source, by index in scenario.sources (queues, shards). */
  sources: SeriesGroup[];
}

export type DeadLetterCondition =
  | 'RetriesExhausted'
  | 'EventAgeExceeded'
  | 'RecordAgeExceeded'
  | 'MaxReceiveCountExceeded'
  | 'Success';

export interface DeadLetterRecord {
  /** Destination or queue name. */
  destination: string;
  /** 'onSuccess' | 'onFailure' | 'deadLetterQueue' | 'redrive'. */
  kind: 'onSuccess' | 'onFailure' | 'deadLetterQueue' | 'redrive';
  sourceIndex: number;
  function: string;
  requestId: string;
  firstAttemptAt: number;
  lastAttemptAt: number;
  attempts: number;
  error: string | null;
  condition: DeadLetterCondition;
  /** When it was delivered (seconds). */
  t: number;
  /** Number of records this delivery stands for (stream batches carry several). */
  records: number;
}

export interface DestinationTotal {
  name: string;
  type: string;
  delivered: number;
  records: number;
}

export interface DeadLetters {
  total: number;
  /** Bounded sample, in delivery order. */
  records: DeadLetterRecord[];
  byDestination: DestinationTotal[];
}

export type SpanKind = 'allocating' | 'init' | 'busy' | 'idle' | 'provisionedIdle';

export interface EnvironmentSpan {
  /** Environment id (unique per run). */
  env: number;
  function: string;
  kind: SpanKind;
  start: number;
  end: number;
  /** For busy spans: the request that ran; for init: whether it served a request (cold start). */
  detail: string;
}

export interface EnvironmentInfo {
  env: number;
  function: string;
  provisioned: boolean;
  createdAt: number;
  /** Seconds; null while still alive at the end of the run. */
  reapedAt: number | null;
  invocations: number;
}

export interface Environments {
  /** Environments created in the whole run. */
  total: number;
  /** The environments whose spans were kept (the first N created). */
  kept: EnvironmentInfo[];
  spans: EnvironmentSpan[];
  spansTotal: number;
}

export type MomentKind =
  | 'firstRequest'
  | 'firstColdStart'
  | 'firstThrottle'
  | 'throttleBurst'
  | 'scalingTokensExhausted'
  | 'concurrencyLimitReached'
  | 'provisionedReady'
  | 'provisionedSpillover'
  | 'firstError'
  | 'firstTimeout'
  | 'firstRetry'
  | 'firstExpiry'
  | 'firstDeadLetter'
  | 'queueGrowing'
  | 'shardBlocked'
  | 'pollersScaled'
  | 'duplicateDelivered'
  | 'truncated'
  | 'note';

export interface Moment {
  t: number;
  kind: MomentKind;
  text: string;
  function?: string;
  sourceIndex?: number;
}

/** Every constant the engine used, AWS-documented or an assumption (DESIGN §6 "Model notes"). */
export interface ModelConstant {
  name: string;
  value: string;
  kind: 'aws' | 'assumption' | 'thirdParty';
  source: string;
  note: string;
}

export interface SimulationResult {
  summary: Summary;
  series: Series;
  deadLetters: DeadLetters;
  environments: Environments;
  moments: Moment[];
  constants: ModelConstant[];
}

/**
 * The scenario format, version 1 (DESIGN §3): what a user describes, in AWS's own property names
 * (camelCase), so what is learnt here transfers to CloudFormation, SAM and the console.
 *
 * These are the *restored* shapes: every optional field of the JSON has been filled with its default
 * by `restore()`. Durations are seconds; rates are per second.
 */

/** A random quantity in seconds (or a plain number, which is fixed). */
export type Distribution =
  | number
  | { distribution: 'fixed'; value: number }
  | { distribution: 'exponential'; mean: number }
  | { distribution: 'uniform'; min: number; max: number }
  | { distribution: 'normal'; mean: number; stddev: number }
  | { distribution: 'lognormal'; median: number; p99: number }
  | { distribution: 'empirical'; values: number[] };

/** How arrivals inside a rate pattern are spaced. */
export type ArrivalProcess = 'poisson' | 'uniform';

/** Offered traffic of one source. Rates are requests (records, messages) per second. */
export type Traffic =
  | { pattern: 'constant'; rate: number }
  | { pattern: 'poisson'; rate: number }
  | { pattern: 'steps'; steps: { atSecond: number; rate: number }[]; arrivals: ArrivalProcess }
  | {
      pattern: 'ramp';
      fromRate: number;
      toRate: number;
      startSecond: number;
      endSecond: number;
      arrivals: ArrivalProcess;
    }
  | {
      pattern: 'spike';
      baseRate: number;
      peakRate: number;
      atSecond: number;
      durationSeconds: number;
      arrivals: ArrivalProcess;
    }
  | { pattern: 'burst'; count: number; atSecond: number; overSeconds: number }
  | {
      pattern: 'diurnal';
      meanRate: number;
      amplitude: number;
      periodSeconds: number;
      arrivals: ArrivalProcess;
    }
  | { pattern: 'trace'; bucketSeconds: number; counts: number[]; arrivals: ArrivalProcess };

export type ScalingConfig =
  | { model: 'current' }
  | { model: 'legacy'; burstLimit: number }
  | { model: 'none' };

export interface AccountConfig {
  /** Concurrent executions per Region; AWS default 1,000. */
  concurrencyLimit: number;
  scaling: ScalingConfig;
}

export type Runtime =
  | 'nodejs22.x'
  | 'nodejs20.x'
  | 'python3.13'
  | 'python3.12'
  | 'java21'
  | 'java17'
  | 'go'
  | 'rust'
  | 'dotnet8'
  | 'ruby3.4'
  | 'custom';

export type Architecture = 'x86_64' | 'arm64';

/** Which idle environment a request is placed on when several are warm. */
export type PlacementPolicy = 'mostRecent' | 'leastRecent' | 'random';

export interface ScheduledProvisioning {
  atSecond: number;
  count: number;
}

export interface ProvisionedAutoscaling {
  min: number;
  max: number;
  /** Target ProvisionedConcurrencyUtilization, 0 < target ≤ 1 (e.g. 0.7). */
  targetUtilization: number;
}

export interface ProvisionedConfig {
  count: number;
  schedule: ScheduledProvisioning[];
  autoscaling: ProvisionedAutoscaling | null;
}

export interface AsyncConfig {
  /** Retries after a function error: 0–2. */
  maximumRetryAttempts: number;
  /** 60–21,600 s. */
  maximumEventAgeInSeconds: number;
  onSuccess: string | null;
  onFailure: string | null;
  deadLetterQueue: string | null;
}

export interface ErrorConfig {
  /** Probability that one attempt fails, independently per attempt. */
  transientRate: number;
  /** Probability that a request (record, message) fails on every attempt. */
  poisonRate: number;
}

export interface FunctionConfig {
  name: string;
  runtime: Runtime;
  architecture: Architecture;
  memoryMB: number;
  timeoutSeconds: number;
  /** Handler duration of one invocation (seconds). */
  duration: Distribution;
  /** The function's own init code; the runtime's own init is added on top (see runtimeInit.ts). */
  init: Distribution;
  idleLifetimeSeconds: Distribution;
  placement: PlacementPolicy;
  errors: ErrorConfig;
  reservedConcurrency: number | null;
  provisionedConcurrency: ProvisionedConfig | null;
  idempotent: boolean;
  async: AsyncConfig;
}

export type JitterMode = 'none' | 'full' | 'equal' | 'decorrelated';

export interface ClientConfig {
  maxAttempts: number;
  backoff: { baseSeconds: number; maxSeconds: number; jitter: JitterMode };
  retryOn: ('throttle' | 'error')[];
  /** The caller stops waiting after this long (API Gateway: 29 s); null = waits for the function. */
  timeoutSeconds: number | null;
}

export interface SyncSource {
  type: 'sync';
  function: string;
  traffic: Traffic;
  client: ClientConfig;
}

export interface AsyncSource {
  type: 'async';
  function: string;
  traffic: Traffic;
  /** Probability that an event is delivered to the function more than once. */
  duplicateRate: number;
}

export type StartingPosition = 'LATEST' | 'TRIM_HORIZON' | 'AT_TIMESTAMP';

export interface StreamSource {
  type: 'kinesis' | 'dynamodb';
  function: string;
  traffic: Traffic;
  shards: number;
  /** Distinct partition keys records are spread over. */
  partitionKeys: number;
  /** Payload of one record in bytes (batches close at 6 MB). */
  recordSizeBytes: number;
  batchSize: number;
  maximumBatchingWindowInSeconds: number;
  parallelizationFactor: number;
  startingPosition: StartingPosition;
  /** For AT_TIMESTAMP: seconds before the run's start to read from. */
  startingPositionTimestamp: number | null;
  /** Records already in the stream when the run starts (per second of history, over `preloadSeconds`). */
  preloadRecords: number;
  bisectBatchOnFunctionError: boolean;
  maximumRetryAttempts: number;
  maximumRecordAgeInSeconds: number;
  reportBatchItemFailures: boolean;
  retentionSeconds: number;
  onFailure: string | null;
}

export interface SqsSource {
  type: 'sqs';
  function: string;
  traffic: Traffic;
  batchSize: number;
  maximumBatchingWindowInSeconds: number;
  visibilityTimeoutSeconds: number;
  maxReceiveCount: number | null;
  deadLetterQueue: string | null;
  maximumConcurrency: number | null;
  reportBatchItemFailures: boolean;
  retentionSeconds: number;
  /** Messages already visible in the queue when the run starts. */
  initialMessages: number;
}

export type Source = SyncSource | AsyncSource | StreamSource | SqsSource;
export type SourceType = Source['type'];

export type DestinationType = 'sqs' | 'sns' | 'eventbridge' | 'lambda' | 's3';

export interface Destination {
  name: string;
  type: DestinationType;
}

/** A complete, restored scenario: every default filled. */
export interface Scenario {
  version: 1;
  name: string;
  description: string;
  seed: number;
  durationSeconds: number;
  account: AccountConfig;
  functions: FunctionConfig[];
  sources: Source[];
  destinations: Destination[];
  /** Engine limits: a run past `maxEvents` stops with truncated: true. */
  limits: { maxEvents: number };
}

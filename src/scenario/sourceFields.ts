/**
 * The leaf fields of sources (sync client, async, Kinesis/DynamoDB streams, SQS), with AWS's
 * ranges (pages cited) or *assumption* caps, and defaults. Traffic and distributions: trafficFields.ts.
 */
import * as D from './defaults';
import type { LeafSpecs } from './fieldSpec';
import { MAX_SECONDS } from './fields';

/** *Assumption*: most shards per stream (Kinesis allows more; a simulation does not need them). */
export const MAX_SHARDS = 1000;
/** *Assumption*: most requests one burst, trace bucket or preload may hold. */
export const MAX_COUNT = 100_000_000;

/** What a source's `function` field means (shared by messages and the schema). */
export const FUNCTION_REF_DESCRIPTION =
  'Name of the function this source invokes (defaults to the only function, if there is one).';

const batchingWindow = {
  kind: 'number',
  integer: true,
  min: 0,
  max: 300,
  default: D.DEFAULT_BATCHING_WINDOW_SECONDS,
  description: 'MaximumBatchingWindowInSeconds, 0–300 (AWS default 0).',
} as const;
const reportBatchItemFailures = {
  kind: 'boolean',
  default: D.DEFAULT_REPORT_BATCH_ITEM_FAILURES,
  description: 'FunctionResponseTypes ReportBatchItemFailures: only failed items are retried.',
} as const;

/** `sources[i].client` leaves of a sync source: the caller's retries and timeout. */
export const CLIENT_FIELDS = {
  maxAttempts: {
    kind: 'number',
    integer: true,
    min: 1,
    max: 100,
    default: D.DEFAULT_CLIENT_MAX_ATTEMPTS,
    description: 'Attempts the caller makes, the first included (1 = no retries; cap 100 is an assumption).',
  },
  timeoutSeconds: {
    kind: 'nullableNumber',
    min: 0,
    exclusiveMin: true,
    max: 86_400,
    default: D.DEFAULT_CLIENT_TIMEOUT_SECONDS,
    description:
      'The caller stops waiting after this long (API Gateway: 29 s); null = waits for the function.',
  },
} as const satisfies LeafSpecs;

/** `sources[i].client.backoff`: exponential backoff with jitter. */
export const BACKOFF_FIELDS = {
  baseSeconds: {
    kind: 'number',
    min: 0,
    max: 3600,
    default: D.DEFAULT_BACKOFF_BASE_SECONDS,
    description: 'First retry delay before jitter; doubles each attempt (s).',
  },
  maxSeconds: {
    kind: 'number',
    min: 0,
    max: 3600,
    default: D.DEFAULT_BACKOFF_MAX_SECONDS,
    description: 'Cap on the retry delay (s).',
  },
  jitter: {
    kind: 'enum',
    values: ['none', 'full', 'equal', 'decorrelated'],
    default: D.DEFAULT_JITTER,
    description: 'Jitter mode of the exponential backoff.',
  },
} as const satisfies LeafSpecs;

/** Leaves of an async source. */
export const ASYNC_SOURCE_FIELDS = {
  duplicateRate: {
    kind: 'number',
    min: 0,
    max: 1,
    default: D.DEFAULT_DUPLICATE_RATE,
    description: 'Probability that an event is delivered more than once (delivery is at least once).',
  },
} as const satisfies LeafSpecs;

/** Leaves of a Kinesis or DynamoDB Streams mapping (AWS: services-kinesis-parameters.html, services-ddb-params.html). */
export const STREAM_FIELDS = {
  shards: {
    kind: 'number',
    integer: true,
    min: 1,
    max: MAX_SHARDS,
    default: D.DEFAULT_SHARDS,
    description: 'Shards of the stream (cap 1,000 is an assumption).',
  },
  partitionKeys: {
    kind: 'number',
    integer: true,
    min: 1,
    max: 10_000_000,
    default: D.DEFAULT_PARTITION_KEYS,
    description: 'Distinct partition keys records are spread over (assumption: 100).',
  },
  recordSizeBytes: {
    kind: 'number',
    integer: true,
    min: 1,
    max: 1_048_576,
    default: D.DEFAULT_RECORD_SIZE_BYTES,
    description: 'Payload of one record in bytes, up to 1 MiB; batches close at 6 MB (assumption: 1,024).',
  },
  batchSize: {
    kind: 'number',
    integer: true,
    min: 1,
    max: 10_000,
    default: D.DEFAULT_STREAM_BATCH_SIZE,
    description: 'BatchSize, 1–10,000 (AWS default 100).',
  },
  maximumBatchingWindowInSeconds: batchingWindow,
  parallelizationFactor: {
    kind: 'number',
    integer: true,
    min: 1,
    max: 10,
    default: D.DEFAULT_PARALLELIZATION_FACTOR,
    description: 'Concurrent batches per shard, 1–10 (AWS default 1).',
  },
  startingPosition: {
    kind: 'enum',
    values: ['LATEST', 'TRIM_HORIZON', 'AT_TIMESTAMP'],
    default: D.DEFAULT_STARTING_POSITION,
    description: 'LATEST skips records already in the stream; TRIM_HORIZON reads them.',
  },
  startingPositionTimestamp: {
    kind: 'nullableNumber',
    min: 0,
    max: MAX_SECONDS,
    default: D.DEFAULT_STARTING_POSITION_TIMESTAMP,
    description: 'For AT_TIMESTAMP: seconds before the run starts to read from.',
  },
  preloadRecords: {
    kind: 'number',
    integer: true,
    min: 0,
    max: MAX_COUNT,
    default: D.DEFAULT_PRELOAD_RECORDS,
    description: 'Records already in the stream when the run starts (assumption: 0).',
  },
  bisectBatchOnFunctionError: {
    kind: 'boolean',
    default: D.DEFAULT_BISECT_BATCH_ON_FUNCTION_ERROR,
    description: 'Split a failed batch in two and retry each half.',
  },
  maximumRetryAttempts: {
    kind: 'number',
    integer: true,
    min: -1,
    max: 10_000,
    default: D.DEFAULT_STREAM_MAXIMUM_RETRY_ATTEMPTS,
    description: 'Retries of a failed batch, −1 (until the records expire) to 10,000.',
  },
  maximumRecordAgeInSeconds: {
    kind: 'number',
    integer: true,
    min: 60,
    max: 604_800,
    orValues: [-1],
    default: D.DEFAULT_MAXIMUM_RECORD_AGE_SECONDS,
    description: 'Oldest record sent to the function: −1 (until retention) or 60–604,800 s.',
  },
  reportBatchItemFailures,
  retentionSeconds: {
    kind: 'number',
    integer: true,
    min: 86_400,
    max: 31_536_000,
    default: D.DEFAULT_STREAM_RETENTION_SECONDS,
    description:
      'Stream retention: Kinesis 24 hours to 365 days (default 24 h); DynamoDB Streams fixed 24 h.',
  },
  onFailure: {
    kind: 'destinationRef',
    accepts: ['sqs', 'sns', 's3'],
    description: 'On-failure destination (SQS, SNS or S3) for discarded batches, or null.',
  },
} as const satisfies LeafSpecs;

/** Leaves of an SQS mapping and its queue (AWS: services-sqs-parameters.html, services-sqs-configure.html). */
export const SQS_FIELDS = {
  batchSize: {
    kind: 'number',
    integer: true,
    min: 1,
    max: 10_000,
    default: D.DEFAULT_SQS_BATCH_SIZE,
    description: 'BatchSize, 1–10,000 (AWS default 10; above 10 needs a batching window ≥ 1 s).',
  },
  maximumBatchingWindowInSeconds: batchingWindow,
  visibilityTimeoutSeconds: {
    kind: 'number',
    integer: true,
    min: 0,
    max: 43_200,
    default: D.DEFAULT_VISIBILITY_TIMEOUT_SECONDS,
    description:
      'Queue visibility timeout, 0–43,200 s, at least the function timeout (AWS recommends 6×; default 30 s).',
  },
  maxReceiveCount: {
    kind: 'nullableNumber',
    integer: true,
    min: 1,
    max: 1000,
    default: D.DEFAULT_MAX_RECEIVE_COUNT,
    description: 'Redrive policy: receives before a message moves to deadLetterQueue; null = no redrive.',
  },
  deadLetterQueue: {
    kind: 'destinationRef',
    accepts: ['sqs'],
    description: "The queue's redrive dead-letter queue (an SQS destination), or null.",
  },
  maximumConcurrency: {
    kind: 'nullableNumber',
    integer: true,
    min: 2,
    max: 1000,
    default: D.DEFAULT_MAXIMUM_CONCURRENCY,
    description: 'ScalingConfig MaximumConcurrency, 2–1,000, or null.',
  },
  reportBatchItemFailures,
  retentionSeconds: {
    kind: 'number',
    integer: true,
    min: 60,
    max: 1_209_600,
    default: D.DEFAULT_SQS_RETENTION_SECONDS,
    description: 'Message retention, 60–1,209,600 s (default 4 days).',
  },
  initialMessages: {
    kind: 'number',
    integer: true,
    min: 0,
    max: MAX_COUNT,
    default: D.DEFAULT_INITIAL_MESSAGES,
    description: 'Messages already visible when the run starts (assumption: 0).',
  },
} as const satisfies LeafSpecs;

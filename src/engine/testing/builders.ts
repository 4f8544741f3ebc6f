/**
 * Builders for engine tests: complete, restored scenarios with small overrides, so tests state
 * only what they are about (STYLE.md: builders instead of hand-written whole scenarios).
 */
import type { AsyncConfig, AsyncSource, ClientConfig, FunctionConfig, Scenario, Source, SqsSource, StreamSource, SyncSource, Traffic } from '../../scenario/types';

export function makeFunction(overrides: Partial<FunctionConfig> = {}): FunctionConfig {
  return {
    name: 'fn',
    runtime: 'custom',
    architecture: 'x86_64',
    memoryMB: 1024,
    timeoutSeconds: 30,
    duration: 0.1,
    init: 0,
    idleLifetimeSeconds: 600,
    placement: 'mostRecent',
    errors: { transientRate: 0, poisonRate: 0 },
    reservedConcurrency: null,
    provisionedConcurrency: null,
    idempotent: false,
    async: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 21600, onSuccess: null, onFailure: null, deadLetterQueue: null },
    ...overrides,
  };
}

export function makeClient(overrides: Partial<ClientConfig> = {}): ClientConfig {
  return {
    maxAttempts: 1,
    backoff: { baseSeconds: 0.1, maxSeconds: 5, jitter: 'none' },
    retryOn: ['throttle'],
    timeoutSeconds: null,
    ...overrides,
  };
}

export function makeSync(traffic: Traffic, overrides: Partial<SyncSource> = {}): SyncSource {
  return { type: 'sync', function: 'fn', traffic, client: makeClient(), ...overrides };
}

/** A Kinesis stream source with AWS's defaults (restore's), one shard, 1 record/s; `type: 'dynamodb'` for DynamoDB Streams. */
export function makeAsyncConfig(overrides: Partial<AsyncConfig> = {}): AsyncConfig {
  return { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 21600, onSuccess: null, onFailure: null, deadLetterQueue: null, ...overrides };
}

export function makeAsync(traffic: Traffic, overrides: Partial<AsyncSource> = {}): AsyncSource {
  return { type: 'async', function: 'fn', traffic, duplicateRate: 0, ...overrides };
}

export function makeStream(overrides: Partial<StreamSource> = {}): StreamSource {
  return {
    type: 'kinesis',
    function: 'fn',
    traffic: { pattern: 'constant', rate: 1 },
    shards: 1,
    partitionKeys: 100,
    recordSizeBytes: 1024,
    batchSize: 100,
    maximumBatchingWindowInSeconds: 0,
    parallelizationFactor: 1,
    startingPosition: 'LATEST',
    startingPositionTimestamp: null,
    preloadRecords: 0,
    bisectBatchOnFunctionError: false,
    maximumRetryAttempts: -1,
    maximumRecordAgeInSeconds: -1,
    reportBatchItemFailures: false,
    retentionSeconds: 86_400,
    onFailure: null,
    ...overrides,
  };
}

/** An SQS queue source with restore's defaults (batch 10, visibility 30 s, no redrive, 4-day retention), 1 message/s. */
export function makeSqs(overrides: Partial<SqsSource> = {}): SqsSource {
  return {
    type: 'sqs',
    function: 'fn',
    traffic: { pattern: 'constant', rate: 1 },
    batchSize: 10,
    maximumBatchingWindowInSeconds: 0,
    visibilityTimeoutSeconds: 30,
    maxReceiveCount: null,
    deadLetterQueue: null,
    maximumConcurrency: null,
    reportBatchItemFailures: false,
    retentionSeconds: 345_600,
    initialMessages: 0,
    ...overrides,
  };
}

export function makeScenario(overrides: Partial<Scenario> & { sources?: Source[] } = {}): Scenario {
  return {
    version: 1,
    name: 'test',
    description: '',
    seed: 1,
    durationSeconds: 60,
    account: { concurrencyLimit: 1000, scaling: { model: 'current' } },
    functions: [makeFunction()],
    sources: [makeSync({ pattern: 'constant', rate: 1 })],
    destinations: [],
    limits: { maxEvents: 50_000_000 },
    ...overrides,
  };
}

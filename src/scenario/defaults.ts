/**
 * Every default of the scenario format (DESIGN §3), in one place. `restore()` fills a missing field
 * with the constant below; `minimizeScenario()` drops a field equal to it.
 *
 * Each value says where it comes from: an AWS page (AWS-documented), a third-party source, or
 * *assumption* — our own choice where AWS documents nothing and the format still needs a value.
 * The runtime's own init time is not here: the engine adds it (the scenario's `init` is only the
 * function's own init code, default 0).
 */
import type {
  Architecture,
  ArrivalProcess,
  DestinationType,
  Distribution,
  JitterMode,
  PlacementPolicy,
  Runtime,
  StartingPosition,
  Traffic,
} from './types';

// ── Scenario ──────────────────────────────────────────────────────────────────────────────────

/** The scenario format version this code reads and writes. */
export const SCENARIO_VERSION = 1;
/** *Assumption*: a scenario without a name is shown as this. */
export const DEFAULT_SCENARIO_NAME = 'Untitled scenario';
export const DEFAULT_SCENARIO_DESCRIPTION = '';
/** *Assumption*: the PRNG seed when none is given (any integer works; 1 is memorable). */
export const DEFAULT_SEED = 1;
/** *Assumption*: a run stops with `truncated: true` after this many events (a safety budget). */
export const DEFAULT_MAX_EVENTS = 50_000_000;

// ── Account ───────────────────────────────────────────────────────────────────────────────────

/** Concurrent executions per Region: 1,000 (AWS: gettingstarted-limits.html). */
export const DEFAULT_CONCURRENCY_LIMIT = 1000;
/** Units AWS always keeps unreserved, whatever the account limit (AWS: lambda-concurrency.html). */
export const UNRESERVED_CONCURRENCY_MINIMUM = 100;
/** The current scaling model (per function, since Nov 2023; AWS: scaling-behavior.html). */
export const DEFAULT_SCALING_MODEL = 'current';
/**
 * Legacy burst limit of us-east-1, us-west-2 and eu-west-1: 3,000 (AWS: burst-concurrency.html,
 * old version). AWS caps the burst at the account limit, so the default is
 * `min(3000, concurrencyLimit)` (see `defaultBurstLimit`).
 */
export const DEFAULT_LEGACY_BURST_LIMIT = 3000;
/** The legacy burst limits AWS published per Region group (AWS: burst-concurrency.html). */
export const LEGACY_BURST_LIMITS: readonly number[] = [500, 1000, 3000];

/** The default legacy burst limit for an account limit: 3,000, never above the account limit. */
export function defaultBurstLimit(concurrencyLimit: number): number {
  return Math.min(DEFAULT_LEGACY_BURST_LIMIT, concurrencyLimit);
}

// ── Function ──────────────────────────────────────────────────────────────────────────────────

/** *Assumption*: AWS has no default runtime (it is required); Node.js is the most common one. */
export const DEFAULT_RUNTIME: Runtime = 'nodejs22.x';
/** x86_64 (AWS: CreateFunction `Architectures` default). */
export const DEFAULT_ARCHITECTURE: Architecture = 'x86_64';
/** 128 MB (AWS: CreateFunction `MemorySize` default). */
export const DEFAULT_MEMORY_MB = 128;
/** 3 s (third party: AWS CreateFunction `Timeout` default, not read on an AWS page here). */
export const DEFAULT_TIMEOUT_SECONDS = 3;
/** *Assumption*: a typical small API handler, median 100 ms with a tail to 500 ms. */
export const DEFAULT_DURATION: Distribution = { distribution: 'lognormal', median: 0.1, p99: 0.5 };
/** The function's own init code: none (the engine adds the runtime's init on top). */
export const DEFAULT_INIT_SECONDS = 0;
/** *Assumption* (DESIGN §2.1): AWS documents no idle lifetime; measurements range 5–60 minutes. */
export const DEFAULT_IDLE_LIFETIME_SECONDS = 600;
/** *Assumption*: the most recently created idle environment first, as SimFaaS models it. */
export const DEFAULT_PLACEMENT: PlacementPolicy = 'mostRecent';
export const DEFAULT_TRANSIENT_ERROR_RATE = 0;
export const DEFAULT_POISON_RATE = 0;
/** null = unreserved: the function draws on the shared unreserved pool. */
export const DEFAULT_RESERVED_CONCURRENCY = null;
export const DEFAULT_PROVISIONED_CONCURRENCY = null;
export const DEFAULT_IDEMPOTENT = false;
/** *Assumption*: Application Auto Scaling target when the autoscaling block omits it (0.7 is AWS's usual example). */
export const DEFAULT_TARGET_UTILIZATION = 0.7;

/** Async retries after a function error: 2 (AWS: invocation-async-error-handling.html). */
export const DEFAULT_ASYNC_MAXIMUM_RETRY_ATTEMPTS = 2;
/** Six hours, also the maximum (AWS: API_FunctionEventInvokeConfig). */
export const DEFAULT_ASYNC_MAXIMUM_EVENT_AGE_SECONDS = 21_600;

// ── Sources ───────────────────────────────────────────────────────────────────────────────────

/** *Assumption*: a source without traffic offers Poisson arrivals at 1 per second. */
export const DEFAULT_TRAFFIC: Traffic = { pattern: 'poisson', rate: 1 };
/** Arrivals inside rate patterns are Poisson unless `uniform` is asked for (DESIGN §3). */
export const DEFAULT_ARRIVALS: ArrivalProcess = 'poisson';
/** *Assumption*: a trace with no bucket size replays one count per second. */
export const DEFAULT_TRACE_BUCKET_SECONDS = 1;
/** *Assumption*: a diurnal pattern without a period repeats daily. */
export const DEFAULT_DIURNAL_PERIOD_SECONDS = 86_400;

/** *Assumption*: the caller does not retry (Lambda itself never retries sync calls); opt in. */
export const DEFAULT_CLIENT_MAX_ATTEMPTS = 1;
/** *Assumption*: backoff base 100 ms, like the AWS SDKs' retry strategies. */
export const DEFAULT_BACKOFF_BASE_SECONDS = 0.1;
/** *Assumption*: backoff cap 20 s, like the AWS SDKs' standard retry mode. */
export const DEFAULT_BACKOFF_MAX_SECONDS = 20;
/** *Assumption*: full jitter, the AWS Architecture Blog's recommendation. */
export const DEFAULT_JITTER: JitterMode = 'full';
/** *Assumption*: throttles (429) are retryable; errors only when asked (AWS: scaling.html). */
export const DEFAULT_RETRY_ON: readonly ('throttle' | 'error')[] = ['throttle'];
/** null = the caller waits for the function (API Gateway would be 29 s). */
export const DEFAULT_CLIENT_TIMEOUT_SECONDS = null;

/** Duplicate async deliveries: none unless asked for. */
export const DEFAULT_DUPLICATE_RATE = 0;

/** *Assumption*: one shard. */
export const DEFAULT_SHARDS = 1;
/** *Assumption*: records are spread over 100 partition keys. */
export const DEFAULT_PARTITION_KEYS = 100;
/** *Assumption*: 1 KiB records (batches close at 6 MB). */
export const DEFAULT_RECORD_SIZE_BYTES = 1024;
/** 100 (AWS: services-kinesis-parameters.html, services-ddb-params.html). */
export const DEFAULT_STREAM_BATCH_SIZE = 100;
/** 0 s for streams and SQS (AWS: invocation-eventsourcemapping.html). */
export const DEFAULT_BATCHING_WINDOW_SECONDS = 0;
/** 1 (AWS: services-kinesis-parameters.html). */
export const DEFAULT_PARALLELIZATION_FACTOR = 1;
/** *Assumption*: AWS requires a starting position; LATEST is the console's first choice. */
export const DEFAULT_STARTING_POSITION: StartingPosition = 'LATEST';
export const DEFAULT_STARTING_POSITION_TIMESTAMP = null;
/** *Assumption*: the stream starts empty. */
export const DEFAULT_PRELOAD_RECORDS = 0;
export const DEFAULT_BISECT_BATCH_ON_FUNCTION_ERROR = false;
/** −1 = retry until the records expire (AWS: services-kinesis-parameters.html). */
export const DEFAULT_STREAM_MAXIMUM_RETRY_ATTEMPTS = -1;
/** −1 = no age limit beyond retention (AWS: services-kinesis-parameters.html). */
export const DEFAULT_MAXIMUM_RECORD_AGE_SECONDS = -1;
export const DEFAULT_REPORT_BATCH_ITEM_FAILURES = false;
/** 24 hours: Kinesis default, DynamoDB Streams fixed (AWS: services-ddb-params.html). */
export const DEFAULT_STREAM_RETENTION_SECONDS = 86_400;

/** 10 (AWS: services-sqs-parameters.html). */
export const DEFAULT_SQS_BATCH_SIZE = 10;
/** 30 s (third party: the SQS queue default, not read on an AWS page here). */
export const DEFAULT_VISIBILITY_TIMEOUT_SECONDS = 30;
/** null = the queue has no redrive policy. */
export const DEFAULT_MAX_RECEIVE_COUNT = null;
/** null = the mapping's concurrency is limited only by SQS poller scaling. */
export const DEFAULT_MAXIMUM_CONCURRENCY = null;
/** Four days (AWS: SQS `MessageRetentionPeriod` default). */
export const DEFAULT_SQS_RETENTION_SECONDS = 345_600;
/** *Assumption*: the queue starts empty. */
export const DEFAULT_INITIAL_MESSAGES = 0;

// ── Destinations ──────────────────────────────────────────────────────────────────────────────

/** *Assumption*: a destination without a type is an SQS queue (the most common DLQ). */
export const DEFAULT_DESTINATION_TYPE: DestinationType = 'sqs';

/**
 * The leaf fields of the scenario's top level, account, functions and destinations: allowed
 * ranges (AWS's, with the page they come from, or *assumption* caps that keep runs sane) and
 * defaults. Sources, traffic and distributions are in sourceFields.ts.
 */
import * as D from './defaults';
import type { LeafSpecs } from './fieldSpec';

/** One year of simulated time: the longest horizon, and the cap on any duration in seconds. */
export const MAX_SECONDS = 31_536_000;
/** *Assumption*: the largest account concurrency limit accepted (AWS: "tens of thousands"). */
export const MAX_ACCOUNT_CONCURRENCY = 1_000_000;
/** *Assumption*: caps on list sizes, so a scenario stays something a person wrote. */
export const MAX_FUNCTIONS = 100;
export const MAX_SOURCES = 100;
export const MAX_DESTINATIONS = 100;
export const MAX_SCHEDULE_ENTRIES = 1000;

/** Function names: AWS's unqualified name rule (AWS: API_CreateFunction). */
export const FUNCTION_NAME_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Destination names: SQS queue / SNS topic name characters (1–80). */
export const DESTINATION_NAME_PATTERN = /^[A-Za-z0-9_.-]{1,80}$/;

/** Runtimes the format knows; each picks a default runtime init (the engine's runtimeInit.ts). */
export const RUNTIMES = [
  'nodejs22.x',
  'nodejs20.x',
  'python3.13',
  'python3.12',
  'java21',
  'java17',
  'go',
  'rust',
  'dotnet8',
  'ruby3.4',
  'custom',
] as const;

/** Top-level leaves of a scenario. */
export const SCENARIO_FIELDS = {
  name: {
    kind: 'string',
    default: D.DEFAULT_SCENARIO_NAME,
    maxLength: 200,
    description: 'Title of the scenario.',
  },
  description: {
    kind: 'string',
    default: D.DEFAULT_SCENARIO_DESCRIPTION,
    maxLength: 5000,
    description: 'What this scenario shows.',
  },
  seed: {
    kind: 'number',
    integer: true,
    min: 0,
    max: 4_294_967_295,
    default: D.DEFAULT_SEED,
    description: 'Seed of the random number generator: same scenario and seed, same result.',
  },
  durationSeconds: {
    kind: 'number',
    min: 1,
    max: MAX_SECONDS,
    description: 'Simulated horizon in seconds (1 s to 365 days).',
  },
} as const satisfies LeafSpecs;

/** `limits`: the engine's safety budget. */
export const LIMITS_FIELDS = {
  maxEvents: {
    kind: 'number',
    integer: true,
    min: 1000,
    max: 2_000_000_000,
    default: D.DEFAULT_MAX_EVENTS,
    description: 'Event budget: a run past it stops with truncated: true (assumption: 50 million).',
  },
} as const satisfies LeafSpecs;

/** `account` leaves (the scaling model is read separately). */
export const ACCOUNT_FIELDS = {
  concurrencyLimit: {
    kind: 'number',
    integer: true,
    min: 1,
    max: MAX_ACCOUNT_CONCURRENCY,
    default: D.DEFAULT_CONCURRENCY_LIMIT,
    description: 'Account concurrent executions per Region (AWS default 1,000).',
  },
} as const satisfies LeafSpecs;

/** Scaling-rate models (DESIGN §2.1): current (per function), legacy (account burst), none. */
export const SCALING_MODELS = ['current', 'legacy', 'none'] as const;

/** `account.scaling.burstLimit` (legacy model only); its default depends on the account limit. */
export const BURST_LIMIT_FIELD = {
  kind: 'number',
  integer: true,
  min: 1,
  max: MAX_ACCOUNT_CONCURRENCY,
  description:
    'Legacy account-wide burst: 3,000 (us-east-1, us-west-2, eu-west-1), 1,000 (ap-northeast-1, eu-central-1, us-east-2) or 500; at most the account limit. Default min(3000, concurrencyLimit).',
} as const;

/** Leaves of `functions[i]` (distributions and nested objects are read separately). */
export const FUNCTION_FIELDS = {
  name: {
    kind: 'string',
    maxLength: 64,
    pattern: { regex: FUNCTION_NAME_PATTERN, says: '1–64 letters, digits, "-" or "_"' },
    description: 'Unique function name: 1–64 letters, digits, hyphens or underscores.',
  },
  runtime: {
    kind: 'enum',
    values: RUNTIMES,
    default: D.DEFAULT_RUNTIME,
    description: 'Runtime; picks the default runtime init time added to every cold start.',
  },
  architecture: {
    kind: 'enum',
    values: ['x86_64', 'arm64'],
    default: D.DEFAULT_ARCHITECTURE,
    description: 'Instruction set; arm64 duration is billed 20% lower.',
  },
  memoryMB: {
    kind: 'number',
    integer: true,
    min: 128,
    max: 10_240,
    default: D.DEFAULT_MEMORY_MB,
    description: 'Memory in MB, 128–10,240 (AWS); cost is per GB-second.',
  },
  timeoutSeconds: {
    kind: 'number',
    integer: true,
    min: 1,
    max: 900,
    default: D.DEFAULT_TIMEOUT_SECONDS,
    description: 'Function timeout in seconds, 1–900 (AWS); longer invocations fail as timeouts.',
  },
  placement: {
    kind: 'enum',
    values: ['mostRecent', 'leastRecent', 'random'],
    default: D.DEFAULT_PLACEMENT,
    description: 'Which idle environment takes a request (assumption: most recently created first).',
  },
  reservedConcurrency: {
    kind: 'nullableNumber',
    integer: true,
    min: 0,
    max: MAX_ACCOUNT_CONCURRENCY,
    default: D.DEFAULT_RESERVED_CONCURRENCY,
    description:
      'Reserved concurrency: both guaranteed minimum and maximum; 0 = never invoked; null = unreserved.',
  },
  idempotent: {
    kind: 'boolean',
    default: D.DEFAULT_IDEMPOTENT,
    description: 'Duplicate deliveries are detected and skipped.',
  },
} as const satisfies LeafSpecs;

/** `functions[i].errors`: injected failure probabilities, 0–1. */
export const ERROR_FIELDS = {
  transientRate: {
    kind: 'number',
    min: 0,
    max: 1,
    default: D.DEFAULT_TRANSIENT_ERROR_RATE,
    description: 'Probability that one attempt fails (independently per attempt), 0–1.',
  },
  poisonRate: {
    kind: 'number',
    min: 0,
    max: 1,
    default: D.DEFAULT_POISON_RATE,
    description: 'Probability that a request, record or message fails on every attempt, 0–1.',
  },
} as const satisfies LeafSpecs;

/** `functions[i].async`: EventInvokeConfig and DeadLetterConfig (AWS: API_FunctionEventInvokeConfig). */
export const ASYNC_FIELDS = {
  maximumRetryAttempts: {
    kind: 'number',
    integer: true,
    min: 0,
    max: 2,
    default: D.DEFAULT_ASYNC_MAXIMUM_RETRY_ATTEMPTS,
    description: 'Retries after a function error, 0–2 (AWS default 2).',
  },
  maximumEventAgeInSeconds: {
    kind: 'number',
    integer: true,
    min: 60,
    max: 21_600,
    default: D.DEFAULT_ASYNC_MAXIMUM_EVENT_AGE_SECONDS,
    description: 'Oldest an event may get before it is discarded, 60–21,600 s (AWS default 6 hours).',
  },
  onSuccess: {
    kind: 'destinationRef',
    accepts: ['sqs', 'sns', 'eventbridge', 'lambda'],
    description: 'Destination for successful events (not S3), or null.',
  },
  onFailure: {
    kind: 'destinationRef',
    accepts: ['sqs', 'sns', 'eventbridge', 'lambda', 's3'],
    description: 'Destination for events that exhausted retries or expired, or null.',
  },
  deadLetterQueue: {
    kind: 'destinationRef',
    accepts: ['sqs', 'sns'],
    description: 'Dead-letter queue (SQS queue or SNS topic) for failed events, or null.',
  },
} as const satisfies LeafSpecs;

/** `functions[i].provisionedConcurrency` leaves. */
export const PROVISIONED_FIELDS = {
  count: {
    kind: 'number',
    integer: true,
    min: 0,
    max: MAX_ACCOUNT_CONCURRENCY,
    default: 0,
    description: 'Provisioned environments requested at the start.',
  },
} as const satisfies LeafSpecs;

/** One scheduled provisioned-concurrency change. */
export const SCHEDULE_FIELDS = {
  atSecond: {
    kind: 'number',
    min: 0,
    max: MAX_SECONDS,
    description: 'When the scheduled change happens (s).',
  },
  count: {
    kind: 'number',
    integer: true,
    min: 0,
    max: MAX_ACCOUNT_CONCURRENCY,
    description: 'Provisioned concurrency from then on.',
  },
} as const satisfies LeafSpecs;

/** Target tracking of provisioned concurrency (Application Auto Scaling). */
export const AUTOSCALING_FIELDS = {
  min: {
    kind: 'number',
    integer: true,
    min: 0,
    max: MAX_ACCOUNT_CONCURRENCY,
    description: 'Fewest provisioned environments.',
  },
  max: {
    kind: 'number',
    integer: true,
    min: 0,
    max: MAX_ACCOUNT_CONCURRENCY,
    description: 'Most provisioned environments.',
  },
  targetUtilization: {
    kind: 'number',
    min: 0,
    max: 1,
    exclusiveMin: true,
    default: D.DEFAULT_TARGET_UTILIZATION,
    description: 'Target ProvisionedConcurrencyUtilization, greater than 0 and at most 1.',
  },
} as const satisfies LeafSpecs;

/** Sink types of destinations and dead-letter queues (AWS: invocation-async-retain-records.html). */
export const DESTINATION_TYPES = ['sqs', 'sns', 'eventbridge', 'lambda', 's3'] as const;

/** Leaves of `destinations[i]`. */
export const DESTINATION_FIELDS = {
  name: {
    kind: 'string',
    maxLength: 80,
    pattern: { regex: DESTINATION_NAME_PATTERN, says: '1–80 letters, digits, ".", "-" or "_"' },
    description: 'Unique name the functions and sources refer to.',
  },
  type: {
    kind: 'enum',
    values: DESTINATION_TYPES,
    default: D.DEFAULT_DESTINATION_TYPE,
    description: 'Kind of sink; S3 is accepted for failures only.',
  },
} as const satisfies LeafSpecs;

/**
 * Reads one source (DESIGN §3 `sources[i]`): sync (with its client), async, Kinesis / DynamoDB
 * Streams and SQS event source mappings, with the rules AWS applies when a mapping is created
 * (visibility timeout ≥ function timeout, DynamoDB's fixed 24 h retention, SQS batch window …).
 */
import type { ClientConfig, FunctionConfig, Source, SqsSource, StreamSource, SyncSource } from './types';
import * as D from './defaults';
import { at, describe } from './issues';
import { readLeaves, readObject, warnUnknownKeys, type ReadContext } from './fieldSpec';
import { ENGINE_SOURCE_TYPES, SCENARIO_SOURCE_TYPES } from './capabilities';
import {
  ASYNC_SOURCE_FIELDS,
  BACKOFF_FIELDS,
  CLIENT_FIELDS,
  FUNCTION_REF_DESCRIPTION,
  SQS_FIELDS,
  STREAM_FIELDS,
} from './sourceFields';
import { readTraffic } from './validateTraffic';

/** AWS recommends a visibility timeout of at least 6× the function timeout (services-sqs-configure.html). */
export const RECOMMENDED_VISIBILITY_FACTOR = 6;

const COMMON_KEYS = ['type', 'function', 'traffic'];

/** Read `sources[i]`; `functions` are the scenario's functions (for the name and timeout). */
export function readSource(
  ctx: ReadContext,
  raw: unknown,
  path: string,
  functions: readonly FunctionConfig[],
  horizonSeconds: number,
): Source | null {
  const obj = readObject(ctx, raw, path);
  if (!obj) return null;
  const type = readType(ctx, obj['type'], at(path, 'type'));
  if (type === null) return null;
  const fn = readFunctionRef(ctx, obj['function'], at(path, 'function'), functions);
  const common = {
    function: fn?.name ?? '',
    traffic: readTraffic(ctx, obj['traffic'], at(path, 'traffic'), horizonSeconds),
  };
  switch (type) {
    case 'sync':
      warnUnknownKeys(ctx, obj, path, [...COMMON_KEYS, 'client']);
      return {
        type,
        ...common,
        client: readClient(ctx, obj['client'], at(path, 'client')),
      } satisfies SyncSource;
    case 'async':
      warnUnknownKeys(ctx, obj, path, [...COMMON_KEYS, ...Object.keys(ASYNC_SOURCE_FIELDS)]);
      return { type, ...common, ...readLeaves(ctx, obj, path, ASYNC_SOURCE_FIELDS) };
    case 'kinesis':
    case 'dynamodb': {
      warnUnknownKeys(ctx, obj, path, [...COMMON_KEYS, ...Object.keys(STREAM_FIELDS)]);
      const source: StreamSource = { type, ...common, ...readLeaves(ctx, obj, path, STREAM_FIELDS) };
      checkStream(ctx, source, path);
      return source;
    }
    case 'sqs': {
      warnUnknownKeys(ctx, obj, path, [...COMMON_KEYS, ...Object.keys(SQS_FIELDS)]);
      const source: SqsSource = { type, ...common, ...readLeaves(ctx, obj, path, SQS_FIELDS) };
      checkSqs(ctx, source, path, fn);
      return source;
    }
    default: {
      const never: never = type;
      throw new Error(`unknown source type ${String(never)}`);
    }
  }
}

function readType(ctx: ReadContext, raw: unknown, path: string): Source['type'] | null {
  const choices = ENGINE_SOURCE_TYPES.join(', ');
  if (raw === undefined) {
    ctx.issues.error(path, `required: the kind of source, one of ${choices}`);
    return null;
  }
  if (typeof raw !== 'string') {
    ctx.issues.error(path, `must be a string, one of ${choices} (got ${describe(raw)})`);
    return null;
  }
  if (!(ENGINE_SOURCE_TYPES as readonly string[]).includes(raw)) {
    const known = (SCENARIO_SOURCE_TYPES as readonly string[]).includes(raw);
    ctx.issues.error(path, `'${raw}' is not simulated${known ? ' yet' : ''}; use one of ${choices}`);
    return null;
  }
  return raw as Source['type'];
}

function readFunctionRef(
  ctx: ReadContext,
  raw: unknown,
  path: string,
  functions: readonly FunctionConfig[],
): FunctionConfig | null {
  const names = functions.map((f) => f.name);
  if (raw === undefined) {
    if (functions.length === 1) return functions[0] ?? null;
    ctx.issues.error(path, `required: ${FUNCTION_REF_DESCRIPTION}`);
    return null;
  }
  if (typeof raw !== 'string') {
    ctx.issues.error(path, `must be the name of a function (got ${describe(raw)})`);
    return null;
  }
  const fn = functions.find((f) => f.name === raw);
  if (!fn) {
    ctx.issues.error(
      path,
      `'${raw}' is not a function of this scenario (functions: ${names.join(', ') || 'none'})`,
    );
  }
  return fn ?? null;
}

function readClient(ctx: ReadContext, raw: unknown, path: string): ClientConfig {
  const obj = (raw === undefined ? {} : readObject(ctx, raw, path)) ?? {};
  warnUnknownKeys(ctx, obj, path, [...Object.keys(CLIENT_FIELDS), 'backoff', 'retryOn']);
  const leaves = readLeaves(ctx, obj, path, CLIENT_FIELDS);
  const backoffPath = at(path, 'backoff');
  const backoffObj = (obj['backoff'] === undefined ? {} : readObject(ctx, obj['backoff'], backoffPath)) ?? {};
  warnUnknownKeys(ctx, backoffObj, backoffPath, Object.keys(BACKOFF_FIELDS));
  const backoff = readLeaves(ctx, backoffObj, backoffPath, BACKOFF_FIELDS);
  if (!ctx.issues.failed(backoffPath) && backoff.maxSeconds < backoff.baseSeconds) {
    ctx.issues.error(
      at(backoffPath, 'maxSeconds'),
      `must be at least baseSeconds (${backoff.baseSeconds}) (got ${backoff.maxSeconds})`,
    );
  }
  return {
    maxAttempts: leaves.maxAttempts,
    backoff,
    retryOn: readRetryOn(ctx, obj['retryOn'], at(path, 'retryOn')),
    timeoutSeconds: leaves.timeoutSeconds,
  };
}

const RETRY_ON = ['throttle', 'error'] as const;

function readRetryOn(ctx: ReadContext, raw: unknown, path: string): ClientConfig['retryOn'] {
  if (raw === undefined) return [...D.DEFAULT_RETRY_ON];
  const valid =
    Array.isArray(raw) &&
    raw.every((v: unknown) => typeof v === 'string' && (RETRY_ON as readonly string[]).includes(v)) &&
    new Set(raw).size === raw.length;
  if (!valid) {
    ctx.issues.error(path, `must be a list of distinct "throttle", "error" (got ${describe(raw)})`);
    return [...D.DEFAULT_RETRY_ON];
  }
  return raw as ClientConfig['retryOn'];
}

function checkStream(ctx: ReadContext, s: StreamSource, path: string): void {
  const tsPath = at(path, 'startingPositionTimestamp');
  if (s.type === 'dynamodb' && s.startingPosition === 'AT_TIMESTAMP') {
    ctx.issues.error(
      at(path, 'startingPosition'),
      'DynamoDB Streams support only "LATEST" and "TRIM_HORIZON"',
    );
  }
  if (
    s.startingPosition === 'AT_TIMESTAMP' &&
    s.startingPositionTimestamp === null &&
    !ctx.issues.failed(tsPath)
  ) {
    ctx.issues.error(
      tsPath,
      'required when startingPosition is "AT_TIMESTAMP": seconds before the run starts to read from',
    );
  }
  if (s.startingPosition !== 'AT_TIMESTAMP' && s.startingPositionTimestamp !== null) {
    ctx.issues.warn(tsPath, `ignored: startingPosition is "${s.startingPosition}", not "AT_TIMESTAMP"`);
  }
  if (
    s.type === 'dynamodb' &&
    s.retentionSeconds !== D.DEFAULT_STREAM_RETENTION_SECONDS &&
    !ctx.issues.failed(at(path, 'retentionSeconds'))
  ) {
    ctx.issues.error(
      at(path, 'retentionSeconds'),
      `DynamoDB Streams keep records for 24 hours (86400); it cannot be changed (got ${s.retentionSeconds})`,
    );
  }
  if (
    s.startingPositionTimestamp !== null &&
    !ctx.issues.failed(tsPath) &&
    s.startingPositionTimestamp > s.retentionSeconds
  ) {
    ctx.issues.warn(
      tsPath,
      `reaches further back than the stream's retention (${s.retentionSeconds} s): reading starts at the oldest record`,
    );
  }
}

function checkSqs(ctx: ReadContext, s: SqsSource, path: string, fn: FunctionConfig | null): void {
  const visibilityPath = at(path, 'visibilityTimeoutSeconds');
  if (fn && !ctx.issues.failed(visibilityPath)) {
    const shown = `${s.visibilityTimeoutSeconds}${s.visibilityTimeoutSeconds === D.DEFAULT_VISIBILITY_TIMEOUT_SECONDS ? ', the default' : ''}`;
    if (s.visibilityTimeoutSeconds < fn.timeoutSeconds) {
      ctx.issues.error(
        visibilityPath,
        `must be at least the timeout of function '${fn.name}' (${fn.timeoutSeconds} s) (got ${shown}): AWS refuses to create this event source mapping`,
      );
    } else if (s.visibilityTimeoutSeconds < RECOMMENDED_VISIBILITY_FACTOR * fn.timeoutSeconds) {
      ctx.issues.warn(
        visibilityPath,
        `${shown} s is less than 6× the timeout of function '${fn.name}' (${RECOMMENDED_VISIBILITY_FACTOR * fn.timeoutSeconds} s), as AWS recommends: throttled or slow batches may be processed twice`,
      );
    }
  }
  const windowPath = at(path, 'maximumBatchingWindowInSeconds');
  if (
    s.batchSize > 10 &&
    s.maximumBatchingWindowInSeconds < 1 &&
    !ctx.issues.failed(windowPath) &&
    !ctx.issues.failed(at(path, 'batchSize'))
  ) {
    ctx.issues.error(
      windowPath,
      `must be at least 1 when batchSize is above 10 (batchSize ${s.batchSize}): AWS requires a batching window for large SQS batches`,
    );
  }
  if (
    s.deadLetterQueue !== null &&
    s.maxReceiveCount === null &&
    !ctx.issues.failed(at(path, 'maxReceiveCount'))
  ) {
    ctx.issues.error(
      at(path, 'maxReceiveCount'),
      'required with a deadLetterQueue: a redrive policy names both the queue and maxReceiveCount',
    );
  }
  if (
    s.maxReceiveCount !== null &&
    s.deadLetterQueue === null &&
    !ctx.issues.failed(at(path, 'deadLetterQueue'))
  ) {
    ctx.issues.error(
      at(path, 'deadLetterQueue'),
      'required with maxReceiveCount: a redrive policy names both the queue and maxReceiveCount',
    );
  }
  if (
    fn &&
    fn.reservedConcurrency !== null &&
    s.maximumConcurrency !== null &&
    s.maximumConcurrency > fn.reservedConcurrency
  ) {
    ctx.issues.warn(
      at(path, 'maximumConcurrency'),
      `${s.maximumConcurrency} is above the reserved concurrency of function '${fn.name}' (${fn.reservedConcurrency}): AWS advises against it, the extra pollers only get throttled`,
    );
  }
}

/**
 * Reads one function (DESIGN §3 `functions[i]`): its leaf settings, distributions, errors, async
 * invoke configuration and provisioned concurrency, and the checks that only need the function and
 * the account limit (provisioned ≤ reserved ≤ account, autoscaling min ≤ max, schedule order).
 */
import type {
  AsyncConfig,
  ErrorConfig,
  FunctionConfig,
  ProvisionedConfig,
  ScheduledProvisioning,
} from './types';
import * as D from './defaults';
import { at, describe, item } from './issues';
import { readLeaves, readObject, warnUnknownKeys, type ReadContext } from './fieldSpec';
import {
  ASYNC_FIELDS,
  AUTOSCALING_FIELDS,
  ERROR_FIELDS,
  FUNCTION_FIELDS,
  MAX_SCHEDULE_ENTRIES,
  PROVISIONED_FIELDS,
  SCHEDULE_FIELDS,
} from './fields';
import { readDistribution } from './validateDistribution';

/** Composite (non-leaf) fields of a function. */
export const FUNCTION_COMPOSITES = [
  'duration',
  'init',
  'idleLifetimeSeconds',
  'errors',
  'provisionedConcurrency',
  'async',
] as const;

/** Read `functions[i]`; `accountLimit` bounds provisioned concurrency. */
export function readFunction(
  ctx: ReadContext,
  raw: unknown,
  path: string,
  accountLimit: number,
): FunctionConfig | null {
  const obj = readObject(ctx, raw, path);
  if (!obj) return null;
  warnUnknownKeys(ctx, obj, path, [...Object.keys(FUNCTION_FIELDS), ...FUNCTION_COMPOSITES]);
  const leaves = readLeaves(ctx, obj, path, FUNCTION_FIELDS);
  const fn: FunctionConfig = {
    // An invalid name is kept as written (the scenario is refused anyway) so sources naming it
    // do not earn a second, misleading "not a function" error.
    name: typeof obj['name'] === 'string' ? obj['name'] : leaves.name,
    runtime: leaves.runtime,
    architecture: leaves.architecture,
    memoryMB: leaves.memoryMB,
    timeoutSeconds: leaves.timeoutSeconds,
    duration: readDistribution(ctx, obj['duration'], at(path, 'duration'), D.DEFAULT_DURATION),
    init: readDistribution(ctx, obj['init'], at(path, 'init'), D.DEFAULT_INIT_SECONDS),
    idleLifetimeSeconds: readDistribution(
      ctx,
      obj['idleLifetimeSeconds'],
      at(path, 'idleLifetimeSeconds'),
      D.DEFAULT_IDLE_LIFETIME_SECONDS,
    ),
    placement: leaves.placement,
    errors: readErrors(ctx, obj['errors'], at(path, 'errors')),
    reservedConcurrency: leaves.reservedConcurrency,
    provisionedConcurrency: readProvisioned(
      ctx,
      obj['provisionedConcurrency'],
      at(path, 'provisionedConcurrency'),
    ),
    idempotent: leaves.idempotent,
    async: readAsync(ctx, obj['async'], at(path, 'async')),
  };
  checkConcurrency(ctx, fn, path, accountLimit);
  return fn;
}

function readErrors(ctx: ReadContext, raw: unknown, path: string): ErrorConfig {
  const obj = raw === undefined ? {} : readObject(ctx, raw, path);
  if (!obj) return { transientRate: D.DEFAULT_TRANSIENT_ERROR_RATE, poisonRate: D.DEFAULT_POISON_RATE };
  warnUnknownKeys(ctx, obj, path, Object.keys(ERROR_FIELDS));
  return readLeaves(ctx, obj, path, ERROR_FIELDS);
}

function readAsync(ctx: ReadContext, raw: unknown, path: string): AsyncConfig {
  const obj = (raw === undefined ? {} : readObject(ctx, raw, path)) ?? {};
  warnUnknownKeys(ctx, obj, path, Object.keys(ASYNC_FIELDS));
  return readLeaves(ctx, obj, path, ASYNC_FIELDS);
}

function readProvisioned(ctx: ReadContext, raw: unknown, path: string): ProvisionedConfig | null {
  if (raw === undefined || raw === null) return D.DEFAULT_PROVISIONED_CONCURRENCY;
  if (typeof raw === 'number') {
    ctx.issues.error(path, `must be an object like {"count": ${raw}} or null (got a number)`);
    return null;
  }
  const obj = readObject(ctx, raw, path);
  if (!obj) return null;
  warnUnknownKeys(ctx, obj, path, ['count', 'schedule', 'autoscaling']);
  const { count } = readLeaves(ctx, obj, path, PROVISIONED_FIELDS);
  const schedule = readSchedule(ctx, obj['schedule'], at(path, 'schedule'));
  const autoscalingPath = at(path, 'autoscaling');
  const autoscalingRaw = obj['autoscaling'];
  let autoscaling: ProvisionedConfig['autoscaling'] = null;
  if (autoscalingRaw !== undefined && autoscalingRaw !== null) {
    const a = readObject(ctx, autoscalingRaw, autoscalingPath);
    if (a) {
      warnUnknownKeys(ctx, a, autoscalingPath, Object.keys(AUTOSCALING_FIELDS));
      autoscaling = readLeaves(ctx, a, autoscalingPath, AUTOSCALING_FIELDS);
      if (!ctx.issues.failed(autoscalingPath) && autoscaling.min > autoscaling.max) {
        ctx.issues.error(
          at(autoscalingPath, 'max'),
          `must be at least min (${autoscaling.min}) (got ${autoscaling.max})`,
        );
      }
    }
  }
  return { count, schedule, autoscaling };
}

function readSchedule(ctx: ReadContext, raw: unknown, path: string): ScheduledProvisioning[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    ctx.issues.error(path, `must be an array of {"atSecond", "count"} (got ${describe(raw)})`);
    return [];
  }
  if (raw.length > MAX_SCHEDULE_ENTRIES) {
    ctx.issues.error(path, `must hold at most ${MAX_SCHEDULE_ENTRIES} entries (got ${raw.length})`);
    return [];
  }
  const schedule: ScheduledProvisioning[] = [];
  raw.forEach((entry: unknown, i) => {
    const here = item(path, i);
    const obj = readObject(ctx, entry, here);
    if (!obj) return;
    warnUnknownKeys(ctx, obj, here, Object.keys(SCHEDULE_FIELDS));
    const step = readLeaves(ctx, obj, here, SCHEDULE_FIELDS);
    const previous = schedule[schedule.length - 1];
    if (previous && !ctx.issues.failed(at(here, 'atSecond')) && step.atSecond <= previous.atSecond) {
      ctx.issues.error(
        at(here, 'atSecond'),
        `schedule must be sorted by atSecond, each later than the one before (${previous.atSecond}) (got ${step.atSecond})`,
      );
    }
    schedule.push(step);
  });
  return schedule;
}

/** The provisioned counts a function may ask for over the run, with their paths. */
function provisionedCounts(fn: FunctionConfig, path: string): { path: string; count: number }[] {
  const pc = fn.provisionedConcurrency;
  if (!pc) return [];
  const base = at(path, 'provisionedConcurrency');
  return [
    { path: at(base, 'count'), count: pc.count },
    ...pc.schedule.map((s, i) => ({ path: at(item(at(base, 'schedule'), i), 'count'), count: s.count })),
    ...(pc.autoscaling ? [{ path: at(at(base, 'autoscaling'), 'max'), count: pc.autoscaling.max }] : []),
  ];
}

/** The highest provisioned concurrency a function asks for at any time (0 without provisioning). */
export function peakProvisioned(fn: FunctionConfig): number {
  return Math.max(0, ...provisionedCounts(fn, '').map((c) => c.count));
}

function checkConcurrency(ctx: ReadContext, fn: FunctionConfig, path: string, accountLimit: number): void {
  const reservedPath = at(path, 'reservedConcurrency');
  if (
    fn.reservedConcurrency !== null &&
    !ctx.issues.failed(reservedPath) &&
    fn.reservedConcurrency > accountLimit
  ) {
    ctx.issues.error(
      reservedPath,
      `must be at most the account concurrencyLimit (${accountLimit}) (got ${fn.reservedConcurrency})`,
    );
  }
  for (const { path: here, count } of provisionedCounts(fn, path)) {
    if (ctx.issues.failed(here)) continue;
    if (fn.reservedConcurrency !== null && count > fn.reservedConcurrency) {
      ctx.issues.error(
        here,
        `must be at most the function's reservedConcurrency (${fn.reservedConcurrency}) (got ${count}): provisioned concurrency counts against reserved concurrency`,
      );
    } else if (count > accountLimit) {
      ctx.issues.error(here, `must be at most the account concurrencyLimit (${accountLimit}) (got ${count})`);
    }
  }
}

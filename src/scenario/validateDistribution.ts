/**
 * Reads a distribution of seconds (DESIGN §3): a plain number (fixed) or
 * `{distribution: fixed|exponential|uniform|normal|lognormal|empirical, …}`.
 */
import type { Distribution } from './types';
import { at, describe, item } from './issues';
import { numberProblem, readLeaves, readObject, warnUnknownKeys, type ReadContext } from './fieldSpec';
import { DISTRIBUTION_FIELDS, DISTRIBUTION_KINDS, FIXED_SECONDS, MAX_LIST_LENGTH } from './trafficFields';

type Kind = keyof typeof DISTRIBUTION_FIELDS;

/** Read the distribution at `path`; `fallback` is returned when it is absent. */
export function readDistribution(
  ctx: ReadContext,
  raw: unknown,
  path: string,
  fallback: Distribution,
): Distribution {
  if (raw === undefined) return fallback;
  if (typeof raw === 'number') {
    const problem = numberProblem(raw, FIXED_SECONDS);
    if (problem) ctx.issues.error(path, `${problem}; a plain number is a fixed time in seconds`);
    return raw;
  }
  const obj = readObjectOrExplain(ctx, raw, path);
  if (!obj) return fallback;
  const kind = obj['distribution'];
  if (typeof kind !== 'string' || !(DISTRIBUTION_KINDS as string[]).includes(kind)) {
    ctx.issues.error(
      at(path, 'distribution'),
      `must be one of ${DISTRIBUTION_KINDS.map((k) => JSON.stringify(k)).join(', ')} (got ${describe(kind)})`,
    );
    return fallback;
  }
  return readKind(ctx, obj, path, kind as Kind) ?? fallback;
}

function readObjectOrExplain(ctx: ReadContext, raw: unknown, path: string): Record<string, unknown> | null {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) return readObject(ctx, raw, path);
  ctx.issues.error(
    path,
    `must be a number of seconds or a distribution object like {"distribution":"lognormal","median":0.1,"p99":0.5} (got ${describe(raw)})`,
  );
  return null;
}

function readKind(
  ctx: ReadContext,
  obj: Record<string, unknown>,
  path: string,
  kind: Kind,
): Distribution | null {
  const fields = DISTRIBUTION_FIELDS[kind];
  warnUnknownKeys(ctx, obj, path, [
    'distribution',
    ...Object.keys(fields),
    ...(kind === 'empirical' ? ['values'] : []),
  ]);
  switch (kind) {
    case 'fixed':
      return { distribution: 'fixed', ...readLeaves(ctx, obj, path, DISTRIBUTION_FIELDS.fixed) };
    case 'exponential':
      return { distribution: 'exponential', ...readLeaves(ctx, obj, path, DISTRIBUTION_FIELDS.exponential) };
    case 'uniform': {
      const v = readLeaves(ctx, obj, path, DISTRIBUTION_FIELDS.uniform);
      if (!ctx.issues.failed(path) && v.min > v.max) {
        ctx.issues.error(at(path, 'max'), `must be at least min (${v.min}) (got ${v.max})`);
      }
      return { distribution: 'uniform', ...v };
    }
    case 'normal':
      return { distribution: 'normal', ...readLeaves(ctx, obj, path, DISTRIBUTION_FIELDS.normal) };
    case 'lognormal': {
      const v = readLeaves(ctx, obj, path, DISTRIBUTION_FIELDS.lognormal);
      if (!ctx.issues.failed(path) && v.p99 <= v.median) {
        ctx.issues.error(at(path, 'p99'), `must be greater than the median (${v.median}) (got ${v.p99})`);
      }
      return { distribution: 'lognormal', ...v };
    }
    case 'empirical':
      return {
        distribution: 'empirical',
        values: readEmpiricalValues(ctx, obj['values'], at(path, 'values')),
      };
    default: {
      const never: never = kind;
      throw new Error(`unknown distribution ${String(never)}`);
    }
  }
}

function readEmpiricalValues(ctx: ReadContext, raw: unknown, path: string): number[] {
  if (!Array.isArray(raw)) {
    ctx.issues.error(path, `must be a non-empty array of seconds (got ${describe(raw)})`);
    return [];
  }
  if (raw.length === 0) ctx.issues.error(path, 'must hold at least one value');
  if (raw.length > MAX_LIST_LENGTH) {
    ctx.issues.error(path, `must hold at most ${MAX_LIST_LENGTH} values (got ${raw.length})`);
    return [];
  }
  const values: number[] = [];
  raw.forEach((value: unknown, i) => {
    const problem = numberProblem(value, FIXED_SECONDS);
    if (problem) ctx.issues.error(item(path, i), problem);
    else values.push(value as number);
  });
  return values;
}

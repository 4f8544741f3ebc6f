/**
 * Reads a source's traffic pattern (DESIGN §3): constant, poisson, steps, ramp, spike, burst,
 * diurnal, trace. Rates are per second, finite and ≥ 0; steps sorted by time; trace counts whole
 * and ≥ 0. A pattern that only starts after the horizon earns a warning (it would offer nothing).
 */
import type { Traffic } from './types';
import { DEFAULT_TRAFFIC } from './defaults';
import { at, describe, item } from './issues';
import { numberProblem, readLeaves, readObject, warnUnknownKeys, type ReadContext } from './fieldSpec';
import { MAX_COUNT } from './sourceFields';
import { MAX_LIST_LENGTH, STEP_FIELDS, TRAFFIC_FIELDS, TRAFFIC_PATTERNS } from './trafficFields';

type Pattern = keyof typeof TRAFFIC_FIELDS;

/** Read the traffic at `path` (absent = the default traffic). */
export function readTraffic(ctx: ReadContext, raw: unknown, path: string, horizonSeconds: number): Traffic {
  if (raw === undefined) return DEFAULT_TRAFFIC;
  const obj = readObject(ctx, raw, path);
  if (!obj) return DEFAULT_TRAFFIC;
  const pattern = obj['pattern'];
  if (typeof pattern !== 'string' || !(TRAFFIC_PATTERNS as string[]).includes(pattern)) {
    ctx.issues.error(
      at(path, 'pattern'),
      `must be one of ${TRAFFIC_PATTERNS.map((p) => JSON.stringify(p)).join(', ')} (got ${describe(pattern)})`,
    );
    return DEFAULT_TRAFFIC;
  }
  const listKey = pattern === 'steps' ? ['steps'] : pattern === 'trace' ? ['counts'] : [];
  warnUnknownKeys(ctx, obj, path, [
    'pattern',
    ...Object.keys(TRAFFIC_FIELDS[pattern as Pattern]),
    ...listKey,
  ]);
  const traffic = readPattern(ctx, obj, path, pattern as Pattern);
  if (!ctx.issues.failed(path)) warnIfLate(ctx, traffic, path, horizonSeconds);
  return traffic;
}

function readPattern(
  ctx: ReadContext,
  obj: Record<string, unknown>,
  path: string,
  pattern: Pattern,
): Traffic {
  switch (pattern) {
    case 'constant':
      return { pattern, ...readLeaves(ctx, obj, path, TRAFFIC_FIELDS.constant) };
    case 'poisson':
      return { pattern, ...readLeaves(ctx, obj, path, TRAFFIC_FIELDS.poisson) };
    case 'steps':
      return {
        pattern,
        steps: readSteps(ctx, obj['steps'], at(path, 'steps')),
        ...readLeaves(ctx, obj, path, TRAFFIC_FIELDS.steps),
      };
    case 'ramp': {
      const v = readLeaves(ctx, obj, path, TRAFFIC_FIELDS.ramp);
      if (!ctx.issues.failed(path) && v.endSecond < v.startSecond) {
        ctx.issues.error(
          at(path, 'endSecond'),
          `must be at least startSecond (${v.startSecond}) (got ${v.endSecond})`,
        );
      }
      return { pattern, ...v };
    }
    case 'spike':
      return { pattern, ...readLeaves(ctx, obj, path, TRAFFIC_FIELDS.spike) };
    case 'burst':
      return { pattern, ...readLeaves(ctx, obj, path, TRAFFIC_FIELDS.burst) };
    case 'diurnal':
      return { pattern, ...readLeaves(ctx, obj, path, TRAFFIC_FIELDS.diurnal) };
    case 'trace': {
      const v = readLeaves(ctx, obj, path, TRAFFIC_FIELDS.trace);
      return {
        pattern,
        bucketSeconds: v.bucketSeconds,
        counts: readCounts(ctx, obj['counts'], at(path, 'counts')),
        arrivals: v.arrivals,
      };
    }
    default: {
      const never: never = pattern;
      throw new Error(`unknown traffic pattern ${String(never)}`);
    }
  }
}

function readSteps(ctx: ReadContext, raw: unknown, path: string): { atSecond: number; rate: number }[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    ctx.issues.error(path, `must be a non-empty array of {"atSecond", "rate"} (got ${describe(raw)})`);
    return [];
  }
  if (raw.length > MAX_LIST_LENGTH) {
    ctx.issues.error(path, `must hold at most ${MAX_LIST_LENGTH} steps (got ${raw.length})`);
    return [];
  }
  const steps: { atSecond: number; rate: number }[] = [];
  raw.forEach((entry: unknown, i) => {
    const here = item(path, i);
    const obj = readObject(ctx, entry, here);
    if (!obj) return;
    warnUnknownKeys(ctx, obj, here, Object.keys(STEP_FIELDS));
    const step = readLeaves(ctx, obj, here, STEP_FIELDS);
    const previous = steps[steps.length - 1];
    if (previous && !ctx.issues.failed(at(here, 'atSecond')) && step.atSecond <= previous.atSecond) {
      ctx.issues.error(
        at(here, 'atSecond'),
        `steps must be sorted by atSecond, each later than the one before (${previous.atSecond}) (got ${step.atSecond})`,
      );
    }
    steps.push(step);
  });
  return steps;
}

const COUNT_SPEC = { min: 0, max: MAX_COUNT, integer: true } as const;

function readCounts(ctx: ReadContext, raw: unknown, path: string): number[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    ctx.issues.error(path, `must be a non-empty array of request counts per bucket (got ${describe(raw)})`);
    return [];
  }
  if (raw.length > MAX_LIST_LENGTH) {
    ctx.issues.error(path, `must hold at most ${MAX_LIST_LENGTH} buckets (got ${raw.length})`);
    return [];
  }
  const counts: number[] = [];
  let reported = 0;
  raw.forEach((value: unknown, i) => {
    const problem = numberProblem(value, COUNT_SPEC);
    // A broken trace can hold a million bad counts: name the first few, then count the rest.
    if (problem && reported < 10)
      ctx.issues.error(item(path, i), problem.replace('a whole number', 'a whole count'));
    if (problem) reported += 1;
    else counts.push(value as number);
  });
  if (reported > 10) ctx.issues.error(path, `${reported - 10} more counts are invalid`);
  return counts;
}

/** When the pattern first offers load (seconds), if that is a single instant worth checking. */
function startOf(traffic: Traffic): number | null {
  switch (traffic.pattern) {
    case 'steps':
      return traffic.steps.find((s) => s.rate > 0)?.atSecond ?? null;
    case 'burst':
      return traffic.atSecond;
    case 'ramp':
      return traffic.fromRate > 0 ? 0 : traffic.startSecond;
    case 'spike':
      return traffic.baseRate > 0 ? 0 : traffic.atSecond;
    default:
      return null;
  }
}

function warnIfLate(ctx: ReadContext, traffic: Traffic, path: string, horizonSeconds: number): void {
  const start = startOf(traffic);
  if (start !== null && start >= horizonSeconds) {
    ctx.issues.warn(
      path,
      `offers no requests before the end of the run (starts at ${start} s; durationSeconds is ${horizonSeconds})`,
    );
  }
}

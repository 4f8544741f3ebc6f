/**
 * `restoreScenario()` turns untrusted input (a file, a share link, the JSON editor, local storage)
 * into a complete `Scenario`, or into the list of every problem with its JSON path. It migrates
 * older format versions, fills defaults, validates every range and cross-reference, and never
 * clamps: a value out of range is an error that says the allowed range. Unknown fields are
 * warnings (ignored), so a typo is pointed out without making the scenario unusable.
 */
import type { AccountConfig, Destination, ScalingConfig, Scenario } from './types';
import * as D from './defaults';
import { at, describe, item, IssueCollector, type Issue } from './issues';
import { readLeaf, readLeaves, readObject, warnUnknownKeys, type ReadContext } from './fieldSpec';
import {
  ACCOUNT_FIELDS,
  BURST_LIMIT_FIELD,
  DESTINATION_FIELDS,
  LIMITS_FIELDS,
  MAX_DESTINATIONS,
  MAX_FUNCTIONS,
  MAX_SOURCES,
  SCALING_MODELS,
  SCENARIO_FIELDS,
} from './fields';
import { migrate } from './migrate';
import { readFunction } from './validateFunction';
import { readSource } from './validateSource';
import { checkScenario } from './crossChecks';

export type { Issue } from './issues';

/** A restored scenario with its warnings, or every error found (with the warnings seen too). */
export type RestoreResult =
  { ok: true; scenario: Scenario; warnings: Issue[] } | { ok: false; errors: Issue[]; warnings: Issue[] };

/** Top-level keys of the format; `$schema` lets editors find the JSON Schema. */
export const SCENARIO_KEYS = [
  '$schema',
  'version',
  ...Object.keys(SCENARIO_FIELDS),
  'account',
  'functions',
  'sources',
  'destinations',
  'limits',
] as const;

/** Repair, migrate, default and validate untrusted scenario input. */
export function restoreScenario(input: unknown): RestoreResult {
  const issues = new IssueCollector();
  const ctx: ReadContext = { issues, destinationRefs: [] };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      errors: [{ path: '', message: `a scenario must be a JSON object (got ${describe(input)})` }],
      warnings: [],
    };
  }
  const migrated = migrate(input as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, errors: [migrated.error], warnings: [] };
  const scenario = readScenario(ctx, migrated.doc);
  checkScenario(ctx, scenario);
  return issues.errors.length > 0
    ? { ok: false, errors: issues.errors, warnings: issues.warnings }
    : { ok: true, scenario, warnings: issues.warnings };
}

/** Same as `restoreScenario` (the name reads better where only the verdict matters). */
export const validateScenario = restoreScenario;

function readScenario(ctx: ReadContext, doc: Record<string, unknown>): Scenario {
  warnUnknownKeys(ctx, doc, '', SCENARIO_KEYS);
  const leaves = readLeaves(ctx, doc, '', SCENARIO_FIELDS);
  const account = readAccount(ctx, doc['account'], 'account');
  const horizon = ctx.issues.failed('durationSeconds') ? Infinity : leaves.durationSeconds;
  const functions = readList(ctx, doc['functions'], 'functions', MAX_FUNCTIONS, true, (raw, path) =>
    readFunction(ctx, raw, path, account.concurrencyLimit),
  );
  const sources = readList(ctx, doc['sources'], 'sources', MAX_SOURCES, true, (raw, path) =>
    readSource(ctx, raw, path, functions, horizon),
  );
  const destinations = readList(
    ctx,
    doc['destinations'],
    'destinations',
    MAX_DESTINATIONS,
    false,
    (raw, path) => readDestination(ctx, raw, path),
  );
  return {
    version: 1,
    name: leaves.name,
    description: leaves.description,
    seed: leaves.seed,
    durationSeconds: leaves.durationSeconds,
    account,
    functions,
    sources,
    destinations,
    limits: readLimits(ctx, doc['limits'], 'limits'),
  };
}

function readList<T>(
  ctx: ReadContext,
  raw: unknown,
  path: string,
  max: number,
  required: boolean,
  readOne: (raw: unknown, path: string) => T | null,
): T[] {
  if (raw === undefined && !required) return [];
  const what = path === 'functions' ? 'function' : path === 'sources' ? 'source' : 'destination';
  if (!Array.isArray(raw)) {
    ctx.issues.error(
      path,
      raw === undefined
        ? `required: a list of at least one ${what}`
        : `must be an array (got ${describe(raw)})`,
    );
    return [];
  }
  if (required && raw.length === 0) ctx.issues.error(path, `must list at least one ${what}`);
  if (raw.length > max) {
    ctx.issues.error(path, `must list at most ${max} ${what}s (got ${raw.length})`);
    return [];
  }
  const out: T[] = [];
  raw.forEach((entry: unknown, i) => {
    const value = readOne(entry, item(path, i));
    if (value !== null) out.push(value);
  });
  return out;
}

function readAccount(ctx: ReadContext, raw: unknown, path: string): AccountConfig {
  const obj = (raw === undefined ? {} : readObject(ctx, raw, path)) ?? {};
  warnUnknownKeys(ctx, obj, path, ['concurrencyLimit', 'scaling']);
  const { concurrencyLimit } = readLeaves(ctx, obj, path, ACCOUNT_FIELDS);
  return {
    concurrencyLimit,
    scaling: readScaling(ctx, obj['scaling'], at(path, 'scaling'), concurrencyLimit),
  };
}

function readScaling(ctx: ReadContext, raw: unknown, path: string, concurrencyLimit: number): ScalingConfig {
  const obj = (raw === undefined ? {} : readObject(ctx, raw, path)) ?? {};
  const model = readLeaf(ctx, obj, 'model', path, {
    kind: 'enum',
    values: SCALING_MODELS,
    default: D.DEFAULT_SCALING_MODEL,
    description: 'Scaling-rate model.',
  });
  if (model !== 'legacy') {
    warnUnknownKeys(ctx, obj, path, ['model']);
    return { model };
  }
  warnUnknownKeys(ctx, obj, path, ['model', 'burstLimit']);
  const burstPath = at(path, 'burstLimit');
  const burstLimit = readLeaf(ctx, obj, 'burstLimit', path, {
    ...BURST_LIMIT_FIELD,
    default: D.defaultBurstLimit(concurrencyLimit),
  });
  if (
    !ctx.issues.failed(burstPath) &&
    !ctx.issues.failed('account.concurrencyLimit') &&
    burstLimit > concurrencyLimit
  ) {
    ctx.issues.error(
      burstPath,
      `must be at most the account concurrencyLimit (${concurrencyLimit}) (got ${burstLimit}): AWS caps the burst at the account limit`,
    );
  }
  return { model, burstLimit };
}

function readDestination(ctx: ReadContext, raw: unknown, path: string): Destination | null {
  const obj = readObject(ctx, raw, path);
  if (!obj) return null;
  warnUnknownKeys(ctx, obj, path, Object.keys(DESTINATION_FIELDS));
  return readLeaves(ctx, obj, path, DESTINATION_FIELDS);
}

function readLimits(ctx: ReadContext, raw: unknown, path: string): Scenario['limits'] {
  const obj = (raw === undefined ? {} : readObject(ctx, raw, path)) ?? {};
  warnUnknownKeys(ctx, obj, path, Object.keys(LIMITS_FIELDS));
  return readLeaves(ctx, obj, path, LIMITS_FIELDS);
}

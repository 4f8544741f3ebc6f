/**
 * Scenario format versions. A document of an older version is migrated step by step
 * (`MIGRATIONS[n]` turns version n into n + 1) before it is read; a version with no path to the
 * current one, or a newer one, is refused with a message saying which versions are known.
 * There is only version 1 today: the hook is here so version 2 has one obvious place to go.
 */
import { SCENARIO_VERSION } from './defaults';
import { describe, type Issue } from './issues';

type Json = Record<string, unknown>;

/** `MIGRATIONS[n]` takes a version-n document (already an object) to version n + 1. */
export const MIGRATIONS: Readonly<Record<number, (doc: Json) => Json>> = {};

export type MigrateResult = { ok: true; doc: Json; from: number } | { ok: false; error: Issue };

/** Bring `doc` to the current version, or say why it cannot be. */
export function migrate(doc: Json, migrations = MIGRATIONS, current = SCENARIO_VERSION): MigrateResult {
  const version = doc['version'];
  const knownVersions = [...Object.keys(migrations).map(Number), current].sort((a, b) => a - b);
  const known = `known versions: ${knownVersions.join(', ')}`;
  if (version === undefined) {
    return fail(`required: the scenario format version (this LambdaScope writes "version": ${current})`);
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail(`must be a whole number, the scenario format version (got ${describe(version)}; ${known})`);
  }
  if (version > current) {
    return fail(
      `${version} is newer than this LambdaScope understands (it reads up to version ${current}); update LambdaScope`,
    );
  }
  let migrated: Json = doc;
  for (let v = version; v < current; v += 1) {
    const step = migrations[v];
    if (!step)
      return fail(
        `${version} is not a scenario format version this LambdaScope can read or migrate (${known})`,
      );
    migrated = { ...step(migrated), version: v + 1 };
  }
  return { ok: true, doc: migrated, from: version };
}

function fail(message: string): MigrateResult {
  return { ok: false, error: { path: 'version', message } };
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { restoreScenario } from './restore';
import { migrate } from './migrate';
import { scenarioInputArb } from './testing/arbitraries';
import { base, errors, warnings, withFunction, withSource } from './testing/restoreHelpers';

describe('restoreScenario: concurrency rules', () => {
  it('keeps 100 units unreserved, explaining why', () => {
    const input = base({
      functions: [
        { name: 'a', reservedConcurrency: 500 },
        { name: 'b', reservedConcurrency: 401 },
      ],
      sources: [{ type: 'sync', function: 'a' }],
    });
    expect(errors(restoreScenario(input))).toEqual([
      'functions: reserved concurrency adds up to 901 (a 500, b 401), more than concurrencyLimit − 100 = 900: AWS always keeps 100 units unreserved for functions without reserved concurrency',
    ]);
    const ok = base({
      functions: [
        { name: 'a', reservedConcurrency: 500 },
        { name: 'b', reservedConcurrency: 400 },
      ],
      sources: [{ type: 'sync', function: 'a' }],
    });
    expect(warnings(restoreScenario(ok))).toEqual([]);
  });

  it('keeps provisioned concurrency within reserved and the account', () => {
    expect(
      errors(
        restoreScenario(withFunction({ reservedConcurrency: 10, provisionedConcurrency: { count: 11 } })),
      ),
    ).toEqual([
      "functions[0].provisionedConcurrency.count: must be at most the function's reservedConcurrency (10) (got 11): provisioned concurrency counts against reserved concurrency",
    ]);
    expect(
      errors(
        restoreScenario(
          withFunction({ provisionedConcurrency: { count: 5, schedule: [{ atSecond: 60, count: 2000 }] } }),
        ),
      ),
    ).toEqual([
      'functions[0].provisionedConcurrency.schedule[0].count: must be at most the account concurrencyLimit (1000) (got 2000)',
    ]);
    expect(
      errors(
        restoreScenario(
          withFunction({
            provisionedConcurrency: {
              schedule: [
                { atSecond: 60, count: 2 },
                { atSecond: 30, count: 1 },
              ],
            },
          }),
        ),
      ),
    ).toEqual([
      'functions[0].provisionedConcurrency.schedule[1].atSecond: schedule must be sorted by atSecond, each later than the one before (60) (got 30)',
    ]);
  });

  it('refuses a visibility timeout below the function timeout and warns below 6×', () => {
    expect(
      errors(
        restoreScenario(withSource({ type: 'sqs' }, { functions: [{ name: 'api', timeoutSeconds: 60 }] })),
      ),
    ).toEqual([
      "sources[0].visibilityTimeoutSeconds: must be at least the timeout of function 'api' (60 s) (got 30, the default): AWS refuses to create this event source mapping",
    ]);
    expect(
      warnings(
        restoreScenario(
          withSource(
            { type: 'sqs', visibilityTimeoutSeconds: 120 },
            { functions: [{ name: 'api', timeoutSeconds: 60 }] },
          ),
        ),
      ),
    ).toEqual([
      "sources[0].visibilityTimeoutSeconds: 120 s is less than 6× the timeout of function 'api' (360 s), as AWS recommends: throttled or slow batches may be processed twice",
    ]);
    expect(
      warnings(
        restoreScenario(
          withSource(
            { type: 'sqs', visibilityTimeoutSeconds: 360 },
            { functions: [{ name: 'api', timeoutSeconds: 60 }] },
          ),
        ),
      ),
    ).toEqual([]);
  });

  it('warns when SQS maximum concurrency exceeds the reserved concurrency', () => {
    expect(
      warnings(
        restoreScenario(
          withSource(
            { type: 'sqs', maximumConcurrency: 20 },
            { functions: [{ name: 'api', reservedConcurrency: 10 }] },
          ),
        ),
      ),
    ).toEqual([
      "sources[0].maximumConcurrency: 20 is above the reserved concurrency of function 'api' (10): AWS advises against it, the extra pollers only get throttled",
    ]);
  });
});

describe('restoreScenario: destinations', () => {
  const dests = [
    { name: 'q', type: 'sqs' },
    { name: 'bucket', type: 's3' },
    { name: 'fn', type: 'lambda' },
  ];

  it('accepts references to existing destinations of an accepted type', () => {
    const input = withFunction(
      { async: { onFailure: 'bucket', onSuccess: 'fn', deadLetterQueue: 'q' } },
      { destinations: dests },
    );
    expect(warnings(restoreScenario(input))).toEqual([]);
  });

  it('refuses unknown destinations and S3 for success', () => {
    const input = withFunction(
      { async: { onSuccess: 'bucket', onFailure: 'missing', deadLetterQueue: 'fn' } },
      { destinations: dests },
    );
    expect(errors(restoreScenario(input))).toEqual([
      "functions[0].async.onSuccess: 'bucket' is a s3 destination; here AWS accepts sqs, sns, eventbridge, lambda: S3 is accepted only as an on-failure destination",
      `functions[0].async.onFailure: 'missing' is not a destination of this scenario; add {"name": "missing", "type": "sqs"} to destinations (destinations: q, bucket, fn)`,
      "functions[0].async.deadLetterQueue: 'fn' is a lambda destination; here AWS accepts sqs, sns",
    ]);
  });

  it('pairs an SQS dead-letter queue with maxReceiveCount', () => {
    expect(
      errors(
        restoreScenario(
          withSource({ type: 'sqs', deadLetterQueue: 'q' }, { destinations: dests.slice(0, 1) }),
        ),
      ),
    ).toEqual([
      'sources[0].maxReceiveCount: required with a deadLetterQueue: a redrive policy names both the queue and maxReceiveCount',
    ]);
    expect(errors(restoreScenario(withSource({ type: 'sqs', maxReceiveCount: 3 })))).toEqual([
      'sources[0].deadLetterQueue: required with maxReceiveCount: a redrive policy names both the queue and maxReceiveCount',
    ]);
  });

  it('requires unique destination names and warns about unused ones', () => {
    expect(errors(restoreScenario(base({ destinations: [{ name: 'q' }, { name: 'q' }] })))).toEqual([
      "destinations[1].name: 'q' is already the name of destinations[0]: each destination needs a unique name",
    ]);
    expect(warnings(restoreScenario(base({ destinations: [{ name: 'q' }] })))).toEqual([
      "destinations[0]: 'q' is not used by any function or source",
    ]);
  });
});

describe('restoreScenario: unknown fields and versions', () => {
  it('warns about unknown fields with a suggestion, and drops them', () => {
    const result = restoreScenario(withFunction({ memorySize: 512, timeout: 3 }, { durationSecond: 5 }));
    expect(warnings(result)).toEqual([
      'durationSecond: unknown field, ignored (did you mean "durationSeconds"?)',
      'functions[0].memorySize: unknown field, ignored (did you mean "memoryMB"?)',
      'functions[0].timeout: unknown field, ignored (did you mean "timeoutSeconds"?)',
    ]);
    expect(result.ok && 'memorySize' in (result.scenario.functions[0] ?? {})).toBe(false);
  });

  it('accepts $schema at the top level', () => {
    expect(warnings(restoreScenario(base({ $schema: './scenario.schema.json' })))).toEqual([]);
  });

  it('says clearly when the version is missing, unknown or newer', () => {
    const { version: _v, ...noVersion } = base();
    expect(errors(restoreScenario(noVersion))).toEqual([
      'version: required: the scenario format version (this LambdaScope writes "version": 1)',
    ]);
    expect(errors(restoreScenario(base({ version: 0 })))).toEqual([
      'version: 0 is not a scenario format version this LambdaScope can read or migrate (known versions: 1)',
    ]);
    expect(errors(restoreScenario(base({ version: 2 })))).toEqual([
      'version: 2 is newer than this LambdaScope understands (it reads up to version 1); update LambdaScope',
    ]);
    expect(errors(restoreScenario(base({ version: '1' })))).toEqual([
      'version: must be a whole number, the scenario format version (got "1"; known versions: 1)',
    ]);
  });

  it('runs migrations step by step up to the current version', () => {
    const migrations = {
      1: (doc: Record<string, unknown>) => ({ ...doc, renamed: doc['old'] }),
      2: (doc: Record<string, unknown>) => ({ ...doc, third: true }),
    };
    const result = migrate({ version: 1, old: 'x' }, migrations, 3);
    expect(result).toEqual({ ok: true, from: 1, doc: { version: 3, old: 'x', renamed: 'x', third: true } });
  });
});

describe('restoreScenario: robustness', () => {
  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = restoreScenario(value);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on valid scenarios with one field replaced by junk', () => {
    const junk = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, undefined),
    );
    fc.assert(
      fc.property(scenarioInputArb(), fc.nat(), junk, (input, pick, value) => {
        const paths = leafPaths(input);
        const path = paths[pick % paths.length] ?? [];
        const mutated = setAt(structuredClone(input), path, value);
        const result = restoreScenario(mutated);
        if (!result.ok) for (const e of result.errors) expect(e.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k]))];
}

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
  return root;
}

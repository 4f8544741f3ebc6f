import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { restoreScenario, type RestoreResult } from './restore';
import { formatIssue } from './issues';
import { migrate } from './migrate';
import * as D from './defaults';
import { scenarioInputArb } from './testing/arbitraries';

const base = (over: Record<string, unknown> = {}) => ({
  version: 1,
  durationSeconds: 60,
  functions: [{ name: 'api' }],
  sources: [{ type: 'sync', function: 'api' }],
  ...over,
});
const withFunction = (fn: Record<string, unknown>, over: Record<string, unknown> = {}) =>
  base({ functions: [{ name: 'api', ...fn }], ...over });
const withSource = (source: Record<string, unknown>, over: Record<string, unknown> = {}) =>
  base({ sources: [{ function: 'api', ...source }], ...over });

function errors(result: RestoreResult): string[] {
  if (result.ok) throw new Error('expected errors, got a valid scenario');
  return result.errors.map(formatIssue);
}
function warnings(result: RestoreResult): string[] {
  if (!result.ok) throw new Error(`expected ok, got:\n${result.errors.map(formatIssue).join('\n')}`);
  return result.warnings.map(formatIssue);
}
function restored(input: unknown) {
  const result = restoreScenario(input);
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
  return result.scenario;
}

describe('restoreScenario: defaults', () => {
  it('fills every default of a minimal scenario', () => {
    const s = restored(base());
    expect(s).toMatchObject({
      version: 1,
      name: D.DEFAULT_SCENARIO_NAME,
      seed: 1,
      account: { concurrencyLimit: 1000, scaling: { model: 'current' } },
      limits: { maxEvents: 50_000_000 },
      destinations: [],
    });
    expect(s.functions[0]).toEqual({
      name: 'api',
      runtime: 'nodejs22.x',
      architecture: 'x86_64',
      memoryMB: 128,
      timeoutSeconds: 3,
      duration: D.DEFAULT_DURATION,
      init: 0,
      idleLifetimeSeconds: 600,
      placement: 'mostRecent',
      errors: { transientRate: 0, poisonRate: 0 },
      reservedConcurrency: null,
      provisionedConcurrency: null,
      idempotent: false,
      async: {
        maximumRetryAttempts: 2,
        maximumEventAgeInSeconds: 21_600,
        onSuccess: null,
        onFailure: null,
        deadLetterQueue: null,
      },
    });
    expect(s.sources[0]).toEqual({
      type: 'sync',
      function: 'api',
      traffic: { pattern: 'poisson', rate: 1 },
      client: {
        maxAttempts: 1,
        backoff: { baseSeconds: 0.1, maxSeconds: 20, jitter: 'full' },
        retryOn: ['throttle'],
        timeoutSeconds: null,
      },
    });
  });

  it('fills stream and SQS defaults from AWS', () => {
    const s = restored(base({ sources: [{ type: 'kinesis' }, { type: 'dynamodb' }, { type: 'sqs' }] }));
    expect(s.sources[0]).toMatchObject({
      type: 'kinesis',
      function: 'api',
      shards: 1,
      batchSize: 100,
      parallelizationFactor: 1,
      maximumRetryAttempts: -1,
      maximumRecordAgeInSeconds: -1,
      retentionSeconds: 86_400,
      startingPosition: 'LATEST',
    });
    expect(s.sources[1]).toMatchObject({ type: 'dynamodb', retentionSeconds: 86_400 });
    expect(s.sources[2]).toMatchObject({
      type: 'sqs',
      batchSize: 10,
      visibilityTimeoutSeconds: 30,
      maxReceiveCount: null,
      retentionSeconds: 345_600,
      maximumConcurrency: null,
    });
  });

  it('defaults the traffic arrivals of rate patterns to poisson', () => {
    const s = restored(
      withSource({ type: 'sync', traffic: { pattern: 'steps', steps: [{ atSecond: 0, rate: 5 }] } }),
    );
    expect(s.sources[0]?.traffic).toEqual({
      pattern: 'steps',
      steps: [{ atSecond: 0, rate: 5 }],
      arrivals: 'poisson',
    });
  });

  it('defaults the legacy burst limit to 3,000 but never above the account limit', () => {
    const legacy = (limit: number) =>
      restored(base({ account: { concurrencyLimit: limit, scaling: { model: 'legacy' } } })).account.scaling;
    expect(legacy(10_000)).toEqual({ model: 'legacy', burstLimit: 3000 });
    expect(legacy(1000)).toEqual({ model: 'legacy', burstLimit: 1000 });
  });

  it('keeps a source without a function name on the only function, and requires it otherwise', () => {
    expect(restored(base({ sources: [{ type: 'async' }] })).sources[0]?.function).toBe('api');
    expect(
      errors(
        restoreScenario(base({ functions: [{ name: 'a' }, { name: 'b' }], sources: [{ type: 'async' }] })),
      ),
    ).toEqual([expect.stringMatching(/^sources\[0\]\.function: required/)]);
  });

  it('restores its own output unchanged, with the same warnings (idempotent)', () => {
    fc.assert(
      fc.property(scenarioInputArb(), (input) => {
        const first = restoreScenario(input);
        if (!first.ok) throw new Error(first.errors.map(formatIssue).join('\n'));
        const second = restoreScenario(JSON.parse(JSON.stringify(first.scenario)));
        expect(second).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});

describe('restoreScenario: errors name the path and the allowed range', () => {
  it.each([
    [
      withFunction({ timeoutSeconds: 901 }),
      'functions[0].timeoutSeconds: must be between 1 and 900 (got 901)',
    ],
    [withFunction({ timeoutSeconds: 2.5 }), 'functions[0].timeoutSeconds: must be a whole number (got 2.5)'],
    [withFunction({ memoryMB: 64 }), 'functions[0].memoryMB: must be between 128 and 10240 (got 64)'],
    [withFunction({ memoryMB: '512' }), 'functions[0].memoryMB: must be a number (got "512")'],
    [withFunction({ memoryMB: Number.NaN }), 'functions[0].memoryMB: must be a finite number (got NaN)'],
    [withFunction({ memoryMB: Infinity }), 'functions[0].memoryMB: must be a finite number (got Infinity)'],
    [withFunction({ memoryMB: 1e300 }), 'functions[0].memoryMB: must be between 128 and 10240 (got 1e+300)'],
    [
      base({ functions: [{ name: 'bad name!' }], sources: [{ type: 'sync', function: 'bad name!' }] }),
      'functions[0].name: must be 1–64 letters, digits, "-" or "_" (got "bad name!")',
    ],
    [
      withFunction({ runtime: 'cobol' }),
      expect.stringMatching(/^functions\[0\]\.runtime: must be one of "nodejs22.x", .* \(got "cobol"\)$/),
    ],
    [withFunction({ idempotent: 'yes' }), 'functions[0].idempotent: must be true or false (got "yes")'],
    [
      withFunction({ errors: { poisonRate: 1.5 } }),
      'functions[0].errors.poisonRate: must be between 0 and 1 (got 1.5)',
    ],
    [
      withFunction({ async: { maximumRetryAttempts: 3 } }),
      'functions[0].async.maximumRetryAttempts: must be between 0 and 2 (got 3)',
    ],
    [
      withFunction({ async: { maximumEventAgeInSeconds: 30 } }),
      'functions[0].async.maximumEventAgeInSeconds: must be between 60 and 21600 (got 30)',
    ],
    [
      withFunction({ duration: { distribution: 'lognormal', median: 0.5, p99: 0.2 } }),
      'functions[0].duration.p99: must be greater than the median (0.5) (got 0.2)',
    ],
    [
      withFunction({ duration: { distribution: 'lognormal', median: 0, p99: 1 } }),
      'functions[0].duration.median: must be greater than 0 and at most 31536000 (got 0)',
    ],
    [
      withFunction({ duration: { distribution: 'uniform', min: 2, max: 1 } }),
      'functions[0].duration.max: must be at least min (2) (got 1)',
    ],
    [
      withFunction({ duration: { distribution: 'empirical', values: [] } }),
      'functions[0].duration.values: must hold at least one value',
    ],
    [
      withFunction({ duration: { distribution: 'weibull' } }),
      expect.stringMatching(
        /^functions\[0\]\.duration\.distribution: must be one of "fixed", .*\(got "weibull"\)$/,
      ),
    ],
    [
      withFunction({ duration: -1 }),
      'functions[0].duration: must be between 0 and 31536000 (got -1); a plain number is a fixed time in seconds',
    ],
    [
      withFunction({ init: 'slow' }),
      expect.stringMatching(/^functions\[0\]\.init: must be a number of seconds or a distribution object/),
    ],
    [
      withFunction({ provisionedConcurrency: { autoscaling: { min: 10, max: 5 } } }),
      'functions[0].provisionedConcurrency.autoscaling.max: must be at least min (10) (got 5)',
    ],
    [
      withFunction({
        provisionedConcurrency: { count: 1, autoscaling: { min: 1, max: 2, targetUtilization: 0 } },
      }),
      'functions[0].provisionedConcurrency.autoscaling.targetUtilization: must be greater than 0 and at most 1 (got 0)',
    ],
    [
      withFunction({ provisionedConcurrency: 5 }),
      'functions[0].provisionedConcurrency: must be an object like {"count": 5} or null (got a number)',
    ],
    [base({ durationSeconds: 0 }), 'durationSeconds: must be between 1 and 31536000 (got 0)'],
    [
      base({ durationSeconds: 366 * 86_400 }),
      'durationSeconds: must be between 1 and 31536000 (got 31622400)',
    ],
    [base({ seed: -1 }), 'seed: must be between 0 and 4294967295 (got -1)'],
    [
      base({ account: { concurrencyLimit: 0 } }),
      'account.concurrencyLimit: must be between 1 and 1000000 (got 0)',
    ],
    [
      base({ account: { scaling: { model: 'fast' } } }),
      'account.scaling.model: must be one of "current", "legacy", "none" (got "fast")',
    ],
    [
      base({ account: { scaling: { model: 'legacy', burstLimit: 3000 } } }),
      'account.scaling.burstLimit: must be at most the account concurrencyLimit (1000) (got 3000): AWS caps the burst at the account limit',
    ],
  ])('%#: %s', (input, expected) => {
    expect(errors(restoreScenario(input))).toEqual([expected]);
  });

  it.each([
    [{ type: 'kinesis', batchSize: 0 }, 'sources[0].batchSize: must be between 1 and 10000 (got 0)'],
    [
      { type: 'kinesis', maximumBatchingWindowInSeconds: 301 },
      'sources[0].maximumBatchingWindowInSeconds: must be between 0 and 300 (got 301)',
    ],
    [
      { type: 'kinesis', parallelizationFactor: 11 },
      'sources[0].parallelizationFactor: must be between 1 and 10 (got 11)',
    ],
    [
      { type: 'kinesis', maximumRetryAttempts: -2 },
      'sources[0].maximumRetryAttempts: must be between -1 and 10000 (got -2)',
    ],
    [
      { type: 'kinesis', maximumRecordAgeInSeconds: 30 },
      'sources[0].maximumRecordAgeInSeconds: must be -1 or between 60 and 604800 (got 30)',
    ],
    [{ type: 'kinesis', shards: 0 }, 'sources[0].shards: must be between 1 and 1000 (got 0)'],
    [
      { type: 'dynamodb', startingPosition: 'AT_TIMESTAMP', startingPositionTimestamp: 60 },
      'sources[0].startingPosition: DynamoDB Streams support only "LATEST" and "TRIM_HORIZON"',
    ],
    [
      { type: 'dynamodb', retentionSeconds: 172_800 },
      'sources[0].retentionSeconds: DynamoDB Streams keep records for 24 hours (86400); it cannot be changed (got 172800)',
    ],
    [
      { type: 'kinesis', startingPosition: 'AT_TIMESTAMP' },
      expect.stringMatching(
        /^sources\[0\]\.startingPositionTimestamp: required when startingPosition is "AT_TIMESTAMP"/,
      ),
    ],
    [{ type: 'sqs', batchSize: 10_001 }, 'sources[0].batchSize: must be between 1 and 10000 (got 10001)'],
    [
      { type: 'sqs', maximumConcurrency: 1 },
      'sources[0].maximumConcurrency: must be between 2 and 1000 (got 1)',
    ],
    [
      { type: 'sqs', maxReceiveCount: 0, deadLetterQueue: null },
      'sources[0].maxReceiveCount: must be between 1 and 1000 (got 0)',
    ],
    [
      { type: 'sqs', retentionSeconds: 59 },
      'sources[0].retentionSeconds: must be between 60 and 1209600 (got 59)',
    ],
    [
      { type: 'sqs', visibilityTimeoutSeconds: 43_201 },
      'sources[0].visibilityTimeoutSeconds: must be between 0 and 43200 (got 43201)',
    ],
    [
      { type: 'sqs', batchSize: 100 },
      'sources[0].maximumBatchingWindowInSeconds: must be at least 1 when batchSize is above 10 (batchSize 100): AWS requires a batching window for large SQS batches',
    ],
    [{ type: 'async', duplicateRate: -0.1 }, 'sources[0].duplicateRate: must be between 0 and 1 (got -0.1)'],
    [
      { type: 'sync', client: { maxAttempts: 0 } },
      'sources[0].client.maxAttempts: must be between 1 and 100 (got 0)',
    ],
    [
      { type: 'sync', client: { retryOn: ['timeout'] } },
      'sources[0].client.retryOn: must be a list of distinct "throttle", "error" (got an array)',
    ],
    [
      { type: 'sync', client: { backoff: { baseSeconds: 5, maxSeconds: 1 } } },
      'sources[0].client.backoff.maxSeconds: must be at least baseSeconds (5) (got 1)',
    ],
    [
      { type: 'sync', client: { timeoutSeconds: 0 } },
      'sources[0].client.timeoutSeconds: must be greater than 0 and at most 86400 (got 0)',
    ],
    [
      { type: 'kafka' },
      "sources[0].type: 'kafka' is not simulated; use one of sync, async, kinesis, dynamodb, sqs",
    ],
    [{ type: 3 }, 'sources[0].type: must be a string, one of sync, async, kinesis, dynamodb, sqs (got 3)'],
    [
      { type: 'sync', function: 'nope' },
      "sources[0].function: 'nope' is not a function of this scenario (functions: api)",
    ],
  ])('source %#: %s', (source, expected) => {
    expect(errors(restoreScenario(withSource(source)))).toEqual([expected]);
  });

  it.each([
    [{ pattern: 'poisson', rate: -1 }, 'sources[0].traffic.rate: must be between 0 and 1000000 (got -1)'],
    [{ pattern: 'poisson' }, expect.stringMatching(/^sources\[0\]\.traffic\.rate: required: /)],
    [{ pattern: 'constant', rate: 'fast' }, 'sources[0].traffic.rate: must be a number (got "fast")'],
    [
      { pattern: 'wave', rate: 1 },
      expect.stringMatching(/^sources\[0\]\.traffic\.pattern: must be one of "constant", .*\(got "wave"\)$/),
    ],
    [
      { pattern: 'steps', steps: [] },
      'sources[0].traffic.steps: must be a non-empty array of {"atSecond", "rate"} (got an array)',
    ],
    [
      {
        pattern: 'steps',
        steps: [
          { atSecond: 10, rate: 1 },
          { atSecond: 10, rate: 2 },
        ],
      },
      'sources[0].traffic.steps[1].atSecond: steps must be sorted by atSecond, each later than the one before (10) (got 10)',
    ],
    [
      { pattern: 'ramp', fromRate: 1, toRate: 2, startSecond: 30, endSecond: 10 },
      'sources[0].traffic.endSecond: must be at least startSecond (30) (got 10)',
    ],
    [
      { pattern: 'spike', baseRate: 1, peakRate: 5, atSecond: 1, durationSeconds: 0 },
      'sources[0].traffic.durationSeconds: must be greater than 0 and at most 31536000 (got 0)',
    ],
    [{ pattern: 'burst', count: 1.5 }, 'sources[0].traffic.count: must be a whole number (got 1.5)'],
    [
      { pattern: 'diurnal', meanRate: 10, amplitude: 2 },
      'sources[0].traffic.amplitude: must be between 0 and 1 (got 2)',
    ],
    [
      { pattern: 'trace', counts: [1, -2, 3] },
      'sources[0].traffic.counts[1]: must be between 0 and 100000000 (got -2)',
    ],
    [
      { pattern: 'trace', counts: [] },
      'sources[0].traffic.counts: must be a non-empty array of request counts per bucket (got an array)',
    ],
  ])('traffic %#: %s', (traffic, expected) => {
    expect(errors(restoreScenario(withSource({ type: 'sync', traffic })))).toEqual([expected]);
  });

  it('reports every problem at once, not just the first', () => {
    const result = restoreScenario({
      version: 1,
      durationSeconds: -5,
      functions: [
        { name: 'a', memoryMB: 1 },
        { name: 'a', timeoutSeconds: 0 },
      ],
      sources: [
        { type: 'sync', function: 'a', traffic: { pattern: 'poisson', rate: -1 } },
        { type: 'kafka' },
      ],
    });
    expect(errors(result)).toEqual([
      'durationSeconds: must be between 1 and 31536000 (got -5)',
      'functions[0].memoryMB: must be between 128 and 10240 (got 1)',
      'functions[1].timeoutSeconds: must be between 1 and 900 (got 0)',
      'sources[0].traffic.rate: must be between 0 and 1000000 (got -1)',
      "sources[1].type: 'kafka' is not simulated; use one of sync, async, kinesis, dynamodb, sqs",
      "functions[1].name: 'a' is already the name of functions[0]: each function needs a unique name",
    ]);
  });

  it('requires version, durationSeconds, functions and sources', () => {
    expect(errors(restoreScenario({ version: 1 }))).toEqual([
      expect.stringMatching(/^durationSeconds: required: /),
      'functions: required: a list of at least one function',
      'sources: required: a list of at least one source',
    ]);
    expect(errors(restoreScenario(base({ functions: [], sources: [] })))).toEqual([
      'functions: must list at least one function',
      'sources: must list at least one source',
    ]);
  });

  it('refuses input that is not an object', () => {
    for (const input of [null, 'x', 42, [], undefined]) {
      expect(errors(restoreScenario(input))).toEqual([
        expect.stringMatching(/^a scenario must be a JSON object \(got /),
      ]);
    }
  });

  it('never clamps: an out-of-range value is an error, not a repaired value', () => {
    const result = restoreScenario(withFunction({ memoryMB: 20_000 }));
    expect(result.ok).toBe(false);
  });
});

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

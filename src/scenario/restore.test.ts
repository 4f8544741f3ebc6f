import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { restoreScenario } from './restore';
import { formatIssue } from './issues';
import * as D from './defaults';
import { scenarioInputArb } from './testing/arbitraries';
import { base, errors, restored, withFunction, withSource } from './testing/restoreHelpers';

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

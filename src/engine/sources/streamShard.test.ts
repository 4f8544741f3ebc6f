import { describe, expect, it } from 'vitest';
import { rngStream } from '../kernel/rng';
import { Simulation } from '../simulation';
import { makeFunction, makeScenario, makeStream } from '../testing/builders';
import type { Scenario, StreamSource } from '../../scenario/types';
import type { FunctionConfig } from '../../scenario/types';

const BATCH_EVENTS = new Set(['batchInvoked', 'batchThrottled', 'batchFailed', 'batchBisected', 'checkpointAdvanced', 'batchDiscarded', 'recordsExpired']);

function run(scenario: Scenario) {
  const sim = new Simulation(scenario, { trace: true });
  while (!sim.advance(10_000));
  const result = sim.result();
  const batches = sim.log.filter((line) => BATCH_EVENTS.has(line.split(' ')[1]!));
  return { result, batches, log: sim.log };
}

/** A one-shard stream into `fn`, with a DLQ named `dlq` available. */
function stream(source: Partial<StreamSource>, fn: Partial<FunctionConfig> = {}, durationSeconds = 30, seed = 1): Scenario {
  return makeScenario({
    seed,
    durationSeconds,
    functions: [makeFunction({ duration: 0.5, ...fn })],
    sources: [makeStream(source)],
    destinations: [{ name: 'dlq', type: 'sqs' }],
  });
}

const burst = (count: number, atSecond = 0) => ({ pattern: 'burst', count, atSecond, overSeconds: 0 }) as const;

/** Seed 4 with poisonRate 0.1 makes record 5 the only poison record among the first eight. */
const POISON_AT_5 = { seed: 4, errors: { transientRate: 0, poisonRate: 0.1 } };

describe('stream batches', () => {
  it('seed 4 puts the only poison record of eight at index 5 (the fixture below relies on it)', () => {
    const rng = rngStream(4, 'poison:0');
    expect(Array.from({ length: 8 }, () => rng.next() < 0.1)).toEqual([false, false, false, false, false, true, false, false]);
  });

  it('closes batches at batchSize and checkpoints after each success', () => {
    const { batches, result } = run(stream({ traffic: burst(7), batchSize: 3 }));
    expect(batches).toEqual([
      '0 batchInvoked 0 shard-0 0..2 attempt 1',
      '0.5 checkpointAdvanced 0 shard-0 3',
      '0.5 batchInvoked 0 shard-0 3..5 attempt 1',
      '1 checkpointAdvanced 0 shard-0 6',
      '1 batchInvoked 0 shard-0 6..6 attempt 1',
      '1.5 checkpointAdvanced 0 shard-0 7',
    ]);
    expect(result.summary.outcomes).toMatchObject({ succeeded: 7, pending: 0 });
    expect(result.summary.invocations).toBe(3);
  });

  it('closes batches at 6 MB of payload whatever the batch size', () => {
    const { batches } = run(stream({ traffic: burst(7), batchSize: 100, recordSizeBytes: 2 * 1024 * 1024 }));
    expect(batches.filter((l) => l.includes('batchInvoked'))).toEqual([
      '0 batchInvoked 0 shard-0 0..2 attempt 1',
      '0.5 batchInvoked 0 shard-0 3..5 attempt 1',
      '1 batchInvoked 0 shard-0 6..6 attempt 1',
    ]);
  });

  it('waits for the batching window, which opens when the lane is idle and holds a record', () => {
    // Records at 0.5, 1.5, 2.5 …; window 2 s; the function takes 0.1 s.
    const { batches } = run(stream({ traffic: { pattern: 'constant', rate: 1 }, maximumBatchingWindowInSeconds: 2 }, { duration: 0.1 }, 8));
    expect(batches).toEqual([
      '2.5 batchInvoked 0 shard-0 0..1 attempt 1',
      '2.6 checkpointAdvanced 0 shard-0 2',
      '4.6 batchInvoked 0 shard-0 2..4 attempt 1',
      '4.7 checkpointAdvanced 0 shard-0 5',
      // Idle since 4.7, the next record arrives at 5.5: the window runs 5.5 → 7.5.
      '7.5 batchInvoked 0 shard-0 5..6 attempt 1',
      '7.6 checkpointAdvanced 0 shard-0 7',
    ]);
  });

  it('invokes before the window ends once the batch is full', () => {
    const { batches } = run(stream({ traffic: { pattern: 'constant', rate: 1 }, maximumBatchingWindowInSeconds: 10, batchSize: 2 }, { duration: 0.1 }, 4));
    expect(batches.filter((l) => l.includes('batchInvoked'))).toEqual(['1.5 batchInvoked 0 shard-0 0..1 attempt 1', '3.5 batchInvoked 0 shard-0 2..3 attempt 1']);
  });
});

describe('a failing batch', () => {
  const poisoned = (source: Partial<StreamSource>) =>
    run(stream({ traffic: burst(8), maximumRetryAttempts: 2, onFailure: 'dlq', ...source }, { errors: POISON_AT_5.errors }, 30, POISON_AT_5.seed));

  it('is retried whole, blocking the shard, until its retries are used up; then its metadata goes to the destination', () => {
    const { batches, result } = poisoned({});
    expect(batches).toEqual([
      '0 batchInvoked 0 shard-0 0..7 attempt 1',
      '0.5 batchFailed 0 shard-0 0..7 error at 5',
      '1.5 batchInvoked 0 shard-0 0..7 attempt 2',
      '2 batchFailed 0 shard-0 0..7 error at 5',
      '3 batchInvoked 0 shard-0 0..7 attempt 3',
      '3.5 batchFailed 0 shard-0 0..7 error at 5',
      '3.5 batchDiscarded 0 shard-0 0..7 RetriesExhausted dlq',
    ]);
    expect(result.summary.outcomes).toMatchObject({ succeeded: 0, deadLettered: 8, pending: 0 });
    expect(result.summary.retries).toBe(2);
    expect(result.deadLetters.records).toEqual([
      {
        destination: 'dlq', kind: 'onFailure', sourceIndex: 0, function: 'fn', requestId: '0:shard-0:0-7',
        firstAttemptAt: 0, lastAttemptAt: 3, attempts: 3, error: 'PoisonRecordError', condition: 'RetriesExhausted', t: 3.5, records: 8,
      },
    ]);
    expect(result.deadLetters.byDestination).toEqual([{ name: 'dlq', type: 'sqs', delivered: 1, records: 8 }]);
  });

  it('drops the records when there is no on-failure destination', () => {
    const { result } = poisoned({ onFailure: null });
    expect(result.summary.outcomes).toMatchObject({ dropped: 8, deadLettered: 0 });
    expect(result.deadLetters.total).toBe(0);
  });

  it('with maximumRetryAttempts 0 is discarded at its first failure', () => {
    const { batches } = poisoned({ maximumRetryAttempts: 0 });
    expect(batches).toEqual([
      '0 batchInvoked 0 shard-0 0..7 attempt 1',
      '0.5 batchFailed 0 shard-0 0..7 error at 5',
      '0.5 batchDiscarded 0 shard-0 0..7 RetriesExhausted dlq',
    ]);
  });

  it('is bisected down to the poison record; splits use no retries, the single record uses them all', () => {
    const { batches, result } = poisoned({ bisectBatchOnFunctionError: true });
    expect(batches).toEqual([
      '0 batchInvoked 0 shard-0 0..7 attempt 1',
      '0.5 batchFailed 0 shard-0 0..7 error at 5',
      '0.5 batchBisected 0 shard-0 0..7 into 0..3 + 4..7',
      '1.5 batchInvoked 0 shard-0 0..3 attempt 2',
      '2 checkpointAdvanced 0 shard-0 4',
      '2 batchInvoked 0 shard-0 4..7 attempt 2',
      '2.5 batchFailed 0 shard-0 4..7 error at 1',
      '2.5 batchBisected 0 shard-0 4..7 into 4..5 + 6..7',
      '3.5 batchInvoked 0 shard-0 4..5 attempt 3',
      '4 batchFailed 0 shard-0 4..5 error at 1',
      '4 batchBisected 0 shard-0 4..5 into 4..4 + 5..5',
      '5 batchInvoked 0 shard-0 4..4 attempt 4',
      '5.5 checkpointAdvanced 0 shard-0 5',
      '5.5 batchInvoked 0 shard-0 5..5 attempt 4',
      '6 batchFailed 0 shard-0 5..5 error at 0',
      '7 batchInvoked 0 shard-0 5..5 attempt 5',
      '7.5 batchFailed 0 shard-0 5..5 error at 0',
      '8.5 batchInvoked 0 shard-0 5..5 attempt 6',
      '9 batchFailed 0 shard-0 5..5 error at 0',
      '9 batchDiscarded 0 shard-0 5..5 RetriesExhausted dlq',
      '9 batchInvoked 0 shard-0 6..7 attempt 3',
      '9.5 checkpointAdvanced 0 shard-0 8',
    ]);
    expect(result.summary.outcomes).toMatchObject({ succeeded: 7, deadLettered: 1, pending: 0 });
    // Record 5 was in six invocations: 0..7, 4..7, 4..5 and three of its own.
    expect(result.deadLetters.records[0]).toMatchObject({ requestId: '0:shard-0:5-5', attempts: 6, firstAttemptAt: 0, records: 1 });
  });

  it('with ReportBatchItemFailures checkpoints before the first failed record and retries from it', () => {
    const { batches, result } = poisoned({ reportBatchItemFailures: true });
    expect(batches).toEqual([
      '0 batchInvoked 0 shard-0 0..7 attempt 1',
      '0.5 batchFailed 0 shard-0 0..7 error at 5',
      '0.5 checkpointAdvanced 0 shard-0 5',
      '1.5 batchInvoked 0 shard-0 5..7 attempt 2',
      '2 batchFailed 0 shard-0 5..7 error at 0',
      '3 batchInvoked 0 shard-0 5..7 attempt 3',
      '3.5 batchFailed 0 shard-0 5..7 error at 0',
      '3.5 batchDiscarded 0 shard-0 5..7 RetriesExhausted dlq',
    ]);
    expect(result.summary.outcomes).toMatchObject({ succeeded: 5, deadLettered: 3 });
  });

  it('with both, checkpoints at the reported record, then bisects what is left', () => {
    const { batches, result } = poisoned({ reportBatchItemFailures: true, bisectBatchOnFunctionError: true });
    expect(batches.slice(0, 6)).toEqual([
      '0 batchInvoked 0 shard-0 0..7 attempt 1',
      '0.5 batchFailed 0 shard-0 0..7 error at 5',
      '0.5 checkpointAdvanced 0 shard-0 5',
      '1.5 batchInvoked 0 shard-0 5..7 attempt 2',
      '2 batchFailed 0 shard-0 5..7 error at 0',
      '2 batchBisected 0 shard-0 5..7 into 5..6 + 7..7',
    ]);
    expect(result.summary.outcomes).toMatchObject({ succeeded: 7, deadLettered: 1 });
  });
});

describe('a blocked shard', () => {
  const allPoison = { errors: { transientRate: 0, poisonRate: 1 } };

  it('climbs in iterator age until its records pass maximumRecordAgeInSeconds, then moves on', () => {
    // Records at 5, 15, 25 …; each fails every attempt (0.5 s + 1 s retry delay).
    const { batches, result } = run(stream({ traffic: { pattern: 'constant', rate: 0.1 }, maximumRecordAgeInSeconds: 60, onFailure: 'dlq' }, allPoison, 120));
    expect(batches.slice(0, 4)).toEqual([
      '5 batchInvoked 0 shard-0 0..0 attempt 1',
      '5.5 batchFailed 0 shard-0 0..0 error at 0',
      '6.5 batchInvoked 0 shard-0 0..0 attempt 2',
      '7 batchFailed 0 shard-0 0..0 error at 0',
    ]);
    // Record 0 is 60 s old at t = 65; the first read after that is the retry at 66.5.
    expect(batches).toContain('66.5 batchDiscarded 0 shard-0 0..0 RecordAgeExceeded dlq');
    expect(result.deadLetters.records[0]).toMatchObject({ condition: 'RecordAgeExceeded', attempts: 41, firstAttemptAt: 5, lastAttemptAt: 65, records: 1, error: 'PoisonRecordError' });
    const age = result.series.sources[0]!.IteratorAge!;
    // Sampled at the end of each 1 s bucket: the blocked record's age, then that of the next one.
    expect(age[9]).toBe(5);
    expect(age[59]).toBe(55);
    expect(age[66]).toBe(52);
    expect(result.series.sources[0]!['IteratorAge:shard-0']).toEqual(age);
    expect(result.moments.find((m) => m.kind === 'shardBlocked')?.text).toMatch(/shard-0 blocked by a failing batch since t = 5.5 s/);
    expect(result.moments.some((m) => m.kind === 'firstExpiry')).toBe(true);
  });

  it('with the defaults (retry forever, no maximum age) blocks until the records leave the stream at retention', () => {
    const { batches, result } = run(stream({ traffic: burst(2), retentionSeconds: 86_400 }, { ...allPoison, duration: 10 }, 86_500));
    // Invoked every 11 s (10 s run + 1 s delay): the first read after 86,400 s is at 86,405 (= 7,855 × 11).
    expect(batches.slice(-2)).toEqual(['86404 batchFailed 0 shard-0 0..1 error at 0', '86405 recordsExpired 0 shard-0 0..1 retention dropped']);
    expect(result.summary.outcomes).toMatchObject({ dropped: 2, pending: 0 });
    expect(result.deadLetters.total).toBe(0);
  });

  it('retries throttled batches without using retry attempts, until the records are too old', () => {
    const { batches, result } = run(stream({ traffic: burst(3), maximumRetryAttempts: 0, maximumRecordAgeInSeconds: 60, onFailure: 'dlq' }, { reservedConcurrency: 0 }, 70));
    expect(batches.slice(0, 4)).toEqual([
      '0 batchInvoked 0 shard-0 0..2 attempt 1',
      '0 batchThrottled 0 shard-0 0..2 reservedConcurrency',
      '1 batchInvoked 0 shard-0 0..2 attempt 2',
      '1 batchThrottled 0 shard-0 0..2 reservedConcurrency',
    ]);
    expect(batches.at(-1)).toBe('61 batchDiscarded 0 shard-0 0..2 RecordAgeExceeded dlq');
    expect(result.summary.throttles).toBe(61);
    expect(result.summary.retries).toBe(60);
    expect(result.deadLetters.records[0]).toMatchObject({ attempts: 61, error: 'throttled (reservedConcurrency)', condition: 'RecordAgeExceeded' });
  });

  it('reads a larger batch after a throttle when more records arrived meanwhile', () => {
    // One unit of reserved concurrency, held by a 2 s invocation of another source's batch.
    const scenario = makeScenario({
      durationSeconds: 10,
      functions: [makeFunction({ duration: 2, reservedConcurrency: 1 })],
      sources: [makeStream({ traffic: burst(1) }), makeStream({ traffic: { pattern: 'burst', count: 4, atSecond: 0.5, overSeconds: 1 } })],
    });
    const { batches } = run(scenario);
    expect(batches.filter((l) => l.includes(' 1 shard-0'))).toEqual([
      '0.625 batchInvoked 1 shard-0 0..0 attempt 1',
      '0.625 batchThrottled 1 shard-0 0..0 reservedConcurrency',
      '1.625 batchInvoked 1 shard-0 0..3 attempt 2',
      '1.625 batchThrottled 1 shard-0 0..3 reservedConcurrency',
      '2.625 batchInvoked 1 shard-0 0..3 attempt 3',
      '4.625 checkpointAdvanced 1 shard-0 4',
    ]);
  });
});

describe('starting positions', () => {
  const preloaded = (position: Partial<StreamSource>) =>
    run(stream({ traffic: { pattern: 'constant', rate: 0 }, preloadRecords: 10, ...position }, {}, 10));

  it('LATEST skips the records already in the stream: they are not requests of this run', () => {
    const { batches, result } = preloaded({ startingPosition: 'LATEST' });
    expect(batches).toEqual([]);
    expect(result.summary.requests).toBe(0);
  });

  it('TRIM_HORIZON reads them all from t = 0', () => {
    const { batches, result } = preloaded({ startingPosition: 'TRIM_HORIZON' });
    expect(batches).toEqual(['0 batchInvoked 0 shard-0 0..9 attempt 1', '0.5 checkpointAdvanced 0 shard-0 10']);
    expect(result.summary.outcomes).toMatchObject({ succeeded: 10 });
    // They entered the stream over the hour before the run: latency counts from then.
    expect(result.summary.functions.fn!.latency.mean).toBeGreaterThan(1800);
  });

  it('AT_TIMESTAMP reads those newer than the timestamp (the last half hour of an hour: half)', () => {
    const { batches, result } = preloaded({ startingPosition: 'AT_TIMESTAMP', startingPositionTimestamp: 1800 });
    expect(batches).toEqual(['0 batchInvoked 0 shard-0 0..4 attempt 1', '0.5 checkpointAdvanced 0 shard-0 5']);
    expect(result.summary.requests).toBe(5);
  });

  it('skips preloaded records older than the maximum record age', () => {
    const { batches, result } = preloaded({ startingPosition: 'TRIM_HORIZON', maximumRecordAgeInSeconds: 900 });
    // Records entered at −3420, −3060 … −900, −540, −180 s: the last three are at most 15 minutes old.
    expect(batches).toEqual(['0 batchDiscarded 0 shard-0 0..6 RecordAgeExceeded dropped', '0 batchInvoked 0 shard-0 7..9 attempt 1', '0.5 checkpointAdvanced 0 shard-0 10']);
    expect(result.summary.outcomes).toMatchObject({ dropped: 7, succeeded: 3 });
  });
});

import { describe, expect, it } from 'vitest';
import type { AsyncConfig, FunctionConfig, Scenario, Source } from '../../scenario/types';
import { Simulation } from '../simulation';
import { makeAsync, makeAsyncConfig, makeClient, makeFunction, makeScenario, makeSync } from '../testing/builders';

function run(scenario: Scenario) {
  const sim = new Simulation(scenario, { trace: true });
  while (!sim.advance(10_000));
  return { result: sim.result(), log: sim.log };
}

const burst = (count: number, atSecond = 0) => ({ pattern: 'burst', count, atSecond, overSeconds: 0 }) as const;

/** One async source into `fn` (duration 0.1 s, no init), with destinations `failed`, `dlq`, `ok`. */
function scenario(fn: Partial<FunctionConfig>, async: Partial<AsyncConfig> = {}, durationSeconds = 400, sources: Source[] = [makeAsync(burst(1))]): Scenario {
  return makeScenario({
    durationSeconds,
    functions: [makeFunction({ duration: 0.1, ...fn, async: makeAsyncConfig(async) })],
    sources,
    destinations: [
      { name: 'failed', type: 'sqs' },
      { name: 'dlq', type: 'sqs' },
      { name: 'ok', type: 'eventbridge' },
    ],
  });
}

const POISON = { errors: { transientRate: 0, poisonRate: 1 } };
const times = (log: string[], kind: string) => log.filter((l) => l.split(' ')[1] === kind).map((l) => Number(l.split(' ')[0]));

describe('function errors: retried 1 minute, then 2 minutes after the failure', () => {
  it.each([
    [0, [0], 0.1],
    [1, [0, 60.1], 60.2],
    [2, [0, 60.1, 180.2], 180.3],
  ])('with maximumRetryAttempts %i the attempts start at %j and the event is dead-lettered at %f', (retries, attempts, end) => {
    const { log, result } = run(scenario(POISON, { maximumRetryAttempts: retries, onFailure: 'failed' }));
    expect(times(log, 'invocationStarted')).toEqual(attempts);
    expect(times(log, 'retriesExhausted')).toEqual([end]);
    expect(result.summary.outcomes).toMatchObject({ deadLettered: 1, pending: 0 });
    expect(result.summary.retries).toBe(retries);
    const [record] = result.deadLetters.records;
    expect(record).toMatchObject({ kind: 'onFailure', destination: 'failed', condition: 'RetriesExhausted', attempts: retries + 1, error: 'PoisonRecordError', firstAttemptAt: 0, requestId: '0-0' });
    expect(record!.lastAttemptAt).toBeCloseTo(attempts.at(-1)!, 9);
  });

  it('logs the exact events of an event retried once and then dropped with nowhere to go', () => {
    const { log } = run(scenario(POISON, { maximumRetryAttempts: 1 }, 100));
    expect(log).toEqual([
      '0 eventAccepted fn 0-0',
      '0 coldStartBegan fn env0 0-0',
      '0 invocationStarted fn env0 0-0 cold',
      '0.1 invocationCompleted fn env0 0-0 error',
      '0.1 retryScheduled fn 0-0 retry 1 in 60',
      '60.1 invocationStarted fn env0 0-0',
      '60.2 invocationCompleted fn env0 0-0 error',
      '60.2 retriesExhausted fn 0-0 attempts 2',
      '60.2 eventDropped fn 0-0 RetriesExhausted',
    ]);
  });

  it('counts a timeout as a function error and retries it', () => {
    const { result } = run(scenario({ duration: 5, timeoutSeconds: 1 }, { maximumRetryAttempts: 2, deadLetterQueue: 'dlq' }));
    expect(result.summary.functions.fn!.timeouts).toBe(3);
    expect(result.deadLetters.records[0]).toMatchObject({ kind: 'deadLetterQueue', condition: 'RetriesExhausted', attempts: 3, error: null });
  });
});

describe('throttles: back to the queue, 1 s doubling to 5 minutes, until the event is too old', () => {
  it('retries a throttled event at 1, 2, 4 … 256, then 300 s intervals and expires it at its age', () => {
    const { log, result } = run(scenario({ reservedConcurrency: 0 }, { maximumEventAgeInSeconds: 1000, onFailure: 'failed' }, 1200));
    expect(times(log, 'dispatchThrottled')).toEqual([0, 1, 3, 7, 15, 31, 63, 127, 255, 511, 811]);
    expect(times(log, 'eventExpired')).toEqual([1000]);
    expect(result.summary.throttles).toBe(11);
    expect(result.summary.functions.fn!.throttlesByCause.reservedConcurrency).toBe(11);
    expect(result.deadLetters.records[0]).toMatchObject({ condition: 'EventAgeExceeded', attempts: 0, firstAttemptAt: 0, lastAttemptAt: 811, t: 1000 });
  });

  it('dispatches as soon as an invocation frees capacity, without waiting for the backoff', () => {
    const { log, result } = run(scenario({ reservedConcurrency: 1, duration: 0.5 }, {}, 10, [makeAsync(burst(3))]));
    expect(times(log, 'invocationStarted')).toEqual([0, 0.5, 1]);
    expect(times(log, 'dispatchThrottled')).toEqual([0, 0.5]);
    expect(result.summary.outcomes.succeeded).toBe(3);
  });

  it('expires every event of a queue with no capacity at all at its own age, dropped without a destination', () => {
    const { result, log } = run(scenario({ reservedConcurrency: 0 }, { maximumEventAgeInSeconds: 60 }, 200, [makeAsync({ pattern: 'constant', rate: 1 })]));
    // Arrivals at 0.5, 1.5 … 199.5; those accepted before 140 s have expired by the end.
    expect(times(log, 'eventExpired').slice(0, 3)).toEqual([60.5, 61.5, 62.5]);
    expect(result.summary.outcomes).toMatchObject({ dropped: 140, pending: 60, succeeded: 0 });
    const s = result.series.sources[0]!;
    expect(s['AsyncEventsDropped']!.reduce((a, b) => a + b, 0)).toBe(140);
    expect(s['AsyncQueueDepth']![100]).toBe(60);
    expect(s['AsyncEventAge']![100]).toBeCloseTo(59.5, 9);
    expect(s['DeadLetterErrors']!.every((v) => v === 0)).toBe(true);
    expect(result.moments.map((m) => m.kind)).toContain('firstExpiry');
  });

  it('expires an event waiting for its function-error retry when it reaches its age', () => {
    const { log, result } = run(scenario(POISON, { maximumEventAgeInSeconds: 60, onFailure: 'failed' }));
    expect(times(log, 'eventExpired')).toEqual([60]);
    expect(result.deadLetters.records[0]).toMatchObject({ condition: 'EventAgeExceeded', attempts: 1, error: 'PoisonRecordError' });
  });
});

describe('destinations and dead-letter queues', () => {
  it('routes successes to on-success (still succeeded) and failures to on-failure and the DLQ', () => {
    const { result } = run(
      scenario({ errors: { transientRate: 0, poisonRate: 0.5 } }, { maximumRetryAttempts: 0, onSuccess: 'ok', onFailure: 'failed', deadLetterQueue: 'dlq' }, 30, [makeAsync({ pattern: 'constant', rate: 2 })]),
    );
    const o = result.summary.outcomes;
    expect(o.succeeded + o.deadLettered).toBe(result.summary.requests);
    const totals = Object.fromEntries(result.deadLetters.byDestination.map((d) => [d.name, d.delivered]));
    expect(totals).toEqual({ failed: o.deadLettered, dlq: o.deadLettered, ok: o.succeeded });
    const success = result.deadLetters.records.find((r) => r.kind === 'onSuccess')!;
    expect(success).toMatchObject({ destination: 'ok', condition: 'Success', error: null, attempts: 1 });
    const deliveries = result.series.sources[0]!['DestinationDeliveries']!.reduce((a, b) => a + b, 0);
    expect(deliveries).toBe(result.deadLetters.total);
  });
});

describe('at-least-once delivery', () => {
  const dupes = (idempotent: boolean) => run(scenario({ idempotent }, {}, 20, [makeAsync({ pattern: 'constant', rate: 1 }, { duplicateRate: 1 })]));

  it('invokes every duplicate of a function that is not idempotent: extra invocations, not extra requests', () => {
    const { result } = dupes(false);
    expect(result.summary.requests).toBe(20);
    expect(result.summary.duplicates).toBe(20);
    expect(result.summary.invocations).toBe(40);
    expect(result.summary.outcomes.succeeded).toBe(20);
  });

  it('skips every duplicate when the function is idempotent, and counts the skips', () => {
    const { result, log } = dupes(true);
    expect(result.summary.duplicates).toBe(20);
    expect(result.summary.invocations).toBe(20);
    expect(times(log, 'duplicateSkipped')).toHaveLength(20);
    expect(result.series.sources[0]!['DuplicatesSkipped']!.reduce((a, b) => a + b, 0)).toBe(20);
    expect(result.summary.costUSD).toBeLessThan(dupes(false).result.summary.costUSD);
  });

  it('does not retry or route a duplicate: the request follows its original', () => {
    const { result } = run(scenario(POISON, { maximumRetryAttempts: 1, onFailure: 'failed' }, 100, [makeAsync(burst(1), { duplicateRate: 1 })]));
    expect(result.summary.invocations).toBe(3);
    expect(result.deadLetters.total).toBe(1);
    expect(result.summary.outcomes.deadLettered).toBe(1);
  });
});

describe('one queue per function, shared capacity', () => {
  it('shares the queue between two async sources and reports both per source and per function', () => {
    const { result } = run(scenario({ reservedConcurrency: 0 }, {}, 10, [makeAsync(burst(3)), makeAsync(burst(2))]));
    expect(result.series.sources[0]!['AsyncQueueDepth']![5]).toBe(3);
    expect(result.series.sources[1]!['AsyncQueueDepth']![5]).toBe(2);
    expect(result.series.functions.fn!['AsyncQueueDepth']![5]).toBe(5);
    expect(result.series.functions.fn!['AsyncEventAge']![5]).toBeCloseTo(6, 9);
    expect(result.summary.sources.map((s) => s.outcomes.pending)).toEqual([3, 2]);
  });

  it('lets an async backlog take the capacity a synchronous caller of the same function needs', () => {
    const { result } = run(
      scenario({ reservedConcurrency: 10, duration: 1 }, {}, 60, [
        makeAsync(burst(2000, 5)),
        makeSync({ pattern: 'constant', rate: 5 }, { client: makeClient() }),
      ]),
    );
    const [, api] = result.summary.sources;
    expect(api!.outcomes.throttled).toBeGreaterThan(200);
    // The async events were all accepted; those not yet run are still queued, none lost.
    expect(result.summary.sources[0]!.outcomes.pending).toBeGreaterThan(1000);
    // Sync latency is only the synchronous callers' (async timing is AsyncEventLatency).
    expect(result.summary.functions.fn!.latency.count).toBe(api!.outcomes.succeeded);
  });

  it('keeps the event count proportional to the requests under sustained throttling', () => {
    const { result } = run(
      scenario({ reservedConcurrency: 5, duration: 1 }, { maximumEventAgeInSeconds: 300 }, 1200, [makeAsync({ pattern: 'poisson', rate: 10 })]),
    );
    // Per request: its arrival, at most a throttled dispatch's backoff timer and its completion.
    expect(result.summary.outcomes.dropped).toBeGreaterThan(3000);
    expect(result.summary.events).toBeLessThan(3 * result.summary.requests + 2 * result.series.buckets);
    expect(result.moments.map((m) => m.kind)).toContain('queueGrowing');
  });
});

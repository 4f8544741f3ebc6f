import { describe, expect, it } from 'vitest';
import type { Scenario, SqsSource } from '../../scenario/types';
import { OUTCOMES } from '../resultTypes';
import { Simulation } from '../simulation';
import { makeFunction, makeScenario, makeSqs } from '../testing/builders';
import { SQS_INITIAL_POLLERS, SQS_MAX_POLLERS, SQS_POLLER_SCALE_UP_PER_MINUTE } from './sqsPollers';

function run(scenario: Scenario) {
  const sim = new Simulation(scenario, { trace: true });
  while (!sim.advance(10_000));
  return { result: sim.result(), log: sim.log };
}

const once = { pattern: 'burst', count: 1, atSecond: 0, overSeconds: 0 } as const;
const none = { pattern: 'constant', rate: 0 } as const;
const dlq = [{ name: 'dlq', type: 'sqs' }] as Scenario['destinations'];

function queueScenario(sqs: Partial<SqsSource>, fn: Parameters<typeof makeFunction>[0] = {}, extra: Partial<Scenario> = {}): Scenario {
  return makeScenario({
    durationSeconds: 200,
    functions: [makeFunction({ duration: 1, timeoutSeconds: 5, ...fn })],
    sources: [makeSqs({ traffic: once, ...sqs })],
    destinations: dlq,
    ...extra,
  });
}

function identityHolds(result: ReturnType<typeof run>['result']): void {
  const sum = (o: Record<string, number>) => OUTCOMES.reduce((n, k) => n + o[k]!, 0);
  expect(sum(result.summary.outcomes)).toBe(result.summary.requests);
  for (const s of result.summary.sources) expect(sum(s.outcomes)).toBe(s.requests);
}

describe('SQS event source mapping', () => {
  it('receives a message, invokes the function with it and deletes it', () => {
    const { log, result } = run(queueScenario({}));
    expect(log).toEqual([
      '0 messagesReceived 0-b0 1',
      '0 coldStartBegan fn env0 0-b0',
      '0 invocationStarted fn env0 0-b0 cold',
      '1 invocationCompleted fn env0 0-b0 success',
      '1 batchDeleted 0-b0 1',
    ]);
    expect(result.summary.outcomes).toMatchObject({ succeeded: 1, pending: 0 });
    expect(result.series.sources[0]!.NumberOfMessagesDeleted!.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('redrives a poison message to the dead-letter queue after exactly maxReceiveCount receives', () => {
    const { log, result } = run(queueScenario({ maxReceiveCount: 3, deadLetterQueue: 'dlq' }, { errors: { transientRate: 0, poisonRate: 1 } }));
    expect(log.filter((l) => /messagesReceived|visibilityExpired|messageRedriven/.test(l))).toEqual([
      '0 messagesReceived 0-b0 1',
      '30 visibilityExpired 0-b0 1',
      '30 messagesReceived 0-b1 1',
      '60 visibilityExpired 0-b1 1',
      '60 messagesReceived 0-b2 1',
      '90 visibilityExpired 0-b2 1',
      '90 messageRedriven 0-0 3 receives → dlq',
    ]);
    expect(result.summary.outcomes).toMatchObject({ deadLettered: 1, pending: 0 });
    expect(result.deadLetters.records).toEqual([
      expect.objectContaining({ destination: 'dlq', kind: 'redrive', condition: 'MaxReceiveCountExceeded', attempts: 3, firstAttemptAt: 0, lastAttemptAt: 60, t: 90, records: 1, error: 'PoisonRecordError' }),
    ]);
    expect(result.summary.invocations).toBe(3);
    expect(result.series.sources[0]!.Redriven!.reduce((a, b) => a + b, 0)).toBe(1);
    expect(result.moments.some((m) => m.kind === 'firstDeadLetter')).toBe(true);
  });

  it('without a redrive policy, loops a poison message until retention deletes it', () => {
    const { log, result } = run(queueScenario({ visibilityTimeoutSeconds: 10, retentionSeconds: 60 }, { errors: { transientRate: 0, poisonRate: 1 } }));
    expect(log.filter((l) => l.includes('messagesReceived')).map((l) => l.split(' ')[0])).toEqual(['0', '10', '20', '30', '40', '50']);
    expect(log).toContain('60 messagesExpired 0 1');
    expect(result.summary.outcomes).toMatchObject({ dropped: 1, pending: 0 });
    expect(result.moments.some((m) => m.kind === 'firstExpiry')).toBe(true);
  });

  it('scales the pollers by 300 concurrent batches a minute, up to 1,250, while messages wait', () => {
    const { log, result } = run(
      queueScenario({ traffic: none, initialMessages: 200_000, visibilityTimeoutSeconds: 60 }, { duration: 10, timeoutSeconds: 10 }, { durationSeconds: 400, account: { concurrencyLimit: 2000, scaling: { model: 'none' } } }),
    );
    expect(log.filter((l) => l.includes('pollersScaled'))).toEqual([
      '60 pollersScaled 0 5→305',
      '120 pollersScaled 0 305→605',
      '180 pollersScaled 0 605→905',
      '240 pollersScaled 0 905→1205',
      '300 pollersScaled 0 1205→1250',
    ]);
    expect(SQS_INITIAL_POLLERS + 4 * SQS_POLLER_SCALE_UP_PER_MINUTE).toBeLessThan(SQS_MAX_POLLERS);
    const pollers = result.series.sources[0]!.PollerConcurrency!;
    expect([pollers[0], pollers[60], pollers[120], pollers[330]]).toEqual([5, 305, 605, 1250]);
    expect(result.summary.functions.fn!.maxConcurrency).toBe(1250);
    expect(result.summary.outcomes).toMatchObject({ succeeded: 200_000, pending: 0 });
    expect(result.moments.filter((m) => m.kind === 'pollersScaled')).toHaveLength(3);
  });

  it('stops scaling at maximumConcurrency and sheds pollers once the backlog is gone', () => {
    const { log, result } = run(
      queueScenario({ traffic: none, initialMessages: 10_000, maximumConcurrency: 100 }, { duration: 1 }, { durationSeconds: 600 }),
    );
    expect(log.filter((l) => l.includes('pollersScaled'))).toEqual(['60 pollersScaled 0 5→100', '180 pollersScaled 0 100→5 idle']);
    expect(result.summary.functions.fn!.maxConcurrency).toBe(100);
    expect(result.summary.throttles).toBe(0);
  });

  it('batches a backlog fully, and arrivals at one instant together', () => {
    const { log } = run(queueScenario({ traffic: { pattern: 'burst', count: 23, atSecond: 0, overSeconds: 0 } }));
    expect(log.filter((l) => l.includes('messagesReceived'))).toEqual(['0 messagesReceived 0-b0 10', '0 messagesReceived 0-b1 10', '0 messagesReceived 0-b2 3']);
  });

  it('collects a batch for up to maximumBatchingWindowInSeconds', () => {
    const { log } = run(queueScenario({ traffic: { pattern: 'constant', rate: 1 }, batchSize: 100, maximumBatchingWindowInSeconds: 5 }, {}, { durationSeconds: 12 }));
    expect(log.filter((l) => /messagesReceived|invocationStarted/.test(l))).toEqual([
      '0.5 messagesReceived 0-b0 1',
      '1.5 messagesReceived 0-b0 1',
      '2.5 messagesReceived 0-b0 1',
      '3.5 messagesReceived 0-b0 1',
      '4.5 messagesReceived 0-b0 1',
      '5.5 messagesReceived 0-b1 1',
      '5.5 invocationStarted fn env0 0-b0 cold',
      '6.5 messagesReceived 0-b1 1',
      '7.5 messagesReceived 0-b1 1',
      '8.5 messagesReceived 0-b1 1',
      '9.5 messagesReceived 0-b1 1',
      '10.5 invocationStarted fn env0 0-b1',
      '10.5 messagesReceived 0-b2 1',
      '11.5 messagesReceived 0-b2 1',
    ]);
  });

  it('processes a message twice when its visibility timeout ends during processing, and settles it once', () => {
    const { log, result } = run(queueScenario({ visibilityTimeoutSeconds: 10 }, { duration: 9, init: 2, timeoutSeconds: 10 }));
    expect(log).toEqual([
      '0 messagesReceived 0-b0 1',
      '0 coldStartBegan fn env0 0-b0',
      '2 invocationStarted fn env0 0-b0 cold',
      '10 visibilityExpired 0-b0 1',
      '10 duplicateReceived 0-0',
      '10 messagesReceived 0-b1 1',
      '10 coldStartBegan fn env1 0-b1',
      '11 invocationCompleted fn env0 0-b0 success',
      '11 batchDeleted 0-b0 1',
      '12 invocationStarted fn env1 0-b1 cold',
      '21 invocationCompleted fn env1 0-b1 success',
      '21 batchDeleted 0-b1 1',
    ]);
    expect(result.summary.requests).toBe(1);
    expect(result.summary.outcomes).toMatchObject({ succeeded: 1, pending: 0 });
    expect(result.summary.duplicates).toBe(1);
    expect(result.summary.invocations).toBe(2);
    expect(result.moments.find((m) => m.kind === 'duplicateDelivered')?.t).toBe(10);
  });

  it('returns the whole batch on an error, but only the failing messages with ReportBatchItemFailures', () => {
    const scenario = (report: boolean) =>
      queueScenario(
        { traffic: { pattern: 'poisson', rate: 20 }, maxReceiveCount: 2, deadLetterQueue: 'dlq', reportBatchItemFailures: report, visibilityTimeoutSeconds: 5 },
        { duration: 0.5, timeoutSeconds: 1, errors: { transientRate: 0, poisonRate: 0.1 } },
        { durationSeconds: 120 },
      );
    const whole = run(scenario(false)).result;
    const partial = run(scenario(true)).result;
    const received = (r: typeof whole) => r.series.sources[0]!.NumberOfMessagesReceived!.reduce((a, b) => a + b, 0);
    // Partial: a healthy message is received once and deleted; a poison one twice, then redriven.
    const p = partial.summary.outcomes;
    expect(received(partial)).toBeGreaterThanOrEqual(p.succeeded + 2 * p.deadLettered);
    expect(received(partial)).toBeLessThanOrEqual(p.succeeded + 2 * p.deadLettered + 2 * p.pending);
    expect(p.deadLettered / partial.summary.requests).toBeLessThan(0.15);
    // Whole batch: healthy messages sharing a batch with a poison one are redriven with it.
    expect(whole.summary.outcomes.deadLettered).toBeGreaterThan(2 * p.deadLettered);
    identityHolds(whole);
    identityHolds(partial);
  });

  it('throttles when reserved concurrency is below the pollers, backs off, and not with maximumConcurrency', () => {
    const scenario = (maximumConcurrency: number | null) =>
      queueScenario({ traffic: none, initialMessages: 2000, maximumConcurrency, visibilityTimeoutSeconds: 30 }, { duration: 1, reservedConcurrency: 2 }, { durationSeconds: 300 });
    const throttled = run(scenario(null));
    expect(throttled.result.summary.functions.fn!.throttlesByCause.reservedConcurrency).toBeGreaterThan(0);
    expect(throttled.log.filter((l) => l.includes('pollersScaled'))[0]).toBe('60 pollersScaled 0 5→2 throttled');
    expect(throttled.log.some((l) => l.includes('batchAbandoned'))).toBe(true);
    expect(throttled.result.summary.retries).toBeGreaterThan(0);
    expect(throttled.result.moments.some((m) => m.kind === 'pollersScaled' && m.text.includes('back off to 2'))).toBe(true);
    identityHolds(throttled.result);
    const bounded = run(scenario(2));
    expect(bounded.result.summary.throttles).toBe(0);
    expect(bounded.result.summary.outcomes.succeeded).toBe(2000);
  });

  it('lets throttled messages reappear after the visibility timeout, receive counts standing', () => {
    const { log, result } = run(queueScenario({ maxReceiveCount: 2, deadLetterQueue: 'dlq', visibilityTimeoutSeconds: 10 }, { reservedConcurrency: 0 }, { durationSeconds: 60 }));
    expect(log.filter((l) => /messagesReceived|batchAbandoned|messageRedriven/.test(l))).toEqual([
      '0 messagesReceived 0-b0 1',
      '7 batchAbandoned 0-b0 after 4 throttles',
      '10 messagesReceived 0-b1 1',
      '17 batchAbandoned 0-b1 after 4 throttles',
      '20 messageRedriven 0-0 2 receives → dlq',
    ]);
    expect(result.deadLetters.records[0]).toMatchObject({ error: 'Throttled', attempts: 2 });
    expect(result.summary.outcomes).toMatchObject({ deadLettered: 1 });
  });

  it('drops waiting messages at the end of the retention period', () => {
    const { result } = run(queueScenario({ traffic: { pattern: 'constant', rate: 10 }, retentionSeconds: 60, visibilityTimeoutSeconds: 20 }, { reservedConcurrency: 0 }, { durationSeconds: 150 }));
    const o = result.summary.outcomes;
    expect(o.succeeded).toBe(0);
    expect(o.dropped).toBeGreaterThan(800);
    identityHolds(result);
  });

  it('samples the age of the oldest visible message', () => {
    const { result } = run(queueScenario({ traffic: none, initialMessages: 1000 }, { duration: 1, reservedConcurrency: 1 }, { durationSeconds: 30 }));
    const age = result.series.sources[0]!.ApproximateAgeOfOldestMessage!;
    expect(age[9]).toBeCloseTo(10, 6);
    expect(result.series.sources[0]!.ApproximateNumberOfMessagesVisible![0]).toBeGreaterThan(900);
  });
});

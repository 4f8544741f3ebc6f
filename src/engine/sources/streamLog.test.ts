import { describe, expect, it } from 'vitest';
import { RecordLog } from './streamLog';
import { batchRecordLimit, failureAction, newSegment, type FailurePolicy } from './streamBatch';
import type { InvocationResult } from '../lambda/invocation';

describe('RecordLog', () => {
  it('keeps records in order through growth, wrap-around and shrinking, tracking poison by sequence number', () => {
    const log = new RecordLog();
    for (let i = 0; i < 10; i += 1) log.push(i, i === 7);
    log.shift(6);
    for (let i = 10; i < 20_000; i += 1) log.push(i, i === 15_000);
    expect(log.first).toBe(6);
    expect(log.size).toBe(19_994);
    expect(log.timeAt(0)).toBe(6);
    expect(log.timeAt(19_993)).toBe(19_999);
    expect(log.firstPoisonWithin(1)).toBe(-1);
    expect(log.firstPoisonWithin(2)).toBe(1);
    expect(log.countBefore(100)).toBe(94);
    log.shift(log.size - 10);
    expect(log.first).toBe(19_990);
    expect(log.timeAt(9)).toBe(19_999);
    expect(log.firstPoisonWithin(10)).toBe(-1);
    log.push(-1, true);
    expect(log.firstPoisonWithin(11)).toBe(10);
    expect(() => log.shift(12)).toThrow();
    expect(() => log.timeAt(11)).toThrow();
  });
});

describe('stream batch rules', () => {
  const failed = (failedIndex: number, status: InvocationResult['status'] = 'error'): InvocationResult => ({ status, failedIndex, error: 'x', acceptedAt: 0, endedAt: 1, coldStart: false });
  const policy = (p: Partial<FailurePolicy> = {}): FailurePolicy => ({ bisectBatchOnFunctionError: false, reportBatchItemFailures: false, maximumRetryAttempts: -1, ...p });

  it('limits a batch to batchSize and to 6 MB of payload, at least one record', () => {
    expect(batchRecordLimit(100, 1024)).toBe(100);
    expect(batchRecordLimit(10_000, 1024)).toBe(6144);
    expect(batchRecordLimit(100, 7 * 1024 * 1024)).toBe(1);
  });

  it('retries forever with −1, discards once maximumRetryAttempts are used', () => {
    const segment = { ...newSegment(10), retriesUsed: 3 };
    expect(failureAction(segment, failed(4), policy())).toEqual({ succeeded: 0, next: 'retry', consumesRetry: true });
    expect(failureAction(segment, failed(4), policy({ maximumRetryAttempts: 4 }))).toEqual({ succeeded: 0, next: 'retry', consumesRetry: true });
    expect(failureAction(segment, failed(4), policy({ maximumRetryAttempts: 3 }))).toEqual({ succeeded: 0, next: 'discard', consumesRetry: false });
  });

  it('bisects batches of two or more without using retries; a single record uses them', () => {
    expect(failureAction(newSegment(2), failed(1), policy({ bisectBatchOnFunctionError: true, maximumRetryAttempts: 0 }))).toEqual({ succeeded: 0, next: 'bisect', consumesRetry: false });
    expect(failureAction(newSegment(1), failed(0), policy({ bisectBatchOnFunctionError: true, maximumRetryAttempts: 0 }))).toEqual({ succeeded: 0, next: 'discard', consumesRetry: false });
  });

  it('honours a partial batch response, but not from a timed-out function', () => {
    const rbif = policy({ reportBatchItemFailures: true, maximumRetryAttempts: 1 });
    expect(failureAction(newSegment(10), failed(4), rbif)).toEqual({ succeeded: 4, next: 'retry', consumesRetry: true });
    expect(failureAction(newSegment(10), failed(0, 'timeout'), rbif)).toEqual({ succeeded: 0, next: 'retry', consumesRetry: true });
    expect(failureAction(newSegment(10), failed(4), { ...rbif, bisectBatchOnFunctionError: true })).toEqual({ succeeded: 4, next: 'retry', consumesRetry: false });
    expect(failureAction(newSegment(10), failed(4), policy())).toEqual({ succeeded: 0, next: 'retry', consumesRetry: true });
  });
});

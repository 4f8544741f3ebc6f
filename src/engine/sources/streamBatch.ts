/**
 * Batches of a Kinesis / DynamoDB Streams event source mapping (DESIGN §2.1; aws-facts §4, §6):
 * how large a batch may be, and what Lambda does when one fails.
 *
 * AWS-documented: a batch closes at `batchSize` (1–10,000) records, at the end of the batching
 * window, or at 6 MB of payload ("You cannot modify this limit", invocation-eventsourcemapping.html).
 * On a function error the batch is retried until it succeeds, its records are too old, or
 * `maximumRetryAttempts` (−1 = no limit) is used up; `bisectBatchOnFunctionError` splits a failed
 * batch in two and splitting does not consume retry attempts; with `ReportBatchItemFailures`
 * Lambda checkpoints before the first failed record and retries from it
 * (kinesis-on-failure-destination.html, services-kinesis-batchfailurereporting.html).
 *
 * *Assumptions* (AWS documents none), each exported: the delay before a stream batch is retried
 * (after an error or a throttle), how a partial batch response interacts with the retry count,
 * and what a timed-out batch reports.
 */
import type { InvocationResult } from '../lambda/invocation';

/** *Assumption*: a failed or throttled stream batch is retried at the next poll, 1 s later (DESIGN §2.1; older AWS docs: shards are polled "once per second"). */
export const STREAM_RETRY_DELAY_SECONDS = 1;

/** The largest batch payload: 6 MB (AWS, invocation-eventsourcemapping.html), read as 6 MiB like Lambda's invoke payload limit. */
export const MAX_BATCH_PAYLOAD_BYTES = 6 * 1024 * 1024;

/**
 * *Assumption*: with ReportBatchItemFailures, retrying from the reported record counts as one
 * retry attempt (it is a retry of a failed invocation), unless bisectBatchOnFunctionError is also
 * on: then AWS "bisects at the returned sequence number", and splits never consume retries.
 */
export const PARTIAL_RETRY_CONSUMES_ATTEMPT = true;

/** The most records one batch may carry: `batchSize`, and no more than 6 MB of payload (at least 1). */
export function batchRecordLimit(batchSize: number, recordSizeBytes: number): number {
  return Math.max(1, Math.min(batchSize, Math.floor(MAX_BATCH_PAYLOAD_BYTES / recordSizeBytes)));
}

/**
 * A run of records at the front of a lane that Lambda invokes (and retries) as one batch. After a
 * bisect the front of the lane holds several segments, invoked in order, first half first.
 */
export interface Segment {
  /** Records, counted from the lane's checkpoint (the first segment starts there). */
  size: number;
  /** Never invoked yet (only throttled, if tried): it may still grow to the batch limit. */
  fresh: boolean;
  /** Attempts, throttled ones included (every attempt after the first counts as a retry). */
  tries: number;
  /** Function-error retries used against maximumRetryAttempts (splits use none). */
  retriesUsed: number;
  /** Seconds; NaN until first tried. */
  firstAttemptAt: number;
  lastAttemptAt: number;
  error: string | null;
}

/** A new batch of `size` records. */
export function newSegment(size: number): Segment {
  return { size, fresh: true, tries: 0, retriesUsed: 0, firstAttemptAt: Number.NaN, lastAttemptAt: Number.NaN, error: null };
}

/** The two halves of a failed segment (first half the larger); both keep its retry count. */
export function bisect(segment: Segment): [Segment, Segment] {
  const first = Math.ceil(segment.size / 2);
  return [
    { ...segment, size: first },
    { ...segment, size: segment.size - first },
  ];
}

export interface FailurePolicy {
  bisectBatchOnFunctionError: boolean;
  reportBatchItemFailures: boolean;
  /** −1 = retry until the records expire. */
  maximumRetryAttempts: number;
}

/** What Lambda does after a failed invocation of `segment`. */
export interface FailureAction {
  /** Records before the first reported failure: they succeed and the checkpoint moves past them. */
  succeeded: number;
  /** What happens to the rest: retried as it is, split in two, or discarded. */
  next: 'retry' | 'bisect' | 'discard';
  /** Whether this failure used one of maximumRetryAttempts. */
  consumesRetry: boolean;
}

/** Decides what follows a failed (error or timeout) invocation of `segment`. */
export function failureAction(segment: Segment, result: InvocationResult, policy: FailurePolicy): FailureAction {
  if (result.status === 'success') throw new Error('failureAction called for a successful batch');
  // A timed-out function returned no response, so there is no partial batch response to honour.
  const reported = policy.reportBatchItemFailures && result.status === 'error' ? result.failedIndex : 0;
  const succeeded = reported > 0 && reported < segment.size ? reported : 0;
  const exhausted = policy.maximumRetryAttempts >= 0 && segment.retriesUsed + 1 > policy.maximumRetryAttempts;
  if (succeeded > 0) {
    if (policy.bisectBatchOnFunctionError || !PARTIAL_RETRY_CONSUMES_ATTEMPT) return { succeeded, next: 'retry', consumesRetry: false };
    return { succeeded, next: exhausted ? 'discard' : 'retry', consumesRetry: !exhausted };
  }
  if (policy.bisectBatchOnFunctionError && segment.size > 1) return { succeeded: 0, next: 'bisect', consumesRetry: false };
  return { succeeded: 0, next: exhausted ? 'discard' : 'retry', consumesRetry: !exhausted };
}

/**
 * What the SQS model tells the narration panel (DESIGN §6 "Narration"), and the dead-letter record
 * of a redriven message: the texts live here so the queue and poller models read as rules.
 */
import type { SqsSource } from '../../scenario/types';
import { formatCount, formatSeconds } from '../metrics/moments';
import type { DeadLetterRecord } from '../resultTypes';
import type { SqsMessage } from './sqsMessages';

/** The id a message is shown by: `<source index>-<arrival number>`. */
export function messageId(sourceIndex: number, m: SqsMessage): string {
  return `${sourceIndex}-${m.id}`;
}

export function duplicateText(title: string, id: string, visibilityTimeoutSeconds: number): string {
  return `${title}: message ${id} was still being processed when its ${formatSeconds(visibilityTimeoutSeconds)} visibility timeout ran out — the clock starts at the receive, so the batching window, a cold start and throttle retries count as well as the handler — and SQS delivered it again: duplicate processing. The first copy to finish deletes it; the handler must be idempotent.`;
}

export function redriveText(title: string, id: string, receives: number, config: SqsSource): string {
  return `${title}: message ${id} was received ${receives} times (maxReceiveCount ${config.maxReceiveCount}) without being deleted; SQS's redrive policy moves it to the dead-letter queue ${config.deadLetterQueue}.`;
}

export function expiryText(title: string, count: number, retentionSeconds: number): string {
  const what = count === 1 ? 'a message' : `${formatCount(count)} messages`;
  return `${title}: ${what} reached the queue's ${formatSeconds(retentionSeconds)} retention period before being processed; SQS deleted ${count === 1 ? 'it' : 'them'} (dropped).`;
}

export function scaleUpText(title: string, waiting: number, from: number, to: number, step: number, limit: string): string {
  return `${title}: ${formatCount(waiting)} messages waiting, so the pollers scale from ${formatCount(from)} to ${formatCount(to)} concurrent batches (+${step} a minute, up to ${limit}).`;
}

export function backOffText(title: string, fn: string, wanted: number, throttles: number, cause: string, to: number): string {
  return `${title}: the pollers ran up to ${formatCount(wanted)} concurrent batches, more than ${fn} could take — ${formatCount(throttles)} invocation attempts throttled (${cause}) in the last minute. Throttled batches are retried while their visibility timeout lasts, then their messages return with a receive counted; the pollers back off to ${formatCount(to)}. A maximumConcurrency no higher than the reserved concurrency avoids this.`;
}

/** The dead-letter record of a message moved to its queue's DLQ by the redrive policy. */
export function redriveRecord(m: SqsMessage, sourceIndex: number, fn: string, dlq: string, t: number): DeadLetterRecord {
  return {
    destination: dlq,
    kind: 'redrive',
    sourceIndex,
    function: fn,
    requestId: messageId(sourceIndex, m),
    firstAttemptAt: m.firstReceivedAt,
    lastAttemptAt: m.lastReceivedAt,
    attempts: m.receiveCount,
    error: m.lastError,
    condition: 'MaxReceiveCountExceeded',
    t,
    records: 1,
  };
}

/**
 * Where a finished asynchronous event goes (DESIGN §2.1 "Destinations and dead-letter queues";
 * AWS invocation-async-retain-records.html and API_PutFunctionEventInvokeConfig):
 *
 * - Success → the on-success destination, if set: an invocation record with condition `Success`.
 *   The request's outcome is `succeeded` either way.
 * - Retries exhausted or event too old → the on-failure destination (a record with condition
 *   `RetriesExhausted` or `EventAgeExceeded`, the invoke count and the last error) *and* the
 *   dead-letter queue (the event body only: our record carries no error). AWS: "You can configure
 *   destinations in addition to or instead of a dead-letter queue", so with both set, both receive
 *   it. Outcome `deadLettered` when at least one got it; `dropped` (AsyncEventsDropped) with neither.
 *
 * *Assumption*: delivery never fails. AWS counts failed deliveries (`DeadLetterErrors`,
 * `DestinationDeliveryFailures`: missing permissions, a FIFO queue or topic, an oversized record);
 * validation already refuses S3 as an on-success destination and FIFO targets are not modelled, so
 * the DeadLetterErrors series is present and always zero.
 */
import type { AsyncConfig } from '../../scenario/types';
import type { SimContext } from '../context';
import type { DeadLetterCondition, DeadLetterRecord } from '../resultTypes';
import type { AsyncEvent } from './asyncEvent';

/** *Assumption*: the probability that delivering to a destination or DLQ fails. */
export const DESTINATION_DELIVERY_FAILURE_RATE = 0;

/** The failure conditions of an asynchronous event. */
export type AsyncFailureCondition = Extract<DeadLetterCondition, 'RetriesExhausted' | 'EventAgeExceeded'>;

function record(ctx: SimContext, event: AsyncEvent, functionName: string, kind: DeadLetterRecord['kind'], destination: string, condition: DeadLetterCondition, error: string | null): DeadLetterRecord {
  const never = event.firstAttemptAt < 0;
  return {
    destination,
    kind,
    sourceIndex: event.sourceIndex,
    function: functionName,
    requestId: event.id,
    firstAttemptAt: never ? event.acceptedAt : event.firstAttemptAt,
    lastAttemptAt: never ? event.acceptedAt : event.lastAttemptAt,
    attempts: event.invocations,
    error,
    condition,
    t: ctx.now,
    records: 1,
  };
}

/** Sends a successful event to the on-success destination; returns the records delivered (0 or 1). */
export function routeSuccess(ctx: SimContext, config: AsyncConfig, event: AsyncEvent, functionName: string): number {
  if (config.onSuccess === null) return 0;
  ctx.deadLetters.deliver(record(ctx, event, functionName, 'onSuccess', config.onSuccess, 'Success', null));
  return 1;
}

/** Sends a failed event to the on-failure destination and/or the DLQ; returns the records delivered. */
export function routeFailure(ctx: SimContext, config: AsyncConfig, event: AsyncEvent, functionName: string, condition: AsyncFailureCondition): number {
  let delivered = 0;
  if (config.onFailure !== null) {
    ctx.deadLetters.deliver(record(ctx, event, functionName, 'onFailure', config.onFailure, condition, event.lastError));
    delivered += 1;
  }
  if (config.deadLetterQueue !== null) {
    ctx.deadLetters.deliver(record(ctx, event, functionName, 'deadLetterQueue', config.deadLetterQueue, condition, null));
    delivered += 1;
  }
  return delivered;
}

/**
 * One event in a function's asynchronous invocation queue (DESIGN §2.1 "Asynchronous
 * invocation"), from acceptance (the caller's 202) until it succeeds, is delivered to a
 * destination or dead-letter queue, or is dropped. A duplicate delivery (at-least-once) is a
 * second event object for the same request, marked `copy`: it never settles the outcome ledger.
 */
import type { Settleable } from '../metrics/outcomeLedger';

/**
 * `queued`: waiting in the queue for dispatch (the head may be waiting out a throttle backoff);
 * `retryWait`: waiting for the 1- or 2-minute retry after a function error; `running`: invoked;
 * `done`: finished (succeeded, routed, dropped or, for a copy, skipped or discarded).
 */
export type AsyncEventState = 'queued' | 'retryWait' | 'running' | 'done';

/** How a finished original event settles in the ledger. */
export type AsyncOutcome = 'succeeded' | 'deadLettered' | 'dropped';

export interface AsyncEvent extends Settleable {
  /** Request id (`<source>-<n>`; a copy adds `-dup`). */
  readonly id: string;
  readonly sourceIndex: number;
  /** When Lambda accepted the event, seconds: its age counts from here, retries included. */
  readonly acceptedAt: number;
  /** acceptedAt + maximumEventAgeInSeconds: from then on it is never attempted again. */
  readonly expiresAt: number;
  /** Fails on every attempt (DESIGN §2.1 "Errors"). */
  readonly poison: boolean;
  /** A duplicate delivery of an event already accepted. */
  readonly copy: boolean;
  state: AsyncEventState;
  /** Dispatch attempts, throttled ones included. */
  dispatches: number;
  /** Invocations that actually started (AWS's approximateInvokeCount). */
  invocations: number;
  /** Function-error retries used (≤ maximumRetryAttempts). */
  errorRetries: number;
  /** First and last dispatch attempt, seconds; −1 until the first. */
  firstAttemptAt: number;
  lastAttemptAt: number;
  lastError: string | null;
}

/** A freshly accepted event (or a duplicate copy of one). */
export function newAsyncEvent(id: string, sourceIndex: number, acceptedAt: number, maxAgeSeconds: number, poison: boolean, copy: boolean): AsyncEvent {
  return {
    id,
    sourceIndex,
    acceptedAt,
    expiresAt: acceptedAt + maxAgeSeconds,
    poison,
    copy,
    state: 'queued',
    dispatches: 0,
    invocations: 0,
    errorRetries: 0,
    firstAttemptAt: -1,
    lastAttemptAt: -1,
    lastError: null,
    settled: false,
  };
}

/** Whether the event is waiting (queued or waiting for a retry): what AsyncQueueDepth counts. */
export function isWaiting(state: AsyncEventState): boolean {
  return state === 'queued' || state === 'retryWait';
}

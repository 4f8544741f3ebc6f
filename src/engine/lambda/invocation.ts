/**
 * One invocation of a function, as a source hands it over and as it comes back. A batch (stream
 * or queue) is one invocation of `records` records.
 */

export type InvocationKind = 'sync' | 'async' | 'stream' | 'sqs';

export interface Invocation {
  kind: InvocationKind;
  /** Shown on the timeline and in dead-letter records. */
  requestId: string;
  sourceIndex: number;
  /** Records in the payload (1 for a single request or event). */
  records: number;
  /** Index of the first record that fails on every attempt (a poison record), or −1. */
  poisonIndex: number;
  /** Called once when the function returns, errs or times out. */
  onDone: (result: InvocationResult) => void;
}

export interface InvocationResult {
  status: 'success' | 'error' | 'timeout';
  /** The first record that failed (0 for a single request; 0 for a timeout), −1 on success. */
  failedIndex: number;
  error: string | null;
  /** When Lambda accepted the invocation (before any cold start). */
  acceptedAt: number;
  endedAt: number;
  coldStart: boolean;
}

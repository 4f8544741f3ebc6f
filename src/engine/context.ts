/**
 * What every part of the Lambda model shares during one run: the clock and the future-event list,
 * the seeded streams, the metrics and the outcome ledger. Parts of the model receive it and stay
 * independent of each other.
 */
import type { Scenario } from '../scenario/types';
import type { RngStreams } from './kernel/rng';
import type { DeadLetterLog } from './metrics/deadLetterLog';
import type { Moments } from './metrics/moments';
import type { OutcomeLedger } from './metrics/outcomeLedger';
import type { SeriesRegistry } from './metrics/seriesRegistry';
import type { TimeBuckets } from './metrics/timeSeries';

export interface SimContext {
  readonly scenario: Scenario;
  /** Simulated horizon, seconds: nothing at or after it happens. */
  readonly horizon: number;
  /** The current simulated time, seconds. */
  readonly now: number;
  /** Schedules `fire` at time `t` (≥ now); `kind` names the event (past tense) in traces. */
  schedule(t: number, kind: string, fire: () => void): void;
  readonly rng: RngStreams;
  readonly time: TimeBuckets;
  readonly series: SeriesRegistry;
  readonly moments: Moments;
  readonly ledger: OutcomeLedger;
  readonly deadLetters: DeadLetterLog;
  /** Whether an event log is kept: guard trace() calls with it, so no text is built otherwise. */
  readonly tracing: boolean;
  /** Appends a line to the event log when tracing (tests), else a no-op. */
  trace(kind: string, detail: string): void;
}

/** A part of the model that offers requests: one per scenario source. */
export interface SourceModel {
  /** Schedules its first events. */
  start(): void;
  /** Requests it still holds (queued, in flight, waiting for a retry), counted from its own state. */
  livePending(): number;
  /** Records per-bucket samples (queue depth, ages…) at the end of bucket `bucket`. */
  sample?(bucket: number): void;
  /** Called once when the run stops, before the result is built. */
  finish?(end: number): void;
}

/**
 * What one asynchronous source shows over time, in group `{ kind: 'source', index }` (DESIGN §4;
 * CloudWatch names where they exist, but ages in seconds where CloudWatch uses milliseconds):
 *
 * - `AsyncEventsReceived` (counter): events accepted (each a request; duplicates not counted).
 * - `AsyncQueueDepth` (gauge, per-bucket maximum; mean in `AsyncQueueDepthMean`): events waiting
 *   for dispatch or for a retry, duplicates included.
 * - `AsyncEventAge` (sampled at each bucket's end): age of the oldest waiting event, seconds.
 * - `AsyncEventsDropped` (counter): events discarded with nowhere to go.
 * - `DestinationDeliveries` (counter): records delivered to on-success, on-failure and DLQ.
 * - `DeadLetterErrors` (counter): failed deliveries — always 0 here (see destinations.ts).
 * - `Duplicates`, `DuplicatesSkipped` (counters): extra deliveries, and those an idempotent
 *   function recognised and skipped.
 * - `AsyncEventLatency` (derived): mean seconds from acceptance to success, per bucket of success.
 *   Kept apart from the function's `latency` summary, which is what synchronous callers saw.
 *
 * It also counts the source's live requests (for `livePending`) from its own bookkeeping.
 */
import type { SimContext } from '../context';
import type { Counter, Gauge, Sampled } from '../metrics/timeSeries';
import { isWaiting, type AsyncEvent, type AsyncEventState } from './asyncEvent';

export class AsyncSourceStats {
  /** Original events accepted and not yet settled (the ledger's pending, counted here). */
  live = 0;
  readonly received: Counter;
  readonly dropped: Counter;
  readonly deliveries: Counter;
  readonly deadLetterErrors: Counter;
  readonly duplicates: Counter;
  readonly duplicatesSkipped: Counter;
  readonly depth: Gauge;
  private readonly age: Sampled;
  private readonly latencySum: Float64Array;
  private readonly latencyCount: Float64Array;

  constructor(
    private readonly ctx: SimContext,
    readonly index: number,
  ) {
    const g = { kind: 'source', index } as const;
    const series = ctx.series;
    this.received = series.counter(g, 'AsyncEventsReceived');
    this.depth = series.gauge(g, 'AsyncQueueDepthMean', 'AsyncQueueDepth');
    this.age = series.sampled(g, 'AsyncEventAge');
    this.dropped = series.counter(g, 'AsyncEventsDropped');
    this.deliveries = series.counter(g, 'DestinationDeliveries');
    this.deadLetterErrors = series.counter(g, 'DeadLetterErrors');
    this.duplicates = series.counter(g, 'Duplicates');
    this.duplicatesSkipped = series.counter(g, 'DuplicatesSkipped');
    this.latencySum = new Float64Array(ctx.time.buckets);
    this.latencyCount = new Float64Array(ctx.time.buckets);
  }

  /** A new event (original or copy) entered the queue. */
  accepted(event: AsyncEvent): void {
    if (!event.copy) this.live += 1;
    this.depth.add(this.ctx.now, 1);
  }

  /** Keeps the depth and the live count in step with a change of state. */
  stateChanged(event: AsyncEvent, from: AsyncEventState, to: AsyncEventState): void {
    const delta = (isWaiting(to) ? 1 : 0) - (isWaiting(from) ? 1 : 0);
    if (delta !== 0) this.depth.add(this.ctx.now, delta);
    if (to === 'done' && !event.copy) this.live -= 1;
  }

  /** An original event succeeded `seconds` after it was accepted. */
  succeeded(seconds: number): void {
    const b = this.ctx.time.index(this.ctx.now);
    this.latencySum[b]! += seconds;
    this.latencyCount[b]! += 1;
  }

  /** Records the bucket's AsyncEventAge (seconds). */
  recordAge(bucket: number, age: number): void {
    this.age.record(bucket, age);
  }

  /** Publishes the derived latency series. */
  finish(): void {
    const mean = new Float64Array(this.latencySum.length);
    for (let b = 0; b < mean.length; b += 1) {
      const n = this.latencyCount[b]!;
      mean[b] = n > 0 ? this.latencySum[b]! / n : 0;
    }
    this.ctx.series.addDerived({ kind: 'source', index: this.index }, 'AsyncEventLatency', mean);
  }
}

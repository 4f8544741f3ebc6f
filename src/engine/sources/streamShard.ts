/**
 * One shard of a Kinesis / DynamoDB stream as Lambda's event source mapping reads it — or, with
 * `parallelizationFactor` > 1, one of the shard's lanes (DESIGN §2.1): records are read in order
 * from the checkpoint, one batch at a time; a batch closes at the batch limit (batchSize, 6 MB) or
 * when the batching window has passed (it opens when the lane is idle and holds a record; "the next
 * window begins as soon as the previous function invocation completes").
 *
 * A failed batch blocks the lane: it is retried (after STREAM_RETRY_DELAY_SECONDS, an
 * *assumption*) until it succeeds, its records pass `maximumRecordAgeInSeconds` or retention, or
 * `maximumRetryAttempts` is used up; then the batch metadata goes to the on-failure destination
 * (or the records are discarded) and the lane moves on. Bisecting and partial batch responses are
 * decided in streamBatch.ts. Throttled invocations are retried after the same delay and consume no
 * retry attempts (AWS: "it retries until the records expire or exceed the maximum age").
 *
 * *Assumption*: record age and retention are checked whenever the lane is about to read (each
 * dispatch and each retry), so an expired record leaves at most one invocation (or one retry
 * delay) late. Records past retention are gone from the stream: dropped, with no destination.
 * Records past the maximum age are discarded with condition RecordAgeExceeded.
 */
import type { StreamSource } from '../../scenario/types';
import type { SimContext } from '../context';
import type { FunctionRuntime } from '../lambda/functionRuntime';
import type { InvocationResult } from '../lambda/invocation';
import type { Gauge } from '../metrics/timeSeries';
import type { DeadLetterCondition } from '../resultTypes';
import { bisect, failureAction, newSegment, STREAM_RETRY_DELAY_SECONDS, type Segment } from './streamBatch';
import { RecordLog } from './streamLog';

/** What the lanes of one source share; the source implements the narration callbacks. */
export interface StreamShared {
  ctx: SimContext;
  fn: FunctionRuntime;
  config: StreamSource;
  index: number;
  /** Records per batch at most (batchSize and the 6 MB payload limit). */
  limit: number;
  batchesInFlight: Gauge;
  /** A lane's batch failed a second time in a row without progress (its shard is blocked). */
  blocked(lane: StreamLane, since: number): void;
  /** Records left the lane unprocessed (discarded, dead-lettered or expired). */
  discarded(lane: StreamLane, count: number, condition: DeadLetterCondition | 'RetentionExpired', delivered: boolean): void;
}

export class StreamLane {
  readonly log = new RecordLog();
  /** Batches at the front of the lane, in order; the first is the one invoked (and retried). */
  private readonly segments: Segment[] = [];
  /** In flight, or waiting to retry: nothing else is read from the lane. */
  private busy = false;
  private idleSince = 0;
  /** Invalidates a pending batching-window timer. */
  private windowToken = 0;
  private windowAt = Number.NaN;
  private failStreak = 0;
  private failingSince = 0;

  constructor(
    private readonly s: StreamShared,
    /** Shard number. */
    readonly shard: number,
    /** `shard-3`, or `shard-3/1` for lane 1 of shard 3. */
    readonly label: string,
  ) {}

  /** Records not yet processed (waiting, in flight or waiting to retry). */
  get backlog(): number {
    return this.log.size;
  }

  get inFlight(): boolean {
    return this.busy;
  }

  /** Age of the oldest unprocessed record at `now` (0 when the lane is empty). */
  oldestAge(now: number): number {
    return this.log.size > 0 ? now - this.log.timeAt(0) : 0;
  }

  /** A record entered the stream at `t`; with `read` false it only waits (preloading). */
  offer(t: number, poison: boolean, read = true): void {
    this.log.push(t, poison);
    if (read && !this.busy) this.consider();
  }

  /** Reads from the lane if it is free: expires old records, then invokes, or arms the batching window timer. */
  consider(): void {
    if (this.busy) return;
    this.expire();
    if (this.log.size === 0) return;
    const s = this.s;
    let segment = this.segments[0];
    if (!segment) {
      const n = Math.min(this.log.size, s.limit);
      const window = s.config.maximumBatchingWindowInSeconds;
      if (n < s.limit && window > 0) {
        const due = Math.max(this.idleSince, this.log.timeAt(0)) + window;
        if (s.ctx.now < due) {
          this.armWindow(due);
          return;
        }
      }
      segment = newSegment(n);
      this.segments.push(segment);
    } else if (segment.fresh) segment.size = Math.min(this.log.size, s.limit);
    this.invoke(segment);
  }

  private armWindow(due: number): void {
    if (this.windowAt === due) return;
    this.windowAt = due;
    const token = ++this.windowToken;
    this.s.ctx.schedule(due, 'batchWindowElapsed', () => {
      if (token !== this.windowToken) return;
      this.windowAt = Number.NaN;
      this.consider();
    });
  }

  private range(size: number, from = 0): string {
    const first = this.log.first + from;
    return `${first}..${first + size - 1}`;
  }

  private invoke(segment: Segment): void {
    const { ctx, fn, index } = this.s;
    const t = ctx.now;
    this.windowToken += 1;
    this.windowAt = Number.NaN;
    if (segment.tries > 0) fn.metrics.retries.add(t);
    else segment.firstAttemptAt = t;
    segment.tries += 1;
    segment.lastAttemptAt = t;
    this.busy = true;
    const first = this.log.first;
    if (ctx.tracing) ctx.trace('batchInvoked', `${index} ${this.label} ${this.range(segment.size)} attempt ${segment.tries}`);
    const cause = fn.tryInvoke({
      kind: 'stream',
      requestId: `${index}:${this.label}:${first}-${first + segment.size - 1}`,
      sourceIndex: index,
      records: segment.size,
      poisonIndex: this.log.firstPoisonWithin(segment.size),
      onDone: (result) => this.done(segment, result),
    });
    if (cause !== null) {
      if (ctx.tracing) ctx.trace('batchThrottled', `${index} ${this.label} ${this.range(segment.size)} ${cause}`);
      segment.error ??= `throttled (${cause})`;
      this.retryLater();
      return;
    }
    segment.fresh = false;
    this.s.batchesInFlight.add(t, 1);
  }

  private retryLater(): void {
    this.busy = true;
    this.s.ctx.schedule(this.s.ctx.now + STREAM_RETRY_DELAY_SECONDS, 'streamRetryDue', () => {
      this.busy = false;
      this.consider();
    });
  }

  private done(segment: Segment, result: InvocationResult): void {
    const { ctx, config, index } = this.s;
    const t = ctx.now;
    this.s.batchesInFlight.add(t, -1);
    this.busy = false;
    if (this.segments[0] !== segment) throw new Error(`stream lane ${this.label}: a batch ended that is not at the front`);
    if (result.status === 'success') {
      this.segments.shift();
      this.succeed(segment.size);
      this.failStreak = 0;
      this.idleSince = t;
      this.consider();
      return;
    }
    segment.error = result.error;
    if (ctx.tracing) ctx.trace('batchFailed', `${index} ${this.label} ${this.range(segment.size)} ${result.status} at ${result.failedIndex}`);
    const action = failureAction(segment, result, config);
    if (action.succeeded > 0) {
      segment.size -= action.succeeded;
      this.succeed(action.succeeded);
      this.failStreak = 0;
    }
    if (action.consumesRetry) segment.retriesUsed += 1;
    if (action.next === 'discard') {
      this.segments.shift();
      this.discard(segment.size, 'RetriesExhausted', segment);
      this.failStreak = 0;
      this.idleSince = t;
      this.consider();
      return;
    }
    if (action.next === 'bisect') {
      const [a, b] = bisect(segment);
      this.segments.splice(0, 1, a, b);
      if (ctx.tracing) ctx.trace('batchBisected', `${index} ${this.label} ${this.range(segment.size)} into ${this.range(a.size)} + ${this.range(b.size, a.size)}`);
    }
    if (action.succeeded === 0) this.noteFailure(t);
    this.retryLater();
  }

  private noteFailure(t: number): void {
    this.failStreak += 1;
    if (this.failStreak === 1) this.failingSince = t;
    if (this.failStreak === 2) this.s.blocked(this, this.failingSince);
  }

  /** The `n` oldest records were processed: checkpoint past them. */
  private succeed(n: number): void {
    const { ctx, fn, index } = this.s;
    const t = ctx.now;
    for (let i = 0; i < n; i += 1) fn.metrics.latency.add(t - this.log.timeAt(i));
    this.log.shift(n);
    ctx.ledger.settle(index, 'succeeded', n);
    if (ctx.tracing) ctx.trace('checkpointAdvanced', `${index} ${this.label} ${this.log.first}`);
  }

  /** Discards the `n` oldest records: their metadata to the on-failure destination, or nowhere. */
  private discard(n: number, condition: DeadLetterCondition, segment: Segment | null): void {
    const { ctx, config, fn, index } = this.s;
    const t = ctx.now;
    const first = this.log.first;
    const destination = config.onFailure;
    if (destination !== null) {
      ctx.deadLetters.deliver({
        destination,
        kind: 'onFailure',
        sourceIndex: index,
        function: fn.name,
        requestId: `${index}:${this.label}:${first}-${first + n - 1}`,
        firstAttemptAt: segment && segment.tries > 0 ? segment.firstAttemptAt : t,
        lastAttemptAt: segment && segment.tries > 0 ? segment.lastAttemptAt : t,
        attempts: segment?.tries ?? 0,
        error: segment?.error ?? null,
        condition,
        t,
        records: n,
      });
    }
    ctx.ledger.settle(index, destination !== null ? 'deadLettered' : 'dropped', n);
    if (ctx.tracing) ctx.trace('batchDiscarded', `${index} ${this.label} ${this.range(n)} ${condition} ${destination ?? 'dropped'}`);
    this.log.shift(n);
    this.s.discarded(this, n, condition, destination !== null);
  }

  /** Drops records past retention, then discards those past the maximum record age. */
  private expire(): void {
    const { ctx, config, index } = this.s;
    const t = ctx.now;
    const gone = this.log.countBefore(t - config.retentionSeconds);
    if (gone > 0) {
      ctx.ledger.settle(index, 'dropped', gone);
      if (ctx.tracing) ctx.trace('recordsExpired', `${index} ${this.label} ${this.range(gone)} retention dropped`);
      this.log.shift(gone);
      this.trimSegments(gone);
      this.s.discarded(this, gone, 'RetentionExpired', false);
    }
    if (config.maximumRecordAgeInSeconds < 0) return;
    const old = this.log.countBefore(t - config.maximumRecordAgeInSeconds);
    if (old > 0) {
      this.discard(old, 'RecordAgeExceeded', this.segments[0] ?? null);
      this.trimSegments(old);
    }
  }

  /** The `n` oldest records left the lane: shrink (or remove) the batches that held them. */
  private trimSegments(n: number): void {
    let left = n;
    while (left > 0 && this.segments.length > 0) {
      const head = this.segments[0]!;
      if (head.size <= left) {
        left -= head.size;
        this.segments.shift();
      } else {
        head.size -= left;
        left = 0;
      }
    }
  }
}

/**
 * Lambda's SQS pollers (DESIGN §2.1; aws-facts §5, services-sqs-scaling.html): how many batches an
 * SQS event source mapping works on at once, how it fills them, invokes the function, and what it
 * does with each outcome.
 *
 * Scaling (AWS): start with 5 concurrent batches; while messages are waiting, add up to 300
 * concurrent invokes per minute, up to 1,250 (newest docs; an older version says 1,000) or the
 * mapping's `maximumConcurrency` (2–1,000). Each poller slot works on at most one batch.
 * Batching (AWS, invocation-eventsourcemapping.html): a batch is invoked when it holds
 * `batchSize` messages or `maximumBatchingWindowInSeconds` has passed (0: at once with what is
 * there). Outcomes (AWS, services-sqs-configure.html): success deletes the batch; an error or a
 * timeout leaves every message to reappear after its visibility timeout — with
 * ReportBatchItemFailures only the messages the function reports.
 *
 * *Assumptions* (the numbers are exported below): the +300 comes as one step a minute (the shape is ours);
 * with no message waiting, the pollers shed up to 300 a minute but keep what they used that
 * minute; pollers receive a message the moment it is visible (long polling, no latency); one
 * batch collects at a time, and its messages are in flight (their visibility timeout running)
 * from the moment they are received; the 6 MB payload limit is ignored (no message size in the
 * scenario); a throttled batch is retried 1 s, 2 s, 4 s … (at most 60 s apart) later while its
 * visibility lasts, after which its messages reappear on their own with their receive counts
 * standing — which is why AWS asks for a visibility timeout of 6× the function timeout. After a
 * minute with throttles the pollers do not scale up but shed up to 300, never below the batches
 * running (re:Post: "Lambda throttles function scaling when invocation issues occur"). With
 * ReportBatchItemFailures the function reports its poison messages and the one that failed
 * transiently (the batch lists poison messages last so the runtime's first-failure index finds it).
 */
import type { SqsSource } from '../../scenario/types';
import type { SimContext } from '../context';
import type { FunctionRuntime } from '../lambda/functionRuntime';
import type { InvocationResult } from '../lambda/invocation';
import { formatCount } from '../metrics/moments';
import type { ThrottleCause } from '../resultTypes';
import { Receipts } from './sqsMessages';
import { backOffText, scaleUpText } from './sqsNarration';
import type { SqsQueue } from './sqsQueue';

/** Concurrent batches a mapping starts with (AWS). */
export const SQS_INITIAL_POLLERS = 5;
/** Concurrent batches added per minute while messages wait (AWS: "up to 300 more … per minute"). */
export const SQS_POLLER_SCALE_UP_PER_MINUTE = 300;
/** *Assumption* (shape): the scale-up comes as one step per this period, not continuously. */
export const SQS_SCALING_PERIOD_SECONDS = 60;
/** Most concurrent batches of one mapping (AWS, newest docs; one version says 1,000). */
export const SQS_MAX_POLLERS = 1250;
/** *Assumption*: with no message waiting, pollers shed this many per minute (never below what they used). */
export const SQS_POLLER_SCALE_DOWN_PER_MINUTE = 300;
/** *Assumption*: first retry of a throttled batch after this long, doubling. */
export const SQS_THROTTLE_RETRY_BASE_SECONDS = 1;
/** *Assumption*: longest wait between retries of a throttled batch. */
export const SQS_THROTTLE_RETRY_MAX_SECONDS = 60;

/** How many scale-ups are narrated per source. */
const NARRATED_SCALE_UPS = 3;

/** What one poller slot works on: collecting, running, or waiting to retry after a throttle. */
interface Batch {
  receipts: Receipts;
  /** Invocation attempts that were throttled. */
  throttles: number;
}

export class SqsPollers {
  /** Concurrent batches the pollers work on at most now (PollerConcurrency). */
  target: number;
  private readonly cap: number;
  private readonly floor: number;
  /** Batches holding a slot (collecting, running or waiting to retry a throttle). */
  private active = 0;
  private running = 0;
  private peakActive = 0;
  private collecting: Batch | null = null;
  private batchCount = 0;
  private scaleUps = 0;
  private checkPending = false;
  private lastThrottleAt = -Infinity;
  private lastThrottleCause: ThrottleCause = 'reservedConcurrency';
  private throttlesSinceCheck = 0;
  private pumping = false;
  private pumpAgain = false;

  constructor(
    private readonly ctx: SimContext,
    private readonly config: SqsSource,
    private readonly index: number,
    private readonly fn: FunctionRuntime,
    private readonly queue: SqsQueue,
  ) {
    this.cap = Math.min(SQS_MAX_POLLERS, config.maximumConcurrency ?? SQS_MAX_POLLERS);
    this.floor = Math.min(SQS_INITIAL_POLLERS, this.cap);
    this.target = this.floor;
  }

  /** Hands visible messages to free poller slots (call whenever messages or slots appear). */
  pump(): void {
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    do {
      this.pumpAgain = false;
      this.fill();
    } while (this.pumpAgain);
    this.pumping = false;
    if (this.queue.visible > 0) this.scheduleCheck();
  }

  private fill(): void {
    const size = this.config.batchSize;
    while (this.queue.visible > 0) {
      const open = this.collecting;
      if (open) {
        this.take(open, size - open.receipts.size);
        if (open.receipts.size >= size) this.invoke(open);
        continue;
      }
      if (this.active >= this.target) return;
      const batch: Batch = { receipts: new Receipts(`${this.index}-b${this.batchCount}`), throttles: 0 };
      const window = this.config.maximumBatchingWindowInSeconds;
      // The window is scheduled before the first receive, so it closes before that receipt's
      // visibility timeout ends when both fall at the same instant.
      if (window > 0 && size > 1) this.ctx.schedule(this.ctx.now + window, 'batchingWindowClosed', () => this.windowClosed(batch));
      if (this.take(batch, size) === 0) continue;
      this.batchCount += 1;
      this.active += 1;
      this.peakActive = Math.max(this.peakActive, this.active);
      if (window > 0 && size > 1 && batch.receipts.size < size) this.collecting = batch;
      else this.invoke(batch);
    }
  }

  /** Receives up to `max` messages into `batch`; a receive that changes nothing would loop forever. */
  private take(batch: Batch, max: number): number {
    const before = this.queue.visible;
    const taken = this.queue.receive(max, batch.receipts);
    if (taken === 0 && this.queue.visible === before) throw new Error(`sources[${this.index}]: ${before} visible messages but none could be received`);
    return taken;
  }

  private windowClosed(batch: Batch): void {
    if (this.collecting !== batch) return;
    this.invoke(batch);
  }

  private invoke(batch: Batch): void {
    if (this.collecting === batch) this.collecting = null;
    const messages = batch.receipts.messages;
    let poison = 0;
    for (const m of messages) if (m.poison) poison += 1;
    const cause = this.fn.tryInvoke({
      kind: 'sqs',
      requestId: batch.receipts.label,
      sourceIndex: this.index,
      records: messages.length,
      poisonIndex: poison > 0 ? messages.length - poison : -1,
      onDone: (result) => this.completed(batch, result),
    });
    if (cause === null) {
      this.running += 1;
      return;
    }
    this.throttled(batch, cause);
  }

  private completed(batch: Batch, result: InvocationResult): void {
    this.running -= 1;
    this.active -= 1;
    this.queue.release(batch.receipts);
    const messages = batch.receipts.messages;
    if (result.status === 'success') {
      this.queue.delete(messages);
      if (this.ctx.tracing) this.ctx.trace('batchDeleted', `${batch.receipts.label} ${messages.length}`);
      this.queue.forget(batch.receipts);
    } else if (result.status === 'error' && this.config.reportBatchItemFailures) {
      const transient = messages.filter((m) => !m.poison)[result.failedIndex] ?? null;
      const failed = messages.filter((m) => m.poison || m === transient);
      for (const m of failed) m.lastError = result.error;
      this.queue.delete(messages.filter((m) => !m.poison && m !== transient));
      if (this.ctx.tracing) this.ctx.trace('batchItemsFailed', `${batch.receipts.label} ${failed.length} of ${messages.length}`);
    } else {
      for (const m of messages) m.lastError = result.error;
      if (this.ctx.tracing) this.ctx.trace('batchFailed', `${batch.receipts.label} ${messages.length} ${result.status}`);
    }
    this.pump();
  }

  private throttled(batch: Batch, cause: ThrottleCause): void {
    const t = this.ctx.now;
    batch.throttles += 1;
    this.lastThrottleAt = t;
    this.lastThrottleCause = cause;
    this.throttlesSinceCheck += 1;
    this.scheduleCheck();
    const delay = Math.min(SQS_THROTTLE_RETRY_MAX_SECONDS, SQS_THROTTLE_RETRY_BASE_SECONDS * 2 ** (batch.throttles - 1));
    const visibleAgainAt = batch.receipts.firstAt + this.config.visibilityTimeoutSeconds;
    if (t + delay < visibleAgainAt) {
      this.ctx.schedule(t + delay, 'batchRetried', () => {
        this.fn.metrics.retries.add(this.ctx.now);
        this.invoke(batch);
      });
      return;
    }
    this.active -= 1;
    this.queue.release(batch.receipts);
    for (const m of batch.receipts.messages) m.lastError ??= 'Throttled';
    if (this.ctx.tracing) this.ctx.trace('batchAbandoned', `${batch.receipts.label} after ${batch.throttles} throttles`);
    this.pump();
  }

  // ── scaling ──

  private scheduleCheck(): void {
    if (this.checkPending) return;
    this.checkPending = true;
    this.ctx.schedule(this.ctx.now + SQS_SCALING_PERIOD_SECONDS, 'pollersChecked', () => {
      this.checkPending = false;
      this.check();
    });
  }

  private check(): void {
    const t = this.ctx.now;
    const waiting = this.queue.visible;
    const throttledRecently = t - this.lastThrottleAt < SQS_SCALING_PERIOD_SECONDS;
    if (throttledRecently) this.backOff();
    else if (waiting > 0) {
      if (this.target < this.cap) this.scaleUp(waiting);
    } else if (this.target !== this.floor) {
      // Idle: shed pollers not used this minute, or recover from a back-off.
      const to = this.target < this.floor ? this.floor : Math.max(this.floor, this.peakActive, this.target - SQS_POLLER_SCALE_DOWN_PER_MINUTE);
      this.scaleTo(to, 'idle');
    }
    this.peakActive = this.active;
    this.throttlesSinceCheck = 0;
    if (waiting > 0 || throttledRecently || this.target !== this.floor) this.scheduleCheck();
    this.pump();
  }

  /** Throttled during the last minute: shed up to 300 pollers, never below the batches running. */
  private backOff(): void {
    const to = Math.max(1, this.running, this.target - SQS_POLLER_SCALE_DOWN_PER_MINUTE);
    if (to >= this.target) return;
    const text = backOffText(this.queue.title, this.fn.name, this.target, this.throttlesSinceCheck, this.lastThrottleCause, to);
    this.ctx.moments.once(this.ctx.now, 'pollersScaled', text, { sourceIndex: this.index, key: `pollersBackOff|${this.index}` });
    this.scaleTo(to, 'throttled');
  }

  private scaleTo(to: number, why: string): void {
    if (to === this.target) return;
    if (this.ctx.tracing) this.ctx.trace('pollersScaled', `${this.index} ${this.target}→${to} ${why}`);
    this.target = to;
  }

  private scaleUp(waiting: number): void {
    const from = this.target;
    this.target = Math.min(this.cap, from + SQS_POLLER_SCALE_UP_PER_MINUTE);
    if (this.ctx.tracing) this.ctx.trace('pollersScaled', `${this.index} ${from}→${this.target}`);
    this.scaleUps += 1;
    if (this.scaleUps > NARRATED_SCALE_UPS) return;
    const limit = this.config.maximumConcurrency !== null && this.cap === this.config.maximumConcurrency ? `maximumConcurrency ${this.cap}` : `the ${formatCount(this.cap)} ceiling`;
    const text = scaleUpText(this.queue.title, waiting, from, this.target, SQS_POLLER_SCALE_UP_PER_MINUTE, limit);
    this.ctx.moments.once(this.ctx.now, 'pollersScaled', text, { sourceIndex: this.index, key: `pollersScaled|${this.index}|${this.scaleUps}` });
  }
}

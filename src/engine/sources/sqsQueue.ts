/**
 * An Amazon SQS standard queue as a Lambda event source sees it (DESIGN §2.1 "Event source
 * mappings: SQS"; aws-facts §5): messages are visible or in flight; a receive makes a message
 * invisible for `visibilityTimeoutSeconds` and adds one to its receive count; a delete removes it;
 * nothing else makes it visible again — when its visibility timeout ends it simply reappears
 * (services-sqs-configure.html: "After the visibility timeout, the messages become visible to
 * Lambda again"). A redrive policy moves a message to its dead-letter queue instead of letting it
 * be received more than `maxReceiveCount` times; messages older than `retentionSeconds` are
 * deleted by SQS (default 4 days).
 *
 * Outcomes (DESIGN §2.2): every message is a request; it settles once — `succeeded` on its first
 * delete, `deadLettered` on redrive, `dropped` when retention deletes it. A message whose
 * visibility timeout ends while a batch still processes it is received again: a duplicate
 * (counted, not a new request); whichever copy finishes first deletes it.
 *
 * *Assumptions* (AWS is silent): visible messages are received oldest first; a message is redriven
 * at the receive that would exceed maxReceiveCount (the pollers receive continuously, so this is
 * when it becomes visible and a poller is free); retention is checked for visible messages — an
 * in-flight message past retention is dropped when it would become visible again. Whether a
 * message is poison is drawn at its first receive (stream `poison:<index>`), so a backlog that is
 * never read costs no randomness and no memory beyond its arrival times.
 */
import type { SqsSource } from '../../scenario/types';
import type { SimContext } from '../context';
import type { Rng } from '../kernel/rng';
import { drawPoison } from '../lambda/failureModel';
import type { FunctionRuntime } from '../lambda/functionRuntime';
import { Fifo, FreshMessages, newMessage, VisibleHeap, type ReceiptRange, type Receipts, type SqsMessage } from './sqsMessages';
import { duplicateText, expiryText, messageId, redriveRecord, redriveText } from './sqsNarration';
import type { SqsSeries } from './sqsSource';

export class SqsQueue {
  private readonly fresh = new FreshMessages();
  private readonly returned = new VisibleHeap();
  private readonly rngPoison: Rng;
  private nextId = 0;
  private returnedVisible = 0;
  private inFlightCount = 0;
  /** When the pending retention check fires (Infinity: none pending). */
  private expiryAt = Infinity;
  /** Receipts in receive order = visibility-timeout order (one timeout per queue). */
  private readonly receipts = new Fifo<ReceiptRange>();
  private visibilityCheckPending = false;
  /** Entries of `receipts` whose batch deleted everything (dropped when they are the majority). */
  private closedRanges = 0;

  constructor(
    private readonly ctx: SimContext,
    private readonly config: SqsSource,
    private readonly index: number,
    private readonly fn: FunctionRuntime,
    readonly title: string,
    private readonly series: SqsSeries,
    /** Called when messages become visible again (the pollers may receive them). */
    private readonly onVisible: () => void,
  ) {
    this.rngPoison = ctx.rng.get(`poison:${index}`);
  }

  /** Messages a poller could receive now. */
  get visible(): number {
    return this.fresh.size + this.returnedVisible;
  }

  /** Messages received and neither deleted nor visible again (ApproximateNumberOfMessagesNotVisible). */
  get inFlight(): number {
    return this.inFlightCount;
  }

  /** `count` messages are sent to the queue now. */
  send(count: number): void {
    const t = this.ctx.now;
    this.ctx.ledger.arrive(this.index, count);
    this.series.sent.add(t, count);
    this.fresh.push(t, count);
    this.gauges();
    this.armExpiry();
  }

  /** Receives up to `max` visible messages into `into`, oldest first; returns how many. */
  receive(max: number, into: Receipts): number {
    const t = this.ctx.now;
    const limit = this.config.maxReceiveCount;
    let taken = 0;
    const from = into.size;
    this.expireVisible(t);
    while (taken < max) {
      const m = this.takeOldest(t);
      if (!m) break;
      if (limit !== null && m.receiveCount >= limit) {
        this.redrive(m);
        continue;
      }
      if (m.holders > 0) this.duplicate(m, t);
      m.receiveCount += 1;
      m.generation += 1;
      m.holders += 1;
      m.lastReceivedAt = t;
      m.state = 'inFlight';
      this.inFlightCount += 1;
      into.add(m, t);
      taken += 1;
    }
    if (taken > 0) {
      this.series.received.add(t, taken);
      if (this.ctx.tracing) this.ctx.trace('messagesReceived', `${into.label} ${taken}`);
      this.receipts.push({ receipts: into, from, to: from + taken, at: t });
      into.ranges += 1;
      if (!this.visibilityCheckPending) this.scheduleVisibilityCheck();
    }
    this.gauges();
    return taken;
  }

  /** Deletes `messages` (a batch processed them); those already settled (by another copy, redrive, expiry) are skipped. */
  delete(messages: readonly SqsMessage[]): void {
    const t = this.ctx.now;
    let deleted = 0;
    for (const m of messages) {
      if (m.settled) continue;
      if (m.state === 'visible') this.returnedVisible -= 1;
      else this.inFlightCount -= 1;
      m.state = 'gone';
      this.ctx.ledger.settle(this.index, 'succeeded', 1, m);
      this.fn.metrics.latency.add(t - m.arrivedAt);
      deleted += 1;
    }
    if (deleted === 0) return;
    this.series.deleted.add(t, deleted);
    this.gauges();
  }

  /**
   * A batch deleted all it held: nothing of it can reappear. Its entries leave the visibility list
   * lazily, in bulk once they are most of it, so memory follows the batches still in flight.
   */
  forget(receipts: Receipts): void {
    receipts.close();
    this.closedRanges += receipts.ranges;
    if (this.closedRanges < 1024 || this.closedRanges * 2 < this.receipts.size) return;
    this.receipts.retain((r) => !r.receipts.closed);
    this.closedRanges = 0;
  }

  /** A batch has finished with its messages (processed, failed or given up). */
  release(receipts: Receipts): void {
    for (const m of receipts.messages) m.holders -= 1;
  }

  /** Age of the oldest visible message (0 when none): ApproximateAgeOfOldestMessage. */
  oldestVisibleAge(): number {
    const oldest = Math.min(this.returned.top()?.arrivedAt ?? Infinity, this.fresh.oldest());
    return oldest === Infinity ? 0 : this.ctx.now - oldest;
  }

  private takeOldest(t: number): SqsMessage | null {
    const back = this.returned.top();
    if (back) {
      this.returned.pop();
      this.returnedVisible -= 1;
      return back;
    }
    const arrivedAt = this.fresh.oldest();
    if (this.fresh.shiftRun(1) === 0) return null;
    return newMessage(this.nextId++, arrivedAt, drawPoison(this.fn.config.errors.poisonRate, this.rngPoison), t);
  }

  private duplicate(m: SqsMessage, t: number): void {
    this.series.duplicates.add(t);
    this.fn.metrics.duplicates.add(t);
    if (this.ctx.tracing) this.ctx.trace('duplicateReceived', messageId(this.index, m));
    this.ctx.moments.once(t, 'duplicateDelivered', () => duplicateText(this.title, messageId(this.index, m), this.config.visibilityTimeoutSeconds), { sourceIndex: this.index });
  }

  private redrive(m: SqsMessage): void {
    const t = this.ctx.now;
    const dlq = this.config.deadLetterQueue;
    if (dlq === null) throw new Error(`sources[${this.index}]: maxReceiveCount without a deadLetterQueue`);
    m.state = 'gone';
    this.ctx.ledger.settle(this.index, 'deadLettered', 1, m);
    this.series.redriven.add(t);
    this.ctx.deadLetters.deliver(redriveRecord(m, this.index, this.fn.name, dlq, t));
    const id = messageId(this.index, m);
    if (this.ctx.tracing) this.ctx.trace('messageRedriven', `${id} ${m.receiveCount} receives → ${dlq}`);
    this.ctx.moments.once(t, 'firstDeadLetter', () => redriveText(this.title, id, m.receiveCount, this.config), { sourceIndex: this.index });
  }

  // ── visibility timeouts ──

  /** Schedules the next end of a visibility timeout: the oldest receipt still open. */
  private scheduleVisibilityCheck(): void {
    let head = this.receipts.peek();
    while (head && head.receipts.closed) {
      this.receipts.shift();
      this.closedRanges -= 1;
      head = this.receipts.peek();
    }
    if (!head) return;
    this.visibilityCheckPending = true;
    this.ctx.schedule(head.at + this.config.visibilityTimeoutSeconds, 'visibilityChecked', () => {
      this.visibilityCheckPending = false;
      this.endVisibility();
      if (!this.visibilityCheckPending) this.scheduleVisibilityCheck();
    });
  }

  /** Makes visible again every message whose latest receipt's visibility timeout has ended. */
  private endVisibility(): void {
    const t = this.ctx.now;
    const timeout = this.config.visibilityTimeoutSeconds;
    let returned = 0;
    for (let range = this.receipts.peek(); range && range.at + timeout <= t; range = this.receipts.peek()) {
      this.receipts.shift();
      if (range.receipts.closed) {
        this.closedRanges -= 1;
        continue;
      }
      range.receipts.ranges -= 1;
      let back = 0;
      for (let i = range.from; i < range.to; i += 1) {
        const m = range.receipts.messages[i]!;
        if (m.state !== 'inFlight' || m.generation !== range.receipts.generations[i]) continue;
        this.inFlightCount -= 1;
        m.state = 'visible';
        if (this.expiredAt(m.arrivedAt, t)) this.drop(m, t);
        else {
          this.returned.push(m);
          this.returnedVisible += 1;
          back += 1;
        }
      }
      if (back > 0 && this.ctx.tracing) this.ctx.trace('visibilityExpired', `${range.receipts.label} ${back}`);
      returned += back;
    }
    if (returned === 0) return;
    this.gauges();
    this.armExpiry();
    this.onVisible();
  }

  // ── retention ──

  private expiredAt(arrivedAt: number, t: number): boolean {
    return arrivedAt + this.config.retentionSeconds <= t;
  }

  private drop(m: SqsMessage, t: number): void {
    m.state = 'gone';
    this.ctx.ledger.settle(this.index, 'dropped', 1, m);
    this.expiryNoted(1, t);
  }

  /** Deletes every visible message past retention. */
  private expireVisible(t: number): void {
    let top = this.returned.top();
    while (top && this.expiredAt(top.arrivedAt, t)) {
      this.returned.pop();
      this.returnedVisible -= 1;
      this.drop(top, t);
      top = this.returned.top();
    }
    let dropped = 0;
    while (this.expiredAt(this.fresh.oldest(), t)) dropped += this.fresh.shiftRun(Infinity);
    if (dropped > 0) {
      this.nextId += dropped;
      this.ctx.ledger.settle(this.index, 'dropped', dropped);
      this.expiryNoted(dropped, t);
    }
  }

  private expiryNoted(count: number, t: number): void {
    this.series.expired.add(t, count);
    if (this.ctx.tracing) this.ctx.trace('messagesExpired', `${this.index} ${count}`);
    this.ctx.moments.once(t, 'firstExpiry', () => expiryText(this.title, count, this.config.retentionSeconds), { sourceIndex: this.index });
  }

  /** Schedules the next retention check for the oldest visible message, if earlier than the pending one. */
  private armExpiry(): void {
    const oldest = Math.min(this.returned.top()?.arrivedAt ?? Infinity, this.fresh.oldest());
    if (oldest === Infinity) return;
    const at = Math.max(this.ctx.now, oldest + this.config.retentionSeconds);
    if (at >= this.expiryAt) return;
    this.expiryAt = at;
    this.ctx.schedule(at, 'retentionChecked', () => {
      if (this.expiryAt !== at) return;
      this.expiryAt = Infinity;
      this.expireVisible(this.ctx.now);
      this.gauges();
      this.armExpiry();
    });
  }

  private gauges(): void {
    const t = this.ctx.now;
    this.series.visible.set(t, this.visible);
    this.series.inFlight.set(t, this.inFlightCount);
  }
}

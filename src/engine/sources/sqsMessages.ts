/**
 * The data an SQS queue keeps about its messages (sqsQueue.ts models the queue itself). Memory
 * stays proportional to what the queue holds, never to what went through it:
 * - never-received messages are only an arrival time, kept run-length encoded in arrival order
 *   (a backlog of `initialMessages` or a burst at one instant is a single run);
 * - a message gets an object (`SqsMessage`) when it is first received, and keeps it while it
 *   lives (receive count, poison, visibility generation);
 * - received messages that are visible again wait in a heap ordered by arrival, so the queue
 *   hands out the oldest first (standard queues order on a best-effort basis).
 */

/** A message that has been received at least once. */
export interface SqsMessage {
  /** Arrival order within its source (0, 1, …): the message id. */
  readonly id: number;
  /** When it was sent (seconds); retention counts from here. */
  readonly arrivedAt: number;
  /** Fails on every attempt (DESIGN §2.1 "Errors"). */
  readonly poison: boolean;
  /** SQS ApproximateReceiveCount. */
  receiveCount: number;
  firstReceivedAt: number;
  lastReceivedAt: number;
  /** Bumped at each receive: only the latest receipt's visibility timeout can make it visible. */
  generation: number;
  /** Batches that hold it and have not finished with it (more than one = duplicate processing). */
  holders: number;
  state: 'visible' | 'inFlight' | 'gone';
  /** Outcome-ledger flag: settled exactly once. */
  settled: boolean;
  /** The last error it failed with (for its dead-letter record). */
  lastError: string | null;
}

/** The record of a message received for the first time at `t`. */
export function newMessage(id: number, arrivedAt: number, poison: boolean, t: number): SqsMessage {
  return { id, arrivedAt, poison, receiveCount: 0, firstReceivedAt: t, lastReceivedAt: t, generation: 0, holders: 0, state: 'visible', settled: false, lastError: null };
}

/** Never-received messages in arrival order, as runs of (arrival time, count). */
export class FreshMessages {
  private times = new Float64Array(16);
  private counts = new Float64Array(16);
  private head = 0;
  private length = 0;
  /** Messages held (sum of the runs' counts). */
  size = 0;

  push(t: number, count: number): void {
    if (count <= 0) return;
    this.size += count;
    if (this.length > 0) {
      const last = (this.head + this.length - 1) & (this.times.length - 1);
      if (this.times[last] === t) {
        this.counts[last]! += count;
        return;
      }
    }
    if (this.length === this.times.length) this.grow();
    const slot = (this.head + this.length) & (this.times.length - 1);
    this.times[slot] = t;
    this.counts[slot] = count;
    this.length += 1;
  }

  /** Arrival time of the oldest message (Infinity when empty). */
  oldest(): number {
    return this.length > 0 ? this.times[this.head]! : Infinity;
  }

  /** Removes up to `max` of the oldest messages that arrived at the oldest time; returns how many. */
  shiftRun(max: number): number {
    if (this.length === 0 || max <= 0) return 0;
    const available = this.counts[this.head]!;
    const taken = Math.min(max, available);
    this.size -= taken;
    if (taken === available) {
      this.head = (this.head + 1) & (this.times.length - 1);
      this.length -= 1;
    } else this.counts[this.head] = available - taken;
    return taken;
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    const times = new Float64Array(capacity);
    const counts = new Float64Array(capacity);
    for (let i = 0; i < this.length; i += 1) {
      const from = (this.head + i) & (this.times.length - 1);
      times[i] = this.times[from]!;
      counts[i] = this.counts[from]!;
    }
    this.times = times;
    this.counts = counts;
    this.head = 0;
  }
}

/**
 * Received messages that are visible again, oldest arrival first (ties by id). Deleting a visible
 * message leaves a stale entry (state no longer 'visible') that `top()` discards.
 */
export class VisibleHeap {
  private readonly heap: SqsMessage[] = [];

  push(m: SqsMessage): void {
    const heap = this.heap;
    let i = heap.length;
    heap.push(m);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(m, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = m;
  }

  /** The oldest visible message, or null (stale entries are dropped on the way). */
  top(): SqsMessage | null {
    while (this.heap.length > 0 && this.heap[0]!.state !== 'visible') this.pop();
    return this.heap[0] ?? null;
  }

  /** Removes the top entry (call after `top()`). */
  pop(): void {
    const heap = this.heap;
    const last = heap.pop();
    if (last === undefined || heap.length === 0) return;
    const n = heap.length;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
  }
}

function before(a: SqsMessage, b: SqsMessage): boolean {
  return a.arrivedAt < b.arrivedAt || (a.arrivedAt === b.arrivedAt && a.id < b.id);
}

/** The messages one batch received, in receive order, with the generation of each receipt. */
export class Receipts {
  readonly messages: SqsMessage[] = [];
  readonly generations: number[] = [];
  /** When the first message was received (seconds). */
  firstAt = Infinity;
  /** Every message was deleted: nothing left to make visible (the lists are emptied). */
  closed = false;
  /** Receive calls that filled it (entries in the queue's visibility list). */
  ranges = 0;

  constructor(readonly label: string) {}

  get size(): number {
    return this.messages.length;
  }

  add(m: SqsMessage, t: number): void {
    if (this.messages.length === 0) this.firstAt = t;
    this.messages.push(m);
    this.generations.push(m.generation);
  }

  /** The batch deleted everything it held: drop the references. */
  close(): void {
    this.closed = true;
    this.messages.length = 0;
    this.generations.length = 0;
  }
}

/** Messages `from`…`to − 1` of `receipts`, received at `at`. */
export interface ReceiptRange {
  receipts: Receipts;
  from: number;
  to: number;
  at: number;
}

/** A first-in first-out list (an array with a moving head, compacted now and then). */
export class Fifo<T> {
  private items: T[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  peek(): T | undefined {
    return this.items[this.head];
  }

  shift(): void {
    this.head += 1;
    if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }

  /** Keeps only the items `keep` accepts, in order. */
  retain(keep: (item: T) => boolean): void {
    this.items = this.items.slice(this.head).filter(keep);
    this.head = 0;
  }
}

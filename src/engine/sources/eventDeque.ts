/**
 * A double-ended queue with lazy removal, for queues of requests whose entries can leave from the
 * middle (an async event that expires while waiting, a message deleted out of order). An entry is
 * *live* while `isLive(entry)` holds; dead entries are skipped at the head and swept out in one
 * pass once they outnumber the live ones, so memory stays proportional to what is really queued
 * and every operation is amortised O(1). Pure data structure: no numbers of the Lambda model.
 */

/** Dead entries tolerated before a sweep, on top of as many as there are live ones. */
const SWEEP_SLACK = 1024;

export class EventDeque<T> {
  private items: (T | undefined)[] = [];
  private head = 0;
  /** Entries marked dead (by `noteDead`) that are still stored. */
  private dead = 0;

  constructor(private readonly isLive: (entry: T) => boolean) {}

  /** Stored entries, dead ones included. */
  get stored(): number {
    return this.items.length - this.head;
  }

  pushBack(entry: T): void {
    this.items.push(entry);
  }

  pushFront(entry: T): void {
    if (this.head > 0) {
      this.head -= 1;
      this.items[this.head] = entry;
    } else this.items.unshift(entry);
  }

  /** The first live entry (dead ones before it are discarded), or undefined. */
  peek(): T | undefined {
    this.dropDeadHead();
    return this.items[this.head];
  }

  /** Removes and returns the first live entry. */
  shift(): T | undefined {
    const entry = this.peek();
    if (entry === undefined) return undefined;
    this.items[this.head] = undefined;
    this.head += 1;
    this.compactHead();
    return entry;
  }

  /** The first live entry satisfying `predicate`, scanning from the head. */
  find(predicate: (entry: T) => boolean): T | undefined {
    this.dropDeadHead();
    for (let i = this.head; i < this.items.length; i += 1) {
      const entry = this.items[i]!;
      if (this.isLive(entry) && predicate(entry)) return entry;
    }
    return undefined;
  }

  /** Tells the deque that one stored entry just stopped being live. */
  noteDead(): void {
    this.dead += 1;
    if (this.dead > this.stored - this.dead + SWEEP_SLACK) this.sweep();
  }

  private dropDeadHead(): void {
    while (this.head < this.items.length && !this.isLive(this.items[this.head]!)) {
      this.items[this.head] = undefined;
      this.head += 1;
      if (this.dead > 0) this.dead -= 1;
    }
    this.compactHead();
  }

  private compactHead(): void {
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > SWEEP_SLACK && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }

  private sweep(): void {
    const kept: T[] = [];
    for (let i = this.head; i < this.items.length; i += 1) {
      const entry = this.items[i]!;
      if (this.isLive(entry)) kept.push(entry);
    }
    this.items = kept;
    this.head = 0;
    this.dead = 0;
  }
}

/**
 * The unprocessed records of one shard (or one parallelization lane of a shard), oldest first:
 * what Lambda has not yet checkpointed past. A Kinesis or DynamoDB stream keeps every record until
 * retention, and Lambda reads them strictly in order from its checkpoint, so a lane is a FIFO
 * addressed by sequence number (`first` is the checkpoint: the next record to read).
 *
 * Memory is 8 bytes per waiting record (arrival times in a growable ring of Float64s) plus the
 * sequence numbers of poison records only; records are counted, never kept as objects, and
 * settle by count in the outcome ledger.
 */

const INITIAL_CAPACITY = 16;

export class RecordLog {
  private times = new Float64Array(INITIAL_CAPACITY);
  private mask = INITIAL_CAPACITY - 1;
  private head = 0;
  /** Records held (unprocessed, in flight or waiting for a retry). */
  size = 0;
  /** Sequence number of the oldest record held: the lane's checkpoint. */
  first = 0;
  /** Sequence numbers of poison records still held, ascending, from `poisonHead` on. */
  private poison: number[] = [];
  private poisonHead = 0;

  /** Appends a record that entered the stream at `t` (seconds; negative = before the run). */
  push(t: number, poison: boolean): void {
    if (this.size === this.times.length) this.resize(this.times.length * 2);
    this.times[(this.head + this.size) & this.mask] = t;
    if (poison) this.poison.push(this.first + this.size);
    this.size += 1;
  }

  /** When the `i`-th oldest record entered the stream. */
  timeAt(i: number): number {
    if (i < 0 || i >= this.size) throw new Error(`record ${i} of ${this.size} read from a stream lane`);
    return this.times[(this.head + i) & this.mask]!;
  }

  /** How many of the oldest records entered the stream before `cutoff` (they are a prefix). */
  countBefore(cutoff: number, limit = this.size): number {
    let n = 0;
    while (n < limit && this.times[(this.head + n) & this.mask]! < cutoff) n += 1;
    return n;
  }

  /** Index (0-based from the oldest) of the first poison record among the oldest `n`, or −1. */
  firstPoisonWithin(n: number): number {
    const seq = this.poison[this.poisonHead];
    return seq !== undefined && seq < this.first + n ? seq - this.first : -1;
  }

  /** Removes the `n` oldest records (checkpointed past, discarded or expired). */
  shift(n: number): void {
    if (n < 0 || n > this.size) throw new Error(`cannot remove ${n} of ${this.size} records from a stream lane`);
    this.head = (this.head + n) & this.mask;
    this.size -= n;
    this.first += n;
    while (this.poisonHead < this.poison.length && this.poison[this.poisonHead]! < this.first) this.poisonHead += 1;
    if (this.poisonHead > 1024 && this.poisonHead * 2 > this.poison.length) {
      this.poison = this.poison.slice(this.poisonHead);
      this.poisonHead = 0;
    }
    // Give memory back after a drained backlog (a blocked shard can hold millions of records).
    if (this.times.length > 4096 && this.size * 8 < this.times.length) this.resize(this.times.length / 2);
  }

  private resize(capacity: number): void {
    const next = new Float64Array(capacity);
    for (let i = 0; i < this.size; i += 1) next[i] = this.times[(this.head + i) & this.mask]!;
    this.times = next;
    this.mask = capacity - 1;
    this.head = 0;
  }
}

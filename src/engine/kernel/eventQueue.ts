/**
 * The future-event list of the discrete-event simulation: a binary min-heap ordered by
 * (time, seq). `seq` grows strictly with every scheduled event, so events at the same simulated
 * time fire in the order they were scheduled, the same way on every run (SimPy's heap, DESIGN §2).
 */

/** A scheduled fact: at time `t` (seconds), `fire` runs. `kind` names it for traces (past tense). */
export interface SimEvent {
  t: number;
  seq: number;
  kind: string;
  fire: () => void;
}

const spent = () => {};

export class EventQueue {
  private heap: SimEvent[] = [];
  private nextSeq = 0;
  /** Fired events kept for reuse: the hot loop allocates no event objects in steady state. */
  private readonly free: SimEvent[] = [];

  get size(): number {
    return this.heap.length;
  }

  /** Schedules `fire` at time `t` (its seq is the tie-break). */
  push(t: number, kind: string, fire: () => void): void {
    if (!Number.isFinite(t)) throw new Error(`event ${kind} scheduled at a non-finite time ${t}`);
    let event = this.free.pop();
    if (event) {
      event.t = t;
      event.seq = this.nextSeq++;
      event.kind = kind;
      event.fire = fire;
    } else event = { t, seq: this.nextSeq++, kind, fire };
    const heap = this.heap;
    let i = heap.length;
    heap.push(event);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (p.t < t || (p.t === t && p.seq < event.seq)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = event;
  }

  /** The earliest event's time, or Infinity when empty. */
  peekTime(): number {
    return this.heap.length > 0 ? this.heap[0]!.t : Infinity;
  }

  /** Hands back a fired event for reuse; the caller must hold no reference to it. */
  recycle(event: SimEvent): void {
    event.fire = spent;
    this.free.push(event);
  }

  /** Removes and returns the earliest event. */
  pop(): SimEvent | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    const n = heap.length;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      let child = left;
      let c = heap[left]!;
      if (right < n) {
        const r = heap[right]!;
        if (r.t < c.t || (r.t === c.t && r.seq < c.seq)) {
          child = right;
          c = r;
        }
      }
      if (last.t < c.t || (last.t === c.t && last.seq < c.seq)) break;
      heap[i] = c;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}

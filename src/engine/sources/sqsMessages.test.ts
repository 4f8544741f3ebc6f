import { describe, expect, it } from 'vitest';
import { Fifo, FreshMessages, Receipts, VisibleHeap, type SqsMessage } from './sqsMessages';

function message(id: number, arrivedAt: number): SqsMessage {
  return { id, arrivedAt, poison: false, receiveCount: 1, firstReceivedAt: 0, lastReceivedAt: 0, generation: 1, holders: 0, state: 'visible', settled: false, lastError: null };
}

describe('SQS message structures', () => {
  it('keeps never-received messages as runs in arrival order', () => {
    const fresh = new FreshMessages();
    fresh.push(0, 1000);
    for (let i = 1; i <= 40; i += 1) fresh.push(i, 1);
    fresh.push(40, 2);
    expect(fresh.size).toBe(1042);
    expect(fresh.shiftRun(10)).toBe(10);
    expect(fresh.oldest()).toBe(0);
    expect(fresh.shiftRun(Infinity)).toBe(990);
    expect(fresh.oldest()).toBe(1);
    let taken = 0;
    while (fresh.size > 0) taken += fresh.shiftRun(Infinity);
    expect(taken).toBe(42);
    expect(fresh.oldest()).toBe(Infinity);
  });

  it('hands out visible messages oldest first and skips deleted ones', () => {
    const heap = new VisibleHeap();
    const messages = [5, 1, 3, 1, 4, 2].map((t, i) => message(i, t));
    for (const m of messages) heap.push(m);
    messages[2]!.state = 'gone';
    const order: number[] = [];
    for (let m = heap.top(); m; m = heap.top()) {
      order.push(m.id);
      heap.pop();
    }
    expect(order).toEqual([1, 3, 5, 4, 0]);
  });

  it('empties a closed batch and keeps a FIFO compact', () => {
    const receipts = new Receipts('0-b0');
    receipts.add(message(0, 0), 2);
    expect(receipts.firstAt).toBe(2);
    receipts.close();
    expect(receipts.size).toBe(0);
    const fifo = new Fifo<number>();
    for (let i = 0; i < 5000; i += 1) fifo.push(i);
    for (let i = 0; i < 4000; i += 1) fifo.shift();
    expect(fifo.size).toBe(1000);
    expect(fifo.peek()).toBe(4000);
  });
});

import { describe, expect, it } from 'vitest';
import { EventDeque } from './eventDeque';

interface Item {
  id: number;
  live: boolean;
}

const items = (n: number): Item[] => Array.from({ length: n }, (_, id) => ({ id, live: true }));

describe('EventDeque', () => {
  it('is first in, first out, with pushFront for entries that jump the queue', () => {
    const q = new EventDeque<Item>((e) => e.live);
    const [a, b, c] = items(3);
    q.pushBack(a!);
    q.pushBack(b!);
    q.pushFront(c!);
    expect([q.shift(), q.shift(), q.shift(), q.shift()].map((e) => e?.id)).toEqual([2, 0, 1, undefined]);
  });

  it('skips entries that died while queued, wherever they are', () => {
    const q = new EventDeque<Item>((e) => e.live);
    const all = items(5);
    for (const e of all) q.pushBack(e);
    all[0]!.live = false;
    q.noteDead();
    all[3]!.live = false;
    q.noteDead();
    const order: number[] = [];
    for (let e = q.shift(); e; e = q.shift()) order.push(e.id);
    expect(order).toEqual([1, 2, 4]);
  });

  it('sweeps dead entries so memory follows the live ones, keeping the order', () => {
    const q = new EventDeque<Item>((e) => e.live);
    const all = items(10_000);
    for (const e of all) q.pushBack(e);
    for (const e of all) {
      if (e.id % 10 === 0) continue;
      e.live = false;
      q.noteDead();
    }
    expect(q.stored).toBeLessThan(3000);
    expect(q.find((e) => e.id > 5000)?.id).toBe(5010);
    expect(q.peek()?.id).toBe(0);
  });
});

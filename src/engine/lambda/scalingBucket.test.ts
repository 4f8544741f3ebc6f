import { describe, expect, it } from 'vitest';
import { scalingBuckets } from './scalingBucket';

const drain = (bucket: { take(t: number): boolean }, t: number) => {
  let n = 0;
  while (bucket.take(t)) n += 1;
  return n;
};

describe('scaling buckets', () => {
  it('current: 1,000 at once, then 100 per second, never above 1,000', () => {
    const [bucket] = scalingBuckets({ model: 'current' }, 1);
    expect(drain(bucket!, 0)).toBe(1000);
    expect(drain(bucket!, 1)).toBe(100);
    expect(drain(bucket!, 3.5)).toBe(250);
    expect(bucket!.available(1000)).toBe(1000);
  });

  it('current: each function has its own bucket', () => {
    const [a, b] = scalingBuckets({ model: 'current' }, 2);
    drain(a!, 0);
    expect(b!.available(0)).toBe(1000);
  });

  it('legacy: one account bucket, +500 at each whole minute, capped at the burst limit', () => {
    const [a, b] = scalingBuckets({ model: 'legacy', burstLimit: 3000 }, 2);
    expect(drain(a!, 0)).toBe(3000);
    expect(b!.available(59.9)).toBe(0);
    expect(drain(b!, 60)).toBe(500);
    expect(a!.available(600)).toBe(3000);
  });

  it('none: never runs out', () => {
    const [bucket] = scalingBuckets({ model: 'none' }, 1);
    for (let i = 0; i < 100_000; i += 1) expect(bucket!.take(0)).toBe(true);
    expect(bucket!.available(0)).toBeGreaterThan(1e12);
  });
});

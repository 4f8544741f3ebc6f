import { describe, expect, it } from 'vitest';
import type { JitterMode } from '../../scenario/types';
import { rngStream } from '../kernel/rng';
import { backoffDelay } from './clientBackoff';

const backoff = (jitter: JitterMode) => ({ baseSeconds: 0.1, maxSeconds: 1, jitter });

describe('client backoff', () => {
  it('none: base·2^(n−1), capped', () => {
    const rng = rngStream(1, 'b');
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(backoff('none'), n, 0, rng))).toEqual([0.1, 0.2, 0.4, 0.8, 1, 1]);
  });

  it('full: uniform in [0, exponential]; equal: in [exponential/2, exponential]', () => {
    const rng = rngStream(2, 'b');
    for (let i = 0; i < 500; i += 1) {
      const full = backoffDelay(backoff('full'), 3, 0, rng);
      expect(full).toBeGreaterThanOrEqual(0);
      expect(full).toBeLessThanOrEqual(0.4);
      const equal = backoffDelay(backoff('equal'), 3, 0, rng);
      expect(equal).toBeGreaterThanOrEqual(0.2);
      expect(equal).toBeLessThanOrEqual(0.4);
    }
  });

  it('decorrelated: uniform in [base, 3 × previous], capped', () => {
    const rng = rngStream(3, 'b');
    let previous = 0;
    for (let i = 0; i < 500; i += 1) {
      const delay = backoffDelay(backoff('decorrelated'), i + 1, previous, rng);
      expect(delay).toBeGreaterThanOrEqual(0.1);
      expect(delay).toBeLessThanOrEqual(Math.min(1, Math.max(0.1, (previous || 0.1) * 3)) + 1e-12);
      previous = delay;
    }
  });
});

import { describe, expect, it } from 'vitest';
import { errorRetryDelaySeconds, throttleBackoffSeconds } from './asyncRetryPolicy';

describe('async retry timings', () => {
  it('waits 1 minute before the first retry after a function error and 2 minutes before the second', () => {
    expect([errorRetryDelaySeconds(1), errorRetryDelaySeconds(2)]).toEqual([60, 120]);
    expect(() => errorRetryDelaySeconds(3)).toThrow(/at most 2/);
  });

  it('backs off throttles from 1 s, doubling, capped at 5 minutes', () => {
    const delays = Array.from({ length: 12 }, (_, i) => throttleBackoffSeconds(i + 1));
    expect(delays).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300]);
    expect(throttleBackoffSeconds(10_000)).toBe(300);
    expect(() => throttleBackoffSeconds(0)).toThrow();
  });
});

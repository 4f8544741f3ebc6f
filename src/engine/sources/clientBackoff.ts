/**
 * A synchronous caller's retry delay (DESIGN §2.1 "Synchronous invocation"): exponential backoff
 * base·2^(n−1) capped at `maxSeconds`, with the four jitter modes of AWS's Architecture Blog
 * "Exponential Backoff And Jitter": none, full (uniform 0…delay), equal (half fixed, half
 * random) and decorrelated (uniform base…3 × previous, capped).
 */
import type { ClientConfig } from '../../scenario/types';
import type { Rng } from '../kernel/rng';

/** The delay before retry number `retry` (1 = the first retry); `previous` is the last delay. */
export function backoffDelay(backoff: ClientConfig['backoff'], retry: number, previous: number, rng: Rng): number {
  const { baseSeconds, maxSeconds } = backoff;
  const exponential = Math.min(maxSeconds, baseSeconds * 2 ** (retry - 1));
  switch (backoff.jitter) {
    case 'none':
      return exponential;
    case 'full':
      return rng.next() * exponential;
    case 'equal':
      return exponential / 2 + (rng.next() * exponential) / 2;
    case 'decorrelated': {
      const upper = Math.max(baseSeconds, (previous > 0 ? previous : baseSeconds) * 3);
      return Math.min(maxSeconds, baseSeconds + rng.next() * (upper - baseSeconds));
    }
    default: {
      const never: never = backoff.jitter;
      throw new Error(`unknown jitter ${String(never)}`);
    }
  }
}

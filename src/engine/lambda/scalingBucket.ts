/**
 * How fast new execution environments may be created (DESIGN §2.1 "Scaling rate").
 *
 * - `current` (AWS since Nov 2023): per function, 1,000 new environments per 10 seconds, refilled
 *   continuously — a token bucket of capacity 1,000 gaining 100 tokens a second, never accruing
 *   more than 1,000. Source: docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html.
 * - `legacy` (before Nov 2023): one account-wide bucket of `burstLimit` tokens (3,000 / 1,000 / 500
 *   by Region) gaining 500 tokens once a minute, shared by every function. The once-a-minute step
 *   reproduces AWS's worked examples (operatorguide/on-demand-scaling.html; re:Post's "bucket
 *   algorithm … fixed refill rate of 500 tokens / min").
 * - `none`: no limit (for queueing-theory checks).
 *
 * Tokens are spent only when a new on-demand environment is created; warm reuse costs nothing.
 */
import type { ScalingConfig } from '../../scenario/types';

/** Current model: bucket capacity, new environments. scaling-behavior.html. */
export const CURRENT_SCALING_CAPACITY = 1000;
/** Current model: continuous refill, environments per second (1,000 per 10 s). scaling-behavior.html. */
export const CURRENT_SCALING_REFILL_PER_SECOND = 100;
/** Legacy model: tokens gained at each whole minute. scaling.html (legacy). */
export const LEGACY_SCALING_REFILL_PER_MINUTE = 500;

export interface ScalingBucket {
  /** Tokens available at time t (whole environments may be created while ≥ 1). */
  available(t: number): number;
  /** Spends one token at time t; false when none is left. */
  take(t: number): boolean;
  readonly capacity: number;
}

class CurrentBucket implements ScalingBucket {
  readonly capacity = CURRENT_SCALING_CAPACITY;
  private tokens = CURRENT_SCALING_CAPACITY;
  private updatedAt = 0;

  available(t: number): number {
    if (t > this.updatedAt) {
      this.tokens = Math.min(this.capacity, this.tokens + (t - this.updatedAt) * CURRENT_SCALING_REFILL_PER_SECOND);
      this.updatedAt = t;
    }
    return this.tokens;
  }

  take(t: number): boolean {
    if (this.available(t) < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

class LegacyBucket implements ScalingBucket {
  private tokens: number;
  private minute = 0;

  constructor(readonly capacity: number) {
    this.tokens = capacity;
  }

  available(t: number): number {
    const minute = Math.floor(t / 60);
    if (minute > this.minute) {
      this.tokens = Math.min(this.capacity, this.tokens + (minute - this.minute) * LEGACY_SCALING_REFILL_PER_MINUTE);
      this.minute = minute;
    }
    return this.tokens;
  }

  take(t: number): boolean {
    if (this.available(t) < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

class UnlimitedBucket implements ScalingBucket {
  readonly capacity = Number.MAX_SAFE_INTEGER;
  available(): number {
    return Number.MAX_SAFE_INTEGER;
  }
  take(): boolean {
    return true;
  }
}

/**
 * Builds the buckets for a scenario: `forFunction(i)` gives function i its own bucket (current),
 * the shared account bucket (legacy), or an unlimited one (none).
 */
export function scalingBuckets(config: ScalingConfig, functionCount: number): ScalingBucket[] {
  switch (config.model) {
    case 'current':
      return Array.from({ length: functionCount }, () => new CurrentBucket());
    case 'legacy': {
      const shared = new LegacyBucket(config.burstLimit);
      return Array.from({ length: functionCount }, () => shared);
    }
    case 'none': {
      const unlimited = new UnlimitedBucket();
      return Array.from({ length: functionCount }, () => unlimited);
    }
    default: {
      const never: never = config;
      throw new Error(`unknown scaling model ${JSON.stringify(never)}`);
    }
  }
}

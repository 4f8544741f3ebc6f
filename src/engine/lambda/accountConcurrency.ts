/**
 * Account and concurrency (DESIGN §2.1): the Region's concurrency limit (default 1,000), reserved
 * concurrency as each function's guaranteed minimum and maximum, the unreserved pool shared by
 * the rest (limit − Σ reserved; AWS always keeps 100 unreserved — validated in src/scenario), and
 * the requests-per-second limit of 10 × the concurrency limit across synchronous invocations.
 * Sources: docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html, gettingstarted-limits.html.
 *
 * A function's *claimed* concurrency is its on-demand environments that are initialising or busy
 * plus every provisioned environment allocated to it (provisioned concurrency counts against the
 * reserved concurrency and the account, idle or not).
 */
import type { ThrottleCause } from '../resultTypes';

/** Requests per second allowed per unit of account concurrency. lambda-concurrency.html. */
export const RPS_PER_CONCURRENCY = 10;

export class AccountConcurrency {
  readonly unreservedPool: number;
  readonly rpsLimit: number;
  private readonly claimed: number[];
  private unreservedClaimed = 0;
  private rpsSecond = -1;
  private rpsCount = 0;

  constructor(
    readonly limit: number,
    private readonly reserved: (number | null)[],
  ) {
    this.unreservedPool = limit - reserved.reduce<number>((sum, r) => sum + (r ?? 0), 0);
    this.rpsLimit = RPS_PER_CONCURRENCY * limit;
    this.claimed = reserved.map(() => 0);
  }

  /** Counts one synchronous request against this second's RPS budget; false when it is spent. */
  admitRequest(t: number): boolean {
    const second = Math.floor(t);
    if (second !== this.rpsSecond) {
      this.rpsSecond = second;
      this.rpsCount = 0;
    }
    if (this.rpsCount >= this.rpsLimit) return false;
    this.rpsCount += 1;
    return true;
  }

  /** Why function `fn` cannot claim one more unit now, or null when it can. */
  blockedBy(fn: number): ThrottleCause | null {
    const reserved = this.reserved[fn];
    if (reserved !== null && reserved !== undefined) {
      return this.claimed[fn]! + 1 > reserved ? 'reservedConcurrency' : null;
    }
    return this.unreservedClaimed + 1 > this.unreservedPool ? 'accountConcurrency' : null;
  }

  claim(fn: number, units = 1): void {
    this.claimed[fn]! += units;
    if (this.reserved[fn] === null) this.unreservedClaimed += units;
  }

  release(fn: number, units = 1): void {
    this.claimed[fn]! -= units;
    if (this.reserved[fn] === null) this.unreservedClaimed -= units;
    if (this.claimed[fn]! < 0) throw new Error(`function ${fn} released more concurrency than it claimed`);
  }

  claimedBy(fn: number): number {
    return this.claimed[fn]!;
  }

  /** The most function `fn` could claim in total right now (its reservation, or what the pool leaves it). */
  ceiling(fn: number): number {
    const reserved = this.reserved[fn];
    if (reserved !== null && reserved !== undefined) return reserved;
    return this.unreservedPool - this.unreservedClaimed + this.claimed[fn]!;
  }
}

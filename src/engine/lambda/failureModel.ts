/**
 * Function errors (DESIGN §2.1 "Errors"): each attempt fails independently with the function's
 * transient error probability; a poison request or record fails on every attempt. For a batch,
 * a transient failure strikes one record chosen uniformly (what ReportBatchItemFailures would
 * report), and the first failing record is the earlier of that and the first poison record.
 */
import type { Rng } from '../kernel/rng';
import type { Invocation } from './invocation';

/** The index of the first failing record of this attempt, or −1 when it succeeds. */
export function decideFailure(inv: Invocation, transientRate: number, rng: Rng): number {
  let failed = inv.poisonIndex;
  if (transientRate > 0 && rng.next() < transientRate) {
    const index = inv.records > 1 ? Math.floor(rng.next() * inv.records) : 0;
    if (failed < 0 || index < failed) failed = index;
  }
  return failed;
}

/** Whether a newly arrived request (record, message) is poison. */
export function drawPoison(poisonRate: number, rng: Rng): boolean {
  return poisonRate > 0 && rng.next() < poisonRate;
}

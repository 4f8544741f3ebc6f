/**
 * Nothing is lost (DESIGN §2.2): every request a source offers ends in exactly one outcome or is
 * still pending. The ledger counts arrivals and settlements per source; a request settled twice
 * is a bug and throws. At the end the engine checks that what the ledger calls pending equals what
 * the sources still hold (in queues, in flight, waiting for a retry).
 */
import { OUTCOMES, type Outcome, type Outcomes } from '../resultTypes';

export function emptyOutcomes(): Outcomes {
  return { succeeded: 0, failed: 0, throttled: 0, deadLettered: 0, dropped: 0, pending: 0 };
}

export function addOutcomes(into: Outcomes, from: Outcomes): Outcomes {
  for (const key of OUTCOMES) into[key] += from[key];
  return into;
}

export function sumOutcomes(o: Outcomes): number {
  let total = 0;
  for (const key of OUTCOMES) total += o[key];
  return total;
}

/** A request's own record of whether it has been settled. */
export interface Settleable {
  settled: boolean;
}

export class OutcomeLedger {
  readonly requests: number[];
  readonly outcomes: Outcomes[];

  constructor(sourceCount: number) {
    this.requests = Array.from({ length: sourceCount }, () => 0);
    this.outcomes = Array.from({ length: sourceCount }, emptyOutcomes);
  }

  /** A source offered `count` new requests (records, messages); they start pending. */
  arrive(source: number, count = 1): void {
    this.requests[source]! += count;
    this.outcomes[source]!.pending += count;
  }

  /** Settles `count` pending requests of `source` into a final outcome. */
  settle(source: number, outcome: Exclude<Outcome, 'pending'>, count = 1, request?: Settleable): void {
    if (request) {
      if (request.settled) throw new Error(`a request of source ${source} was settled twice (${outcome})`);
      request.settled = true;
    }
    const o = this.outcomes[source]!;
    if (o.pending < count) throw new Error(`source ${source} settled more requests than are pending`);
    o.pending -= count;
    o[outcome] += count;
  }
}

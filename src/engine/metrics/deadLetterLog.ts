/**
 * Records delivered to destinations and dead-letter queues (DESIGN §2.1 "Destinations and
 * dead-letter queues"): every delivery is counted per destination; a bounded sample is kept with
 * its source, request id, attempt times and count, error and condition.
 */
import type { Destination } from '../../scenario/types';
import type { DeadLetterRecord, DeadLetters, DestinationTotal } from '../resultTypes';

/** How many delivered records are kept in full; the totals count them all. */
export const MAX_DEAD_LETTER_RECORDS = 2000;

export class DeadLetterLog {
  private readonly records: DeadLetterRecord[] = [];
  private readonly totals = new Map<string, DestinationTotal>();
  total = 0;

  constructor(destinations: Destination[]) {
    for (const d of destinations) this.totals.set(d.name, { name: d.name, type: d.type, delivered: 0, records: 0 });
  }

  deliver(record: DeadLetterRecord): void {
    this.total += 1;
    const totals = this.totals.get(record.destination);
    if (!totals) throw new Error(`delivery to unknown destination ${record.destination}`);
    totals.delivered += 1;
    totals.records += record.records;
    if (this.records.length < MAX_DEAD_LETTER_RECORDS) this.records.push(record);
  }

  result(): DeadLetters {
    return { total: this.total, records: this.records, byDestination: [...this.totals.values()] };
  }
}

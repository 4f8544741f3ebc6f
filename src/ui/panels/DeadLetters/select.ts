/**
 * Dead letters & destinations, as data: totals per destination and the kept sample of delivered
 * records, filtered by free text (destination, function, request id, error, condition) and by
 * destination. The engine keeps a bounded sample; the totals count every delivery.
 */
import type { DeadLetterRecord, SimulationResult } from '../../../engine/resultTypes';
import type { Scenario } from '../../../scenario/types';

export interface DeadLetterRow extends DeadLetterRecord {
  /** "sync → api", "sqs #1 → orders". */
  sourceLabel: string;
}

export interface DeadLettersView {
  totals: { name: string; type: string; delivered: number; records: number }[];
  rows: DeadLetterRow[];
  /** Rows matching the filter (may exceed rows.length, which is capped for the page). */
  matching: number;
  kept: number;
  total: number;
  empty: string | null;
}

export const MAX_ROWS = 200;

export const KIND_LABELS: Record<DeadLetterRecord['kind'], string> = {
  onSuccess: 'on-success destination',
  onFailure: 'on-failure destination',
  deadLetterQueue: 'dead-letter queue',
  redrive: 'SQS redrive DLQ',
};

function emptyReason(scenario: Scenario): string {
  const configured =
    scenario.functions.some((f) => f.async.onFailure || f.async.onSuccess || f.async.deadLetterQueue) ||
    scenario.sources.some((s) => ('onFailure' in s && s.onFailure) || ('deadLetterQueue' in s && s.deadLetterQueue));
  return configured
    ? 'Nothing was delivered to a destination or dead-letter queue in this run: no event ran out of retries or age (and no on-success destination fired).'
    : 'No dead-letter queue or destination in this scenario: an event that fails past its retries is dropped, and nothing is recorded here.';
}

export function selectDeadLetters(result: SimulationResult, scenario: Scenario, filter: string, destination: string | null): DeadLettersView {
  const { deadLetters } = result;
  const needle = filter.trim().toLowerCase();
  const sourceLabel = (i: number) => {
    const s = scenario.sources[i];
    return s ? `${s.type} #${i + 1} → ${s.function}` : `source #${i + 1}`;
  };
  const matches = deadLetters.records.filter((r) => {
    if (destination !== null && r.destination !== destination) return false;
    if (!needle) return true;
    return [r.destination, r.function, r.requestId, r.error ?? '', r.condition, KIND_LABELS[r.kind], sourceLabel(r.sourceIndex)].some((f) => f.toLowerCase().includes(needle));
  });
  return {
    totals: deadLetters.byDestination.map((d) => ({ ...d })),
    rows: matches.slice(0, MAX_ROWS).map((r) => ({ ...r, sourceLabel: sourceLabel(r.sourceIndex) })),
    matching: matches.length,
    kept: deadLetters.records.length,
    total: deadLetters.total,
    empty: deadLetters.total === 0 && deadLetters.records.length === 0 ? emptyReason(scenario) : null,
  };
}

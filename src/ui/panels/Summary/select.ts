/**
 * Summary, as data: where every request ended (the identity requests = succeeded + failed +
 * throttled + dead-lettered + dropped + pending, DESIGN §2.2, shown with its check), latency
 * percentiles, cold-start rate and cost, in total and per function.
 */
import { OUTCOMES, type CostBreakdown, type Outcome, type SimulationResult } from '../../../engine/resultTypes';
import { COLORS } from '../../charts/palette';

export const OUTCOME_INFO: Record<Outcome, { label: string; color: string; meaning: string }> = {
  succeeded: { label: 'Succeeded', color: COLORS.green, meaning: 'processed successfully' },
  failed: { label: 'Failed', color: COLORS.vermillion, meaning: 'sync caller got an error or timeout' },
  throttled: { label: 'Throttled', color: COLORS.purple, meaning: 'sync caller’s last attempt got a 429' },
  deadLettered: { label: 'Dead-lettered', color: COLORS.orange, meaning: 'delivered to a DLQ or on-failure destination' },
  dropped: { label: 'Dropped', color: COLORS.black, meaning: 'discarded with nowhere to go' },
  pending: { label: 'Pending', color: COLORS.sky, meaning: 'still queued or running when the run ended' },
};

export interface SummaryView {
  requests: number;
  outcomes: { outcome: Outcome; count: number; share: number; label: string; color: string; meaning: string }[];
  /** The identity holds (it always should: a false here is an engine bug worth reporting). */
  identityHolds: boolean;
  coldStartRate: number;
  invocations: number;
  coldStarts: number;
  throttles: number;
  errors: number;
  retries: number;
  duplicates: number;
  maxConcurrency: number;
  costUSD: number;
  cost: CostBreakdown;
  functions: {
    name: string;
    requests: number;
    invocations: number;
    coldStartRate: number;
    p50: number;
    p95: number;
    p99: number;
    latencyCount: number;
    errors: number;
    throttles: number;
    costUSD: number;
  }[];
  truncated: string | null;
}

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

export function selectSummary(result: SimulationResult): SummaryView {
  const s = result.summary;
  const sum = OUTCOMES.reduce((acc, o) => acc + s.outcomes[o], 0);
  const functions = Object.entries(s.functions).map(([name, f]) => ({
    name,
    requests: f.requests,
    invocations: f.invocations,
    coldStartRate: rate(f.coldStarts, f.invocations),
    p50: f.latency.p50,
    p95: f.latency.p95,
    p99: f.latency.p99,
    latencyCount: f.latency.count,
    errors: f.errors,
    throttles: f.throttles,
    costUSD: f.costUSD,
  }));
  const cost = { requestsUSD: 0, durationUSD: 0, initUSD: 0, provisionedUSD: 0 };
  for (const f of Object.values(s.functions)) {
    cost.requestsUSD += f.cost.requestsUSD;
    cost.durationUSD += f.cost.durationUSD;
    cost.initUSD += f.cost.initUSD;
    cost.provisionedUSD += f.cost.provisionedUSD;
  }
  return {
    requests: s.requests,
    outcomes: OUTCOMES.map((outcome) => ({ outcome, count: s.outcomes[outcome], share: rate(s.outcomes[outcome], s.requests), ...OUTCOME_INFO[outcome] })),
    identityHolds: sum === s.requests,
    coldStartRate: rate(s.coldStarts, s.invocations),
    invocations: s.invocations,
    coldStarts: s.coldStarts,
    throttles: s.throttles,
    errors: s.errors,
    retries: s.retries,
    duplicates: s.duplicates,
    maxConcurrency: s.maxConcurrency,
    costUSD: s.costUSD,
    cost,
    functions,
    truncated: s.truncated ? (s.truncatedReason ?? 'The run stopped early.') : null,
  };
}

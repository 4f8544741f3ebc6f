/**
 * Readable text for notable moments of the Lambda model (DESIGN §6 "Narration").
 */
import type { ScalingConfig } from '../../scenario/types';
import type { ThrottleCause } from '../resultTypes';
import { formatCount, formatSeconds } from '../metrics/moments';

export function throttleText(fn: string, cause: ThrottleCause, limits: { reserved: number | null; pool: number; limit: number; rps: number; scaling: ScalingConfig }): string {
  switch (cause) {
    case 'rpsLimit':
      return `${fn}: throttled (429) — the account's limit of ${formatCount(limits.rps)} requests per second (10 × concurrency limit) is spent for this second.`;
    case 'reservedConcurrency':
      return limits.reserved === 0
        ? `${fn}: throttled (429) — reserved concurrency is 0, so the function is never invoked.`
        : `${fn}: throttled (429) — all ${formatCount(limits.reserved ?? 0)} units of its reserved concurrency are in use.`;
    case 'accountConcurrency':
      return `${fn}: throttled (429) — the unreserved pool (${formatCount(limits.pool)} of the account's ${formatCount(limits.limit)}) is fully in use.`;
    case 'scalingRate':
      return limits.scaling.model === 'legacy'
        ? `${fn}: throttled (429) — the account's burst bucket (${formatCount(limits.scaling.burstLimit)}) is empty; it regains 500 environments each minute.`
        : `${fn}: throttled (429) — scaling tokens ran out: a function gains at most 1,000 new environments per 10 seconds.`;
    default: {
      const never: never = cause;
      throw new Error(`unknown cause ${String(never)}`);
    }
  }
}

export const CAUSE_LABEL: Record<ThrottleCause, string> = {
  rpsLimit: 'requests-per-second limit',
  reservedConcurrency: 'reserved concurrency',
  accountConcurrency: 'account concurrency',
  scalingRate: 'scaling rate',
};

export function coldStartText(fn: string, initSeconds: number): string {
  return `${fn}: first cold start — a new execution environment initialises for ${formatSeconds(initSeconds)} before the handler runs.`;
}

/** Narration, as data: the engine's notable moments in time order, each marked passed or not yet. */
import type { Moment, MomentKind, SimulationResult } from '../../../engine/resultTypes';
import { formatSeconds } from '../../lib/format';

export interface NarrationItem extends Moment {
  key: string;
  time: string;
  passed: boolean;
  tone: 'info' | 'warning' | 'problem';
}

const PROBLEMS = new Set<MomentKind>(['firstThrottle', 'throttleBurst', 'firstError', 'firstTimeout', 'firstExpiry', 'firstDeadLetter', 'shardBlocked', 'truncated']);
const WARNINGS = new Set<MomentKind>(['scalingTokensExhausted', 'concurrencyLimitReached', 'provisionedSpillover', 'queueGrowing', 'firstRetry', 'duplicateDelivered']);

export function selectNarration(result: SimulationResult, playhead: number): { items: NarrationItem[]; current: number; empty: string | null } {
  const items = result.moments
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.t - b.m.t || a.i - b.i)
    .map(({ m, i }): NarrationItem => ({
      ...m,
      key: `${i}`,
      time: formatSeconds(m.t),
      passed: m.t <= playhead + 1e-9,
      tone: PROBLEMS.has(m.kind) ? 'problem' : WARNINGS.has(m.kind) ? 'warning' : 'info',
    }));
  let current = -1;
  items.forEach((item, i) => {
    if (item.passed) current = i;
  });
  return { items, current, empty: items.length === 0 ? 'Nothing notable happened in this run: no throttles, errors, retries or queue build-up.' : null };
}

import type { Scenario } from '../../scenario/types';
import { formatPath } from '../lib/paths';
import { formGroups } from './formModel';

/** "path [min–max]" for every number field (booleans and selects as bare paths). */
export function formPathsForTest(scenario: Scenario): string[] {
  return formGroups(scenario, 0).flatMap((g) => g.fields.map((f) => (f.kind === 'number' ? `${formatPath(f.path)} [${f.min}–${f.max}]` : formatPath(f.path))));
}

/**
 * Shared helpers of the restore tests: minimal valid inputs with one part overridden, and the
 * problems a result reports as `path: message` lines.
 */
import { restoreScenario, type RestoreResult } from '../restore';
import { formatIssue } from '../issues';


export const base = (over: Record<string, unknown> = {}) => ({
  version: 1,
  durationSeconds: 60,
  functions: [{ name: 'api' }],
  sources: [{ type: 'sync', function: 'api' }],
  ...over,
});
export const withFunction = (fn: Record<string, unknown>, over: Record<string, unknown> = {}) =>
  base({ functions: [{ name: 'api', ...fn }], ...over });
export const withSource = (source: Record<string, unknown>, over: Record<string, unknown> = {}) =>
  base({ sources: [{ function: 'api', ...source }], ...over });

export function errors(result: RestoreResult): string[] {
  if (result.ok) throw new Error('expected errors, got a valid scenario');
  return result.errors.map(formatIssue);
}
export function warnings(result: RestoreResult): string[] {
  if (!result.ok) throw new Error(`expected ok, got:\n${result.errors.map(formatIssue).join('\n')}`);
  return result.warnings.map(formatIssue);
}
export function restored(input: unknown) {
  const result = restoreScenario(input);
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
  return result.scenario;
}

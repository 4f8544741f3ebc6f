/**
 * Builders for tests and tools: a small valid scenario with overrides, restored and checked, so
 * tests state only what they are about (STYLE: builders instead of hand-written whole scenarios).
 */
import type { Scenario } from './types';
import { formatIssue } from './issues';
import { restoreScenario } from './restore';

/** Restore `input` or throw an Error listing every problem (for code that trusts its input). */
export function requireScenario(input: unknown): Scenario {
  const restored = restoreScenario(input);
  if (!restored.ok) throw new Error(`invalid scenario:\n${restored.errors.map(formatIssue).join('\n')}`);
  return restored.scenario;
}

/** A one-function, one-sync-source scenario (1 request/s for 60 s), with top-level `overrides`. */
export function makeScenario(overrides: Record<string, unknown> = {}): Scenario {
  return requireScenario({
    version: 1,
    name: 'test',
    durationSeconds: 60,
    functions: [{ name: 'fn' }],
    sources: [{ type: 'sync', function: 'fn', traffic: { pattern: 'constant', rate: 1 } }],
    ...overrides,
  });
}

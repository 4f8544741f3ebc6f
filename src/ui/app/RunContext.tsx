/**
 * The app's one pipeline, computed once and shared: draft → restore() (inline errors at once) →
 * the last valid scenario → debounced while the user drags → useSimulation → the result on screen.
 */
import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';
import { restoreScenario, type RestoreResult } from '../../scenario/restore';
import type { Scenario } from '../../scenario/types';
import { useDebouncedValue } from '../queries/useDebouncedValue';
import { useSimulation, type Run } from '../queries/useSimulation';
import { useDraftStore } from '../state/useDraftStore';

export interface RunView {
  /** The current draft, judged. */
  validation: RestoreResult;
  /** The scenario being simulated (the last valid draft). */
  scenario: Scenario | null;
  /** What is on screen: the run of `scenario`, or the previous run while it computes. */
  run: Run | undefined;
  /** The run on screen is not (yet) the run of the current scenario. */
  stale: boolean;
  running: boolean;
  error: Error | null;
  retry: () => void;
}

const RunContext = createContext<RunView | null>(null);

const EDIT_DEBOUNCE_MS = 200;

export function RunProvider({ children }: { children: ReactNode }) {
  const draft = useDraftStore((s) => s.draft);
  const edited = useDraftStore((s) => s.origin.kind === 'edited');
  const validation = useMemo(() => restoreScenario(draft), [draft]);
  const lastGood = useRef<Scenario | null>(null);
  if (validation.ok) lastGood.current = validation.scenario;
  const current = validation.ok ? validation.scenario : lastGood.current;
  const scenario = useDebouncedValue(current, edited ? EDIT_DEBOUNCE_MS : 0);
  const query = useSimulation(scenario);
  const value = useMemo<RunView>(
    () => ({
      validation,
      scenario,
      run: query.data,
      stale: query.isPlaceholderData || query.data?.scenario !== current,
      running: query.isFetching,
      error: query.error,
      retry: () => void query.refetch(),
    }),
    [validation, scenario, current, query],
  );
  return <RunContext.Provider value={value}>{children}</RunContext.Provider>;
}

export function useRun(): RunView {
  const value = useContext(RunContext);
  if (!value) throw new Error('useRun outside RunProvider');
  return value;
}

/**
 * useSimulation(scenario): the run of a valid scenario, from the worker, cached by react-query
 * under ['simulation', hash(scenario)] — returning to a scenario already seen is instant. While a
 * new run computes, the previous result stays on screen; a run whose scenario changed before it
 * finished is cancelled in the worker (react-query aborts the unused query's signal).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SimulationResult } from '../../engine/resultTypes';
import type { Scenario } from '../../scenario/types';
import { simulateInWorker } from '../../worker/client';
import { hashValue } from '../../lib/hash';
import { useRunStore } from '../state/useRunStore';

export interface Run {
  scenario: Scenario;
  hash: string;
  result: SimulationResult;
}

let nextRunId = 1;

async function runScenario(scenario: Scenario, hash: string, signal: AbortSignal): Promise<Run> {
  const runId = nextRunId++;
  const { setProgress, setWorkerError } = useRunStore.getState();
  setProgress({ runId, simulatedSeconds: 0, fraction: 0, events: 0 });
  performance.mark('lambdascope:run-start');
  try {
    const result = await simulateInWorker(
      scenario,
      runId,
      (p) => {
        if (useRunStore.getState().progress?.runId === runId) setProgress(p);
      },
      signal,
    );
    setWorkerError(null);
    performance.mark('lambdascope:run-end');
    return { scenario, hash, result };
  } finally {
    if (useRunStore.getState().progress?.runId === runId) setProgress(null);
  }
}

export function simulationQueryKey(hash: string | null) {
  return ['simulation', hash] as const;
}

export function useSimulation(scenario: Scenario | null) {
  const hash = scenario ? hashValue(scenario) : null;
  return useQuery({
    queryKey: simulationQueryKey(hash),
    queryFn: ({ signal }) => {
      if (!scenario || !hash) throw new Error('no scenario to simulate');
      return runScenario(scenario, hash, signal);
    },
    enabled: scenario !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 15 * 60_000,
    structuralSharing: false,
    retry: false,
  });
}

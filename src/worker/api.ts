/**
 * The contract between the main thread and the simulation worker (types only: the main thread
 * imports nothing else from the worker side, so the engine stays out of the main bundle).
 */
import type { SimulationResult } from '../engine/resultTypes';
import type { Scenario } from '../scenario/types';

/** How far a run has got; sent to the main thread while it simulates. */
export interface RunProgress {
  runId: number;
  /** Simulated seconds covered so far. */
  simulatedSeconds: number;
  /** 0…1 of the horizon. */
  fraction: number;
  /** Events processed so far. */
  events: number;
}

/** A problem with a scenario, named by its JSON path (`functions[0].memoryMB`). */
export interface ValidationIssue {
  path: string;
  message: string;
}

export type Validation =
  | { ok: true; scenario: Scenario; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[] };

/** The error name a cancelled run rejects with (comlink keeps `name` across the boundary). */
export const RUN_CANCELLED = 'RunCancelled';

export interface WorkerApi {
  /** Simulates a scenario (restored again in the worker); series arrive as transferred typed arrays. */
  simulate(
    scenario: unknown,
    runId: number,
    onProgress?: (progress: RunProgress) => void,
  ): Promise<SimulationResult>;
  /** Validates and restores untrusted input. */
  validate(input: unknown): Validation;
  /** Cancels a run in flight: its `simulate` rejects with RUN_CANCELLED. Unknown ids are ignored. */
  cancel(runId: number): void;
}

/**
 * The contract between the main thread and the simulation worker (types only: the main thread
 * imports nothing else from the worker side, so the engine stays out of the main bundle).
 */
import type { Scenario } from '../scenario/types';
import type { WireResult } from './wireResult';

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

/** What the page will open on, read before the page's own code loads (see ui/app/bootSource.ts). */
export interface BootInput {
  /** The URL hash without '#'. */
  fragment: string;
  /** Local storage's raw text under the draft key, or null. */
  stored: string | null;
}

export interface WorkerApi {
  /**
   * Simulates a scenario (restored again in the worker); series and timeline spans arrive as
   * transferred typed arrays (client.ts rebuilds the plain result).
   */
  simulate(
    scenario: unknown,
    runId: number,
    onProgress?: (progress: RunProgress) => void,
  ): Promise<WireResult>;
  /**
   * Starts simulating the scenario the page is about to open, before the page asks: a later
   * `simulate` of an equal scenario takes this run over; any other cancels it. Called once, at start.
   */
  boot(input: BootInput): void;
  /** Validates and restores untrusted input. */
  validate(input: unknown): Validation;
  /** Cancels a run in flight: its `simulate` rejects with RUN_CANCELLED. Unknown ids are ignored. */
  cancel(runId: number): void;
  /** Stops a run in flight early: its `simulate` resolves with what was simulated, marked truncated. */
  stop(runId: number): void;
}

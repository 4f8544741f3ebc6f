/**
 * What the simulation worker offers the main thread. Pure: tests call it directly; only
 * simulation.worker.ts exposes it through comlink. The engine runs in chunks, yielding to the
 * worker's event loop between them so that a `cancel(runId)` message can land.
 *
 * The boot run: the page's entry calls `boot()` before React and the app's code have loaded, and
 * the worker starts simulating the scenario the page will open on. When the page's own
 * `simulate` arrives for an equal scenario (compared as restored, keys sorted) it takes that run
 * over — progress, cancel and all — instead of starting again.
 */
import { releaseProxy, transfer } from 'comlink';
import type { SimulationResult } from '../engine/resultTypes';
import type { Scenario } from '../scenario/types';
import { stableStringify } from '../lib/hash';
import { RUN_CANCELLED, type BootInput, type RunProgress, type Validation, type WorkerApi } from './api';
import { toWire, wireBuffers } from './wireResult';

/** The part of the engine's Simulation class the worker uses. */
export interface SimulationLike {
  advance(maxEvents: number): boolean;
  /** Ends the run now; the result covers what was simulated (marked truncated). */
  stop(reason: string): void;
  progress(): { simulatedSeconds: number; fraction: number; events: number };
  result(): SimulationResult;
}

export interface WorkerDeps {
  createSimulation: (scenario: Scenario) => SimulationLike;
  validate: (input: unknown) => Validation;
  /** The draft the page opens on, from what it read at start (null: none to simulate). */
  bootDraft?: (input: BootInput) => Promise<unknown>;
  /** Events per chunk between yields (≈ tens of milliseconds of work). */
  chunkEvents?: number;
  /** Lets the worker's event loop run (a cancel message may arrive). */
  yieldToEventLoop?: () => Promise<void>;
  /** Wall clock for throttling progress messages (not the engine's clock). */
  now?: () => number;
}

const DEFAULT_CHUNK_EVENTS = 200_000;
const PROGRESS_INTERVAL_MS = 50;

export { seriesBuffers } from './wireResult';

/** Frees the message channel behind a comlink-proxied callback (a no-op on a plain function). */
function releaseCallback(callback: unknown): void {
  const release = (callback as Partial<Record<typeof releaseProxy, () => void>> | undefined)?.[releaseProxy];
  if (typeof release === 'function') release.call(callback);
}

function cancelledError(runId: number): Error {
  const error = new Error(`Run ${runId} was cancelled`);
  error.name = RUN_CANCELLED;
  return error;
}

function invalidError(validation: Extract<Validation, { ok: false }>): Error {
  const first = validation.errors[0];
  return new Error(`Invalid scenario: ${first ? `${first.path}: ${first.message}` : 'unknown problem'}`);
}

/** One run in flight: who hears its progress, and whether it was cancelled. */
interface RunState {
  runId: number;
  cancelled: boolean;
  /** Stop requested: finish with what was simulated so far. */
  stopped?: boolean;
  onProgress?: ((progress: RunProgress) => void) | undefined;
}

export function createWorkerApi(deps: WorkerDeps): WorkerApi {
  const chunkEvents = deps.chunkEvents ?? DEFAULT_CHUNK_EVENTS;
  const yieldToEventLoop = deps.yieldToEventLoop ?? (() => new Promise<void>((r) => setTimeout(r, 0)));
  const now = deps.now ?? (() => performance.now());
  /** Runs in flight by id (a boot run taken over is listed under both ids). */
  const runs = new Map<number, RunState>();
  let bootRun: { key: string; state: RunState; result: Promise<SimulationResult> } | null = null;
  let asked = false;

  async function execute(scenario: Scenario, state: RunState): Promise<SimulationResult> {
    const simulation = deps.createSimulation(scenario);
    let lastReport = -Infinity;
    while (!simulation.advance(chunkEvents)) {
      if (state.onProgress && now() - lastReport >= PROGRESS_INTERVAL_MS) {
        lastReport = now();
        const p = simulation.progress();
        // Fire and forget: a slow main thread must not stall the run.
        void Promise.resolve(state.onProgress({ runId: state.runId, ...p })).catch(() => undefined);
      }
      await yieldToEventLoop();
      if (state.cancelled) throw cancelledError(state.runId);
      if (state.stopped) simulation.stop('stopped on request');
    }
    return simulation.result();
  }

  /** The boot run when it simulates this scenario (handing it to `runId`); else a fresh run. */
  function runFor(scenario: Scenario, runId: number, onProgress: RunState['onProgress']): Promise<SimulationResult> {
    const boot = bootRun;
    bootRun = null;
    if (boot && boot.key === stableStringify(scenario)) {
      Object.assign(boot.state, { runId, onProgress });
      runs.set(runId, boot.state);
      return boot.result;
    }
    if (boot) boot.state.cancelled = true;
    const state: RunState = { runId, cancelled: false, onProgress };
    runs.set(runId, state);
    return execute(scenario, state);
  }

  return {
    async simulate(input, runId, onProgress) {
      asked = true;
      const validation = deps.validate(input);
      if (!validation.ok) throw invalidError(validation);
      try {
        const wire = toWire(await runFor(validation.scenario, runId, onProgress));
        return transfer(wire, wireBuffers(wire));
      } finally {
        releaseCallback(onProgress);
        runs.delete(runId);
      }
    },
    boot(input) {
      void deps.bootDraft?.(input).then((draft) => {
        const validation = deps.validate(draft);
        // The page asked first (a slow link decode): its own run is the one.
        if (asked || !validation.ok) return;
        const state: RunState = { runId: -1, cancelled: false };
        const result = execute(validation.scenario, state);
        result.catch(() => undefined); // nobody may take it over
        bootRun = { key: stableStringify(validation.scenario), state, result };
      });
    },
    validate: (input) => deps.validate(input),
    cancel(runId) {
      const state = runs.get(runId);
      if (state) state.cancelled = true;
    },
    stop(runId) {
      const state = runs.get(runId);
      if (state) state.stopped = true;
    },
  };
}

/**
 * What the simulation worker offers the main thread. Pure: tests call it directly; only
 * simulation.worker.ts exposes it through comlink. The engine runs in chunks, yielding to the
 * worker's event loop between them so that a `cancel(runId)` message can land.
 */
import { releaseProxy, transfer } from 'comlink';
import type { SimulationResult } from '../engine/resultTypes';
import type { Scenario } from '../scenario/types';
import { RUN_CANCELLED, type Validation, type WorkerApi } from './api';

/** The part of the engine's Simulation class the worker uses. */
export interface SimulationLike {
  advance(maxEvents: number): boolean;
  progress(): { simulatedSeconds: number; fraction: number; events: number };
  result(): SimulationResult;
}

export interface WorkerDeps {
  createSimulation: (scenario: Scenario) => SimulationLike;
  validate: (input: unknown) => Validation;
  /** Events per chunk between yields (≈ tens of milliseconds of work). */
  chunkEvents?: number;
  /** Lets the worker's event loop run (a cancel message may arrive). */
  yieldToEventLoop?: () => Promise<void>;
  /** Wall clock for throttling progress messages (not the engine's clock). */
  now?: () => number;
}

const DEFAULT_CHUNK_EVENTS = 200_000;
const PROGRESS_INTERVAL_MS = 50;

/** The distinct ArrayBuffers under a result's series, to transfer rather than copy. */
export function seriesBuffers(result: SimulationResult): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (group: Record<string, Float64Array>) => {
    for (const values of Object.values(group)) {
      if (values.buffer instanceof ArrayBuffer) buffers.add(values.buffer);
    }
  };
  add(result.series.account);
  for (const group of Object.values(result.series.functions)) add(group);
  for (const group of result.series.sources) add(group);
  return [...buffers];
}

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

export function createWorkerApi(deps: WorkerDeps): WorkerApi {
  const chunkEvents = deps.chunkEvents ?? DEFAULT_CHUNK_EVENTS;
  const yieldToEventLoop = deps.yieldToEventLoop ?? (() => new Promise<void>((r) => setTimeout(r, 0)));
  const now = deps.now ?? (() => performance.now());
  const active = new Set<number>();
  const cancelled = new Set<number>();

  return {
    async simulate(input, runId, onProgress) {
      const validation = deps.validate(input);
      if (!validation.ok) {
        const first = validation.errors[0];
        throw new Error(`Invalid scenario: ${first ? `${first.path}: ${first.message}` : 'unknown problem'}`);
      }
      active.add(runId);
      try {
        const simulation = deps.createSimulation(validation.scenario);
        let lastReport = -Infinity;
        while (!simulation.advance(chunkEvents)) {
          if (onProgress && now() - lastReport >= PROGRESS_INTERVAL_MS) {
            lastReport = now();
            const p = simulation.progress();
            // Fire and forget: a slow main thread must not stall the run.
            void Promise.resolve(onProgress({ runId, ...p })).catch(() => undefined);
          }
          await yieldToEventLoop();
          if (cancelled.has(runId)) throw cancelledError(runId);
        }
        const result = simulation.result();
        return transfer(result, seriesBuffers(result));
      } finally {
        releaseCallback(onProgress);
        active.delete(runId);
        cancelled.delete(runId);
      }
    },
    validate: (input) => deps.validate(input),
    cancel(runId) {
      if (active.has(runId)) cancelled.add(runId);
    },
  };
}

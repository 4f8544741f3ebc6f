/**
 * The main thread's handle on the simulation worker: created once, lazily (a module-level
 * singleton, so React StrictMode does not start two).
 */
import { wrap, type Remote } from 'comlink';
import type { WorkerApi } from './workerApi';

let remote: Remote<WorkerApi> | null = null;

export function simulationWorker(): Remote<WorkerApi> {
  if (!remote) {
    const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
    remote = wrap<WorkerApi>(worker);
  }
  return remote;
}

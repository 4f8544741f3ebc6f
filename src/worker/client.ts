/**
 * The main thread's handle on the simulation worker: created once, lazily (a module-level
 * singleton, so React StrictMode does not start two). A worker that crashes (an uncaught error,
 * out of memory, a chunk that fails to load) is terminated; every call in flight rejects with a
 * WorkerCrashedError, listeners are told, and the next call starts a fresh worker.
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { BootInput, RunProgress, Validation, WorkerApi } from './api';
import { isTimingMessage, recordTiming } from './timing';
import { fromWire } from './wireResult';

export class WorkerCrashedError extends Error {
  override name = 'WorkerCrashed';
}

/** The part of a Worker the host needs (a fake in tests). */
export interface WorkerLike {
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface WorkerHandle {
  worker: WorkerLike;
  remote: Pick<Remote<WorkerApi>, 'simulate' | 'validate' | 'cancel' | 'stop' | 'boot'>;
}

export type CrashListener = (error: WorkerCrashedError, restarts: number) => void;

interface Live {
  handle: WorkerHandle;
  crashed: Promise<never>;
}

export class WorkerHost {
  private live: Live | null = null;
  private restarts = 0;
  private readonly listeners = new Set<CrashListener>();

  constructor(private readonly create: () => WorkerHandle) {}

  /** Called on every crash (after the crashed worker is gone). Returns an unsubscribe function. */
  onCrash(listener: CrashListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get restartCount(): number {
    return this.restarts;
  }

  /** Starts the worker ahead of the first call (its code loads while the page boots). */
  warmUp(): void {
    this.ensure();
  }

  /** Starts the worker and its boot run: the scenario the page will open on, simulated before the page asks. */
  boot(input: BootInput): void {
    this.run((remote) => remote.boot(input)).catch(() => undefined);
  }

  /** Runs `call` on the live worker; rejects with WorkerCrashedError if the worker dies meanwhile. */
  run<T>(call: (remote: WorkerHandle['remote']) => Promise<T>): Promise<T> {
    const live = this.ensure();
    return Promise.race([call(live.handle.remote), live.crashed]);
  }

  private ensure(): Live {
    if (this.live) return this.live;
    const handle = this.create();
    let reject: (error: WorkerCrashedError) => void = () => undefined;
    const crashed = new Promise<never>((_, r) => (reject = r));
    crashed.catch(() => undefined); // nobody may be waiting
    const live: Live = { handle, crashed };
    const onError = (event: Event) => {
      if (this.live !== live) return;
      event.preventDefault();
      const message = (event as Partial<ErrorEvent>).message;
      const detail = typeof message === 'string' && message ? message : 'the worker stopped';
      const error = new WorkerCrashedError(`The simulation worker crashed (${detail}); it has been restarted.`);
      this.live = null;
      this.restarts += 1;
      handle.worker.terminate();
      reject(error);
      for (const listener of this.listeners) listener(error, this.restarts);
    };
    handle.worker.addEventListener('error', onError);
    handle.worker.addEventListener('messageerror', onError);
    this.live = live;
    return live;
  }
}

function createRealWorker(): WorkerHandle {
  performance.mark('lambdascope:worker-created');
  const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent) => {
    if (isTimingMessage(event.data)) recordTiming(event.data);
  });
  return { worker, remote: wrap<WorkerApi>(worker) };
}

let host: WorkerHost | null = null;

/** The app's one worker host. */
export function simulationWorker(): WorkerHost {
  host ??= new WorkerHost(createRealWorker);
  return host;
}

/** Simulates on the worker, reporting progress; `signal` cancels the run in the worker. */
export function simulateInWorker(
  scenario: unknown,
  runId: number,
  onProgress: (progress: RunProgress) => void,
  signal?: AbortSignal,
) {
  const workerHost = simulationWorker();
  return workerHost.run(async (remote) => {
    const onAbort = () => void Promise.resolve(remote.cancel(runId)).catch(() => undefined);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return fromWire(await remote.simulate(scenario, runId, proxy(onProgress)));
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  });
}

/** Stops a run early: its result covers what was simulated so far (marked truncated). */
export function stopInWorker(runId: number): Promise<void> {
  return simulationWorker().run((remote) => Promise.resolve(remote.stop(runId)));
}

/** Validates untrusted input in the worker. */
export function validateInWorker(input: unknown): Promise<Validation> {
  return simulationWorker().run((remote) => Promise.resolve(remote.validate(input)));
}

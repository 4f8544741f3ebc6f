import { describe, expect, it } from 'vitest';
import { WorkerCrashedError, WorkerHost, type WorkerHandle } from './client';

function fakeWorker() {
  const listeners: Record<string, ((event: Event) => void)[]> = {};
  let terminated = false;
  let pending: (() => void) | null = null;
  const handle: WorkerHandle = {
    worker: {
      addEventListener: (type, listener) => (listeners[type] ??= []).push(listener),
      terminate: () => (terminated = true),
    },
    remote: {
      simulate: (() => new Promise((resolve) => (pending = () => resolve({} as never)))) as never,
      validate: (() => Promise.resolve({ ok: false, errors: [] })) as never,
      cancel: (() => Promise.resolve()) as never,
      stop: (() => Promise.resolve()) as never,
      boot: (() => Promise.resolve()) as never,
    },
  };
  const crash = (message: string) => {
    const event = Object.assign(new Event('error', { cancelable: true }), { message });
    for (const listener of listeners.error ?? []) listener(event);
  };
  return { handle, crash, isTerminated: () => terminated, finish: () => pending?.() };
}

describe('WorkerHost', () => {
  it('creates the worker lazily, once', async () => {
    let created = 0;
    const host = new WorkerHost(() => (created++, fakeWorker().handle));
    expect(created).toBe(0);
    await host.run((remote) => Promise.resolve(remote.validate({})));
    await host.run((remote) => Promise.resolve(remote.validate({})));
    expect(created).toBe(1);
  });

  it('rejects calls in flight when the worker crashes, reports it, and restarts on the next call', async () => {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const host = new WorkerHost(() => {
      const w = fakeWorker();
      workers.push(w);
      return w.handle;
    });
    const crashes: string[] = [];
    host.onCrash((error, restarts) => crashes.push(`${restarts}: ${error.message}`));
    const running = host.run((remote) => remote.simulate({}, 1));
    workers[0]?.crash('out of memory');
    await expect(running).rejects.toBeInstanceOf(WorkerCrashedError);
    expect(workers[0]?.isTerminated()).toBe(true);
    expect(crashes).toEqual(['1: The simulation worker crashed (out of memory); it has been restarted.']);
    const next = host.run((remote) => remote.simulate({}, 2));
    expect(workers).toHaveLength(2);
    workers[1]?.finish();
    await expect(next).resolves.toEqual({});
    expect(host.restartCount).toBe(1);
  });
});

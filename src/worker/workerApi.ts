/**
 * What the simulation worker offers the main thread. Pure: tests call it directly; only
 * simulation.worker.ts exposes it through comlink.
 */
import { transfer } from 'comlink';
import { erlangBCurve } from '../engine/queueingTheory';

export const workerApi = {
  /** Erlang B blocking for caps 0…maxServers; the array is transferred, not copied. */
  erlangBCurve(maxServers: number, load: number): Float64Array {
    const curve = erlangBCurve(maxServers, load);
    return transfer(curve, [curve.buffer]);
  },
};

export type WorkerApi = typeof workerApi;

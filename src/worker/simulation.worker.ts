/// <reference lib="webworker" />
// The only file that calls comlink's expose(): tests import workerApi.ts instead.
import { expose } from 'comlink';
import { Simulation } from '../engine/simulation';
import { restoreScenario } from '../scenario/restore';
import { bootDraft } from './bootDraft';
import { timingMessage } from './timing';
import { createWorkerApi, type SimulationLike } from './workerApi';

const mark = (name: string) => self.postMessage(timingMessage(name));
mark('worker-start');

/** The engine, with start and end marks for the start-up breakdown (bench/ui.ts). */
function createSimulation(scenario: ConstructorParameters<typeof Simulation>[0]): SimulationLike {
  mark('worker-sim-start');
  const simulation = new Simulation(scenario);
  return {
    advance: (maxEvents) => simulation.advance(maxEvents),
    stop: (reason) => simulation.stop(reason),
    progress: () => simulation.progress(),
    result: () => {
      const result = simulation.result();
      mark('worker-sim-end');
      return result;
    },
  };
}

expose(
  createWorkerApi({
    createSimulation,
    bootDraft,
    validate: (input) => {
      const restored = restoreScenario(input);
      return restored.ok
        ? { ok: true, scenario: restored.scenario, warnings: restored.warnings }
        : { ok: false, errors: restored.errors };
    },
  }),
);

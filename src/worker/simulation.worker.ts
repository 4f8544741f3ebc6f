/// <reference lib="webworker" />
// The only file that calls comlink's expose(): tests import workerApi.ts instead.
import { expose } from 'comlink';
import { Simulation } from '../engine/simulation';
import { restoreScenario } from '../scenario/restore';
import { createWorkerApi } from './workerApi';

expose(
  createWorkerApi({
    createSimulation: (scenario) => new Simulation(scenario),
    validate: (input) => {
      const restored = restoreScenario(input);
      return restored.ok
        ? { ok: true, scenario: restored.scenario, warnings: restored.warnings }
        : { ok: false, errors: restored.errors };
    },
  }),
);

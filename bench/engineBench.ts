/**
 * Engine benchmark (issue: simulated requests per wall-clock second and peak memory): one hour of
 * Poisson synchronous traffic at 1,000 requests per second, lognormal durations around 100 ms,
 * cold starts and idle reaping; then the same for a run ten times longer. Prints figures; asserts
 * nothing.
 */
import { simulate } from '../src/engine/simulation';
import { makeFunction, makeScenario, makeSync } from '../src/engine/testing/builders';
import type { Scenario } from '../src/scenario/types';

export function standardScenario(hours: number): Scenario {
  return makeScenario({
    name: 'bench',
    durationSeconds: hours * 3600,
    functions: [
      makeFunction({
        name: 'fn',
        runtime: 'nodejs22.x',
        duration: { distribution: 'lognormal', median: 0.1, p99: 0.5 },
        init: { distribution: 'lognormal', median: 0.2, p99: 0.8 },
        idleLifetimeSeconds: { distribution: 'uniform', min: 300, max: 900 },
      }),
    ],
    sources: [makeSync({ pattern: 'poisson', rate: 1000 })],
    limits: { maxEvents: 2_000_000_000 },
  });
}

export interface EngineFigures {
  label: string;
  requests: number;
  events: number;
  seconds: number;
  requestsPerSecond: number;
  peakHeapMB: number;
}

export function benchEngine(hours: number, label: string): EngineFigures {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const started = performance.now();
  const result = simulate(standardScenario(hours), () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  });
  const seconds = (performance.now() - started) / 1000;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return {
    label,
    requests: result.summary.requests,
    events: result.summary.events,
    seconds,
    requestsPerSecond: result.summary.requests / seconds,
    peakHeapMB: (peak - before) / 1048576,
  };
}

/** Prints the engine figures for the standard scenario, 1 h and 10 h. */
export function runEngineBench(): void {
  for (const [hours, label] of [[1, '1 h × 1,000 rps'], [10, '10 h × 1,000 rps']] as const) {
    const f = benchEngine(hours, label);
    console.log(
      `${f.label}: ${f.requests.toLocaleString('en')} requests, ${f.events.toLocaleString('en')} events in ${f.seconds.toFixed(2)} s → ${Math.round(f.requestsPerSecond).toLocaleString('en')} simulated requests/s; peak heap growth ${f.peakHeapMB.toFixed(1)} MB`,
    );
  }
}

/**
 * Bounded runs (AGENTS rule 4): a run past its event budget stops with a clear reason; progress
 * is reported; per-request detail stays within its bounds while totals count everything.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SPANS, MAX_TRACKED_ENVIRONMENTS } from './metrics/spanRecorder';
import { MAX_BUCKETS } from './metrics/timeSeries';
import { simulate, Simulation } from './simulation';
import { makeFunction, makeScenario, makeSync } from './testing/builders';

describe('limits', () => {
  it('stops at limits.maxEvents with truncated: true and a reason, keeping the identity', () => {
    const r = simulate(
      makeScenario({ durationSeconds: 3600, sources: [makeSync({ pattern: 'poisson', rate: 100 })], limits: { maxEvents: 5000 } }),
    );
    expect(r.summary.truncated).toBe(true);
    expect(r.summary.truncatedReason).toMatch(/stopped after 5,000 events at t = .* \(limits\.maxEvents\)/);
    expect(r.summary.events).toBe(5000);
    expect(r.summary.simulatedSeconds).toBeLessThan(3600);
    const o = r.summary.outcomes;
    expect(o.succeeded + o.failed + o.throttled + o.deadLettered + o.dropped + o.pending).toBe(r.summary.requests);
    expect(r.moments.some((m) => m.kind === 'truncated')).toBe(true);
  });

  it('stops on request with what was simulated so far, marked truncated', () => {
    const sim = new Simulation(makeScenario({ durationSeconds: 1000, sources: [makeSync({ pattern: 'constant', rate: 10 })] }));
    sim.advance(2000);
    sim.stop('stopped on request');
    expect(sim.advance(1000)).toBe(true);
    const r = sim.result();
    expect(r.summary.truncated).toBe(true);
    expect(r.summary.truncatedReason).toMatch(/^stopped on request at t = .* of 16 min 40 s$/);
    expect(r.summary.simulatedSeconds).toBeLessThan(1000);
    expect(r.summary.requests).toBeGreaterThan(0);
    const o = r.summary.outcomes;
    expect(o.succeeded + o.failed + o.throttled + o.deadLettered + o.dropped + o.pending).toBe(r.summary.requests);
  });

  it('reports progress between chunks, ending at the horizon', () => {
    const sim = new Simulation(makeScenario({ durationSeconds: 100, sources: [makeSync({ pattern: 'constant', rate: 50 })] }));
    const fractions: number[] = [];
    while (!sim.advance(1000)) fractions.push(sim.progress().fraction);
    expect(fractions.length).toBeGreaterThan(3);
    for (let i = 1; i < fractions.length; i += 1) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]!);
    expect(sim.progress().fraction).toBe(1);
    expect(() => new Simulation(makeScenario()).result()).toThrow(/before the run finished/);
  });

  it('keeps bounded samples with totals beside them', () => {
    const r = simulate(
      makeScenario({
        durationSeconds: 20_000,
        functions: [makeFunction({ duration: { distribution: 'exponential', mean: 2 }, idleLifetimeSeconds: 5 })],
        sources: [makeSync({ pattern: 'poisson', rate: 20 })],
      }),
    );
    expect(r.environments.total).toBeGreaterThan(MAX_TRACKED_ENVIRONMENTS);
    expect(r.environments.kept.length).toBe(MAX_TRACKED_ENVIRONMENTS);
    expect(r.environments.spans.length).toBeLessThanOrEqual(MAX_SPANS);
    expect(r.environments.spansTotal).toBeGreaterThan(r.environments.spans.length);
    expect(r.series.buckets).toBeLessThanOrEqual(MAX_BUCKETS);
    expect(r.series.functions.fn!['Invocations']!.length).toBe(r.series.buckets);
  });

  it('holds no per-request state once requests are done: ten times the run, the same heap', () => {
    // Structural check (timing and heap figures belong to the benchmark): what the run keeps is
    // bounded by constants, whatever the number of requests.
    const small = simulate(makeScenario({ durationSeconds: 600, sources: [makeSync({ pattern: 'poisson', rate: 200 })] }));
    const large = simulate(makeScenario({ durationSeconds: 6000, sources: [makeSync({ pattern: 'poisson', rate: 200 })] }));
    const size = (r: typeof small) => JSON.stringify({ ...r, series: null }).length;
    expect(large.summary.requests).toBeGreaterThan(9 * small.summary.requests);
    expect(size(large)).toBeLessThan(2 * size(small));
  });
});

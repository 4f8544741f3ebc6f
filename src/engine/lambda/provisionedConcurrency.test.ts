import { describe, expect, it } from 'vitest';
import { simulate } from '../simulation';
import { makeFunction, makeScenario, makeSync } from '../testing/builders';
import { PROVISIONED_ALLOCATION_PER_SECOND, PROVISIONED_PREPARATION_SECONDS } from './provisionedConcurrency';

const pc = (count: number, extra: Partial<{ schedule: { atSecond: number; count: number }[]; autoscaling: { min: number; max: number; targetUtilization: number } | null }> = {}) => ({
  count,
  schedule: [],
  autoscaling: null,
  ...extra,
});

describe('provisioned concurrency', () => {
  it('serves requests without cold starts while it lasts, then spills over to on-demand', () => {
    const r = simulate(
      makeScenario({
        durationSeconds: 2,
        functions: [makeFunction({ duration: 10, init: 1, provisionedConcurrency: pc(3) })],
        sources: [makeSync({ pattern: 'burst', count: 5, atSecond: 0.5, overSeconds: 0 })],
      }),
    );
    const fn = r.summary.functions.fn!;
    expect(fn.coldStarts).toBe(2);
    expect(fn.provisionedSpilloverInvocations).toBe(2);
    expect(r.series.functions.fn!['BusyProvisioned']![1]).toBeCloseTo(3, 5);
    expect(r.moments.some((m) => m.kind === 'provisionedSpillover')).toBe(true);
  });

  it('counts against reserved concurrency: spill-over is capped at reserved − provisioned', () => {
    const r = simulate(
      makeScenario({
        durationSeconds: 2,
        functions: [makeFunction({ duration: 10, reservedConcurrency: 4, provisionedConcurrency: pc(3) })],
        sources: [makeSync({ pattern: 'burst', count: 6, atSecond: 0.5, overSeconds: 0 })],
      }),
    );
    const fn = r.summary.functions.fn!;
    expect(fn.provisionedSpilloverInvocations).toBe(1);
    expect(fn.throttlesByCause.reservedConcurrency).toBe(2);
  });

  it('allocates a raise after the preparation delay at 6,000 a minute, serving none of it until all is ready', () => {
    const raiseAt = 10;
    const count = 200;
    const r = simulate(
      makeScenario({
        durationSeconds: 120,
        functions: [makeFunction({ duration: 0.05, provisionedConcurrency: pc(0, { schedule: [{ atSecond: raiseAt, count }] }) })],
        sources: [makeSync({ pattern: 'constant', rate: 1 })],
      }),
    );
    const ready = r.series.functions.fn!['ProvisionedConcurrency']!;
    const allocating = r.series.functions.fn!['AllocatingEnvironments']!;
    const start = raiseAt + PROVISIONED_PREPARATION_SECONDS;
    const allAllocated = start + count / PROVISIONED_ALLOCATION_PER_SECOND;
    expect(ready[start - 1]).toBe(0);
    expect(allocating[start + 1]).toBeGreaterThan(0);
    expect(ready[Math.floor(allAllocated) - 2]).toBe(0);
    expect(ready[Math.floor(allAllocated) - 1]).toBeLessThan(count / 10);
    expect(ready[Math.ceil(allAllocated) + 2]).toBe(count);
    expect(r.moments.some((m) => m.kind === 'provisionedReady' && Math.abs(m.t - allAllocated) < 1)).toBe(true);
  });

  it('lowers on schedule at once, and bills allocation time', () => {
    const r = simulate(
      makeScenario({
        durationSeconds: 100,
        functions: [makeFunction({ memoryMB: 1024, provisionedConcurrency: pc(10, { schedule: [{ atSecond: 50, count: 0 }] }) })],
        sources: [makeSync({ pattern: 'constant', rate: 0.01 })],
      }),
    );
    const ready = r.series.functions.fn!['ProvisionedConcurrency']!;
    expect(ready[49]).toBe(10);
    expect(ready[51]).toBe(0);
    // 10 environments × 1 GB × 50 s at $0.0000041667 per GB-s.
    expect(r.summary.functions.fn!.cost.provisionedUSD).toBeCloseTo(10 * 50 * 0.0000041667, 6);
  });

  it('target tracking scales out after sustained utilisation above target, within max', () => {
    const r = simulate(
      makeScenario({
        durationSeconds: 900,
        functions: [makeFunction({ duration: 1, provisionedConcurrency: pc(10, { autoscaling: { min: 5, max: 40, targetUtilization: 0.5 } }) })],
        sources: [makeSync({ pattern: 'poisson', rate: 15 })],
      }),
    );
    const ready = r.series.functions.fn!['ProvisionedConcurrency']!;
    expect(ready[60]).toBe(10);
    const peak = Math.max(...ready);
    expect(peak).toBeGreaterThan(10);
    expect(peak).toBeLessThanOrEqual(40);
  });
});

describe('account limits and throttle causes', () => {
  it('throttles synchronous requests past 10 × the account limit per second (RPS limit)', () => {
    const r = simulate(
      makeScenario({
        durationSeconds: 5,
        account: { concurrencyLimit: 20, scaling: { model: 'current' } },
        functions: [makeFunction({ duration: 0.001 })],
        sources: [makeSync({ pattern: 'constant', rate: 300 })],
      }),
    );
    const fn = r.summary.functions.fn!;
    expect(fn.throttlesByCause.rpsLimit).toBe(5 * 100);
    expect(fn.invocations).toBe(5 * 200);
  });

  it('shares the unreserved pool: one unreserved function can starve another (account concurrency)', () => {
    const r = simulate(
      makeScenario({
        durationSeconds: 3,
        account: { concurrencyLimit: 1000, scaling: { model: 'none' } },
        functions: [
          makeFunction({ name: 'a', reservedConcurrency: 500, duration: 10 }),
          makeFunction({ name: 'b', reservedConcurrency: 300, duration: 10 }),
          makeFunction({ name: 'c', duration: 10 }),
          makeFunction({ name: 'd', duration: 10 }),
        ],
        sources: [
          makeSync({ pattern: 'burst', count: 600, atSecond: 0, overSeconds: 0 }, { function: 'a' }),
          makeSync({ pattern: 'burst', count: 300, atSecond: 0, overSeconds: 0 }, { function: 'b' }),
          makeSync({ pattern: 'burst', count: 250, atSecond: 0, overSeconds: 0 }, { function: 'c' }),
          makeSync({ pattern: 'burst', count: 10, atSecond: 1, overSeconds: 0 }, { function: 'd' }),
        ],
      }),
    );
    const f = r.summary.functions;
    expect(f.a!.throttlesByCause.reservedConcurrency).toBe(100);
    expect(f.b!.throttles).toBe(0);
    expect(f.c!.throttlesByCause.accountConcurrency).toBe(50);
    expect(f.d!.throttlesByCause.accountConcurrency).toBe(10);
    expect(r.summary.maxConcurrency).toBe(1000);
  });

  it('reserved concurrency 0 never invokes the function', () => {
    const r = simulate(
      makeScenario({ functions: [makeFunction({ reservedConcurrency: 0 })], sources: [makeSync({ pattern: 'constant', rate: 2 })] }),
    );
    expect(r.summary.invocations).toBe(0);
    expect(r.summary.outcomes.throttled).toBe(r.summary.requests);
  });
});

import { describe, expect, it } from 'vitest';
import { asyncBacklogStarvesApi, asyncDestinations, asyncDuplicates, asyncEventAge, asyncRetriesDlq, ASYNC_PRESETS } from '../../scenario/presets/asyncInvocation';
import { restoreScenario } from '../../scenario/restore';
import type { Scenario } from '../../scenario/types';
import { simulate } from '../simulation';

function restored(input: unknown): Scenario {
  const r = restoreScenario(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

const sum = (values: Float64Array | undefined) => (values ? values.reduce((a, b) => a + b, 0) : 0);

describe('async presets', () => {
  it.each(ASYNC_PRESETS.map((p) => [p.id, p] as const))('%s restores with no errors or warnings', (_, preset) => {
    const r = restoreScenario(preset.scenario);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('async-retries-dlq: poison events reach the DLQ after 3 attempts, the first at about 3 minutes', () => {
    const result = simulate(restored(asyncRetriesDlq.scenario));
    const records = result.deadLetters.records;
    expect(records.length).toBeGreaterThan(50);
    expect(records.every((r) => r.attempts === 3 && r.condition === 'RetriesExhausted' && r.kind === 'deadLetterQueue')).toBe(true);
    expect(records[0]!.t).toBeGreaterThan(180);
    expect(records[0]!.t).toBeLessThan(200);
    expect(result.summary.outcomes.pending).toBeGreaterThan(0);
    expect(result.moments.some((m) => m.kind === 'queueGrowing')).toBe(false);
  });

  it('async-event-age: events expire from about 5 min 20 s, kept by one function and dropped by the other', () => {
    const result = simulate(restored(asyncEventAge.scenario));
    const [kept, lost] = result.summary.sources;
    expect(kept!.outcomes).toMatchObject({ dropped: 0 });
    expect(kept!.outcomes.deadLettered).toBeGreaterThan(700);
    expect(lost!.outcomes).toMatchObject({ deadLettered: 0 });
    expect(lost!.outcomes.dropped).toBeGreaterThan(700);
    const expiry = result.moments.find((m) => m.kind === 'firstExpiry')!;
    expect(expiry.t).toBeGreaterThan(300);
    expect(expiry.t).toBeLessThan(340);
    expect(result.deadLetters.records.every((r) => r.condition === 'EventAgeExceeded' && r.attempts === 0)).toBe(true);
    expect(Math.max(...result.series.functions['report-builder']!['ConcurrentExecutions']!)).toBe(5);
  });

  it('async-destinations: successes to order-events, failures after 2 attempts to failed-orders', () => {
    const result = simulate(restored(asyncDestinations.scenario));
    const o = result.summary.outcomes;
    const totals = Object.fromEntries(result.deadLetters.byDestination.map((d) => [d.name, d.delivered]));
    expect(totals).toEqual({ 'order-events': o.succeeded, 'failed-orders': o.deadLettered });
    const failures = result.deadLetters.records.filter((r) => r.kind === 'onFailure');
    expect(failures.every((r) => r.attempts === 2 && r.condition === 'RetriesExhausted' && r.error !== null)).toBe(true);
  });

  it('async-duplicates-idempotency: the plain function runs duplicates, the idempotent one skips them', () => {
    const result = simulate(restored(asyncDuplicates.scenario));
    const plain = result.summary.functions['send-email']!;
    const idempotent = result.summary.functions['send-email-idempotent']!;
    expect(plain.duplicates).toBeGreaterThan(50);
    expect(plain.invocations).toBeGreaterThan(plain.requests + plain.duplicates - 10);
    expect(idempotent.invocations).toBeLessThanOrEqual(idempotent.requests);
    expect(sum(result.series.sources[1]!['DuplicatesSkipped'])).toBe(idempotent.duplicates);
  });

  describe('async-backlog-starves-api', () => {
    const base = restored(asyncBacklogStarvesApi.scenario);
    const withReserved = (name: string, reserved: number): Scenario => ({
      ...base,
      functions: base.functions.map((f) => (f.name === name ? { ...f, reservedConcurrency: reserved } : f)),
    });

    it('throttles the API by account concurrency while the backlog holds the pool', () => {
      const result = simulate(base);
      const api = result.summary.functions['checkout-api']!;
      expect(api.throttlesByCause.accountConcurrency).toBeGreaterThan(0.2 * api.requests);
      expect(Math.max(...result.series.account['ConcurrentExecutions']!)).toBe(1000);
      expect(result.summary.sources[1]!.outcomes.succeeded).toBe(60_000);
    });

    it('leaves the API untouched once the backlog is capped by reserved concurrency', () => {
      const result = simulate(withReserved('image-reindex', 300));
      expect(result.summary.functions['checkout-api']!.throttles).toBe(0);
      expect(result.summary.sources[1]!.outcomes.pending).toBeGreaterThan(0);
    });

    it('protects the API with its own reserved concurrency', () => {
      const result = simulate(withReserved('checkout-api', 150));
      const api = result.summary.functions['checkout-api']!;
      expect(api.throttles).toBeLessThan(0.001 * api.requests);
    });
  });
});

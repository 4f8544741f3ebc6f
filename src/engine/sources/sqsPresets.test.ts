/** The SQS presets do what their "watch" text says (src/scenario/presets/sqsQueues.ts). */
import { describe, expect, it } from 'vitest';
import { restoreScenario } from '../../scenario/restore';
import { getPreset } from '../../scenario/presets';
import { simulate } from '../simulation';

function runPreset(id: string) {
  const restored = restoreScenario(getPreset(id)?.scenario);
  if (!restored.ok) throw new Error(`preset ${id} does not restore`);
  expect(restored.warnings).toEqual([]);
  return simulate(restored.scenario);
}

const sum = (values: Float64Array | undefined) => (values ?? new Float64Array()).reduce((a, b) => a + b, 0);
const firstAt = (values: Float64Array | undefined, test: (v: number) => boolean) => (values ? Array.from(values).findIndex(test) : -1);

describe('SQS presets', () => {
  it('sqs-backlog-redrive: pollers 5 → 305 → 605 → 905, backlog gone by ~3 min 15 s, ~680 poison messages redriven from ~5 min', () => {
    const r = runPreset('sqs-backlog-redrive');
    const g = r.series.sources[0]!;
    const pollers = g.PollerConcurrency!;
    expect([pollers[30], pollers[90], pollers[150], pollers[200]]).toEqual([5, 305, 605, 905]);
    expect(r.summary.functions.orders!.maxConcurrency).toBe(905);
    const drained = firstAt(g.ApproximateNumberOfMessagesVisible, (v) => v < 1);
    expect(drained).toBeGreaterThan(180);
    expect(drained).toBeLessThan(210);
    expect(Math.max(...g.ApproximateAgeOfOldestMessage!)).toBeGreaterThan(170);
    expect(Math.max(...g.ApproximateAgeOfOldestMessage!)).toBeLessThan(210);
    expect(r.summary.outcomes.deadLettered).toBeGreaterThan(600);
    expect(r.summary.outcomes.deadLettered).toBeLessThan(760);
    const firstRedrive = firstAt(g.Redriven, (v) => v > 0);
    expect(firstRedrive).toBeGreaterThan(290);
    expect(firstRedrive).toBeLessThan(330);
    expect(r.summary.throttles).toBe(0);
    expect(pollers.at(-1)).toBeGreaterThan(200);
    expect(pollers.at(-1)).toBeLessThan(320);
  });

  it('sqs-visibility-duplicates: ~320 duplicates from t = 60 s on the 60 s queue, none on the 90 s one', () => {
    const r = runPreset('sqs-visibility-duplicates');
    const tight = r.summary.functions.reports!;
    const roomy = r.summary.functions['reports-roomy']!;
    expect(tight.duplicates).toBeGreaterThan(250);
    expect(tight.duplicates).toBeLessThan(400);
    expect(tight.duplicates / tight.requests).toBeGreaterThan(0.08);
    expect(tight.duplicates / tight.requests).toBeLessThan(0.15);
    expect(roomy.duplicates).toBe(0);
    expect(firstAt(r.series.sources[0]!.Duplicates, (v) => v > 0)).toBe(60);
    expect(r.moments.find((m) => m.kind === 'duplicateDelivered')?.t).toBeCloseTo(60, 0);
    expect(r.summary.outcomes.deadLettered + r.summary.outcomes.dropped).toBe(0);
  });

  it('sqs-maximum-concurrency: bounded never throttles; unbounded throttles ~5,400 times in minute 2 and redrives ~9,600 healthy messages', () => {
    const r = runPreset('sqs-maximum-concurrency');
    const unbounded = r.summary.functions.unbounded!;
    const bounded = r.summary.functions.bounded!;
    expect(bounded.throttles).toBe(0);
    expect(bounded.outcomes.deadLettered).toBe(0);
    expect(r.series.sources[1]!.PollerConcurrency!.at(-1)).toBe(20);
    const minute2 = sum(r.series.functions.unbounded!.Throttles!.slice(60, 120));
    expect(minute2).toBeGreaterThan(4500);
    expect(minute2).toBeLessThan(6500);
    expect(unbounded.errors).toBe(0);
    expect(unbounded.outcomes.deadLettered).toBeGreaterThan(8000);
    expect(unbounded.outcomes.deadLettered).toBeLessThan(11_000);
    expect(firstAt(r.series.sources[0]!.Redriven, (v) => v > 0)).toBeGreaterThan(120);
    expect(firstAt(r.series.sources[0]!.Redriven, (v) => v > 0)).toBeLessThan(150);
    expect(r.summary.functions.unbounded!.maxConcurrency).toBe(20);
  });
});

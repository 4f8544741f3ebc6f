import { describe, expect, it } from 'vitest';
import { makeFunctionSummary, makeResult, outcomes } from '../../testing/fixtures';
import { selectSummary } from './select';

describe('selectSummary', () => {
  it('shows the outcome identity, rates and cost per function', () => {
    const result = makeResult({
      summary: {
        ...makeResult().summary,
        requests: 10,
        outcomes: outcomes({ succeeded: 7, throttled: 2, pending: 1 }),
        invocations: 8,
        coldStarts: 2,
        costUSD: 0.5,
        functions: {
          api: makeFunctionSummary({ invocations: 8, coldStarts: 2, latency: { p50: 0.1, p95: 0.2, p99: 0.5, mean: 0.12, count: 7 }, cost: { requestsUSD: 0.1, durationUSD: 0.3, initUSD: 0.1, provisionedUSD: 0 } }),
        },
      },
    });
    const view = selectSummary(result);
    expect(view.identityHolds).toBe(true);
    expect(view.outcomes.map((o) => [o.outcome, o.count])).toEqual([
      ['succeeded', 7], ['failed', 0], ['throttled', 2], ['deadLettered', 0], ['dropped', 0], ['pending', 1],
    ]);
    expect(view.coldStartRate).toBe(0.25);
    expect(view.functions[0]).toMatchObject({ name: 'api', coldStartRate: 0.25, p99: 0.5 });
    expect(view.cost.durationUSD).toBe(0.3);
    expect(view.truncated).toBeNull();
  });

  it('flags a broken identity and a truncated run', () => {
    const base = makeResult().summary;
    const view = selectSummary(makeResult({ summary: { ...base, requests: 3, outcomes: outcomes({ succeeded: 2 }), truncated: true, truncatedReason: 'event budget' } }));
    expect(view.identityHolds).toBe(false);
    expect(view.truncated).toBe('event budget');
  });
});

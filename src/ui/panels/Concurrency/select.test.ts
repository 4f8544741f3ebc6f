import { describe, expect, it } from 'vitest';
import { makeFunction, makeResult, makeScenario, series } from '../../testing/fixtures';
import { readoutAt, selectConcurrency } from './select';

const result = makeResult({
  series: {
    bucketSeconds: 1,
    buckets: 4,
    functions: {
      api: {
        InitializingEnvironments: series(2, 0, 0, 0),
        BusyOnDemand: series(0, 3, 4, 1),
        BusyProvisioned: series(1, 1, 1, 1),
        ConcurrentExecutions: series(3, 5, 6, 2),
        ScalingCeiling: series(1000, 1000, 1000, 1000),
        Throttles: series(0, 5, 0, 0),
        Throttles_scalingRate: series(0, 3, 0, 0),
        Throttles_reservedConcurrency: series(0, 2, 0, 0),
        Throttles_accountConcurrency: series(0, 0, 0, 0),
      },
      worker: { BusyOnDemand: series(1, 1, 1, 1), ConcurrentExecutions: series(1, 1, 1, 1) },
    },
  },
});
const scenario = makeScenario({ functions: [makeFunction({ reservedConcurrency: 8 }), makeFunction({ name: 'worker' })] });
const window = { t0: 0, t1: 4 };

describe('selectConcurrency', () => {
  it('stacks the states the engine reported and draws the limits of one function', () => {
    const view = selectConcurrency({ result, scenario, functionFilter: 'api', window, width: 600 });
    expect(view.chart.areas.map((a) => a.key)).toEqual(['InitializingEnvironments', 'BusyOnDemand', 'BusyProvisioned']);
    expect(view.legend.map((l) => l.key)).toEqual([
      'InitializingEnvironments', 'BusyOnDemand', 'BusyProvisioned', 'ConcurrentExecutions', 'reserved', 'ScalingCeiling',
    ]);
    expect(view.legend.find((l) => l.key === 'ScalingCeiling')?.note).toBe('above the chart');
    expect(view.legend.find((l) => l.key === 'reserved')?.note).toBeUndefined();
  });

  it('shows throttles by cause, leaving out causes that never happened', () => {
    const view = selectConcurrency({ result, scenario, functionFilter: 'api', window, width: 600 });
    expect(view.throttleLegend.map((l) => l.label)).toEqual(['Scaling rate', 'Reserved concurrency']);
    expect(view.throttleTotal).toBe(5);
  });

  it('sums functions in the all-functions view and draws the account limit instead of per-function lines', () => {
    const view = selectConcurrency({ result, scenario, functionFilter: null, window, width: 600 });
    expect(view.legend.map((l) => l.key)).toContain('limit');
    expect(view.legend.map((l) => l.key)).not.toContain('reserved');
    expect(readoutAt(result, null, ['BusyOnDemand', 'Missing'], 2.5)).toEqual({ BusyOnDemand: 5, Missing: null });
  });

  it('has no throttle chart when nothing was throttled', () => {
    const view = selectConcurrency({ result, scenario, functionFilter: 'worker', window, width: 600 });
    expect(view.throttles).toBeNull();
    expect(view.chart.areas.map((a) => a.key)).toEqual(['BusyOnDemand']);
  });
});

import { describe, expect, it } from 'vitest';
import { addPoints, bucketRange, reduceSeries, valueAt } from './downsample';
import { formatTick, niceTimeStep, panWindow, timeScale, timeTicks, zoomWindow } from './timeAxis';

describe('time axis', () => {
  it('picks human steps', () => {
    expect(niceTimeStep(900, 8)).toBe(120);
    expect(niceTimeStep(3600, 8)).toBe(600);
    expect(niceTimeStep(10, 8)).toBe(2);
    expect(formatTick(600, 120)).toBe('10 min');
    expect(formatTick(7200, 3600)).toBe('2 h');
    expect(formatTick(2.5, 0.5)).toBe('2.5 s');
  });
  it('places ticks on the shared scale', () => {
    const scale = timeScale({ t0: 0, t1: 60 }, 1000);
    const ticks = timeTicks(scale, 6);
    expect(ticks.map((t) => t.label)).toEqual(['0 s', '10 s', '20 s', '30 s', '40 s', '50 s', '60 s']);
    expect(ticks[0]?.pos).toBe(64);
    expect(ticks.at(-1)?.pos).toBe(1000 - 18);
  });
  it('zooms around a point and pans within the run', () => {
    expect(zoomWindow({ t0: 0, t1: 100 }, 0.5, 50, 100)).toEqual({ t0: 25, t1: 75 });
    expect(zoomWindow({ t0: 0, t1: 100 }, 4, 50, 100)).toEqual({ t0: 0, t1: 100 });
    expect(panWindow({ t0: 25, t1: 75 }, 40, 100)).toEqual({ t0: 50, t1: 100 });
    expect(panWindow({ t0: 25, t1: 75 }, -40, 100)).toEqual({ t0: 0, t1: 50 });
  });
});

describe('downsample', () => {
  const values = Float64Array.from([1, 3, 2, 6, 0, 0]);
  it('keeps every bucket when there is room', () => {
    const range = bucketRange(6, 2, { t0: 0, t1: 12 }, 100);
    expect(range).toEqual({ i0: 0, i1: 6, group: 1 });
    expect(reduceSeries(values, 2, range, 'mean').map(([t]) => t)).toEqual([0, 2, 4, 6, 8, 10, 12]);
  });
  it('reduces groups the way the metric means', () => {
    const range = bucketRange(6, 1, { t0: 0, t1: 6 }, 3);
    expect(reduceSeries(values, 1, range, 'max')).toEqual([[0, 3], [2, 6], [4, 0], [6, 0]]);
    expect(reduceSeries(values, 1, range, 'mean')).toEqual([[0, 2], [2, 4], [4, 0], [6, 0]]);
    expect(reduceSeries(values, 2, bucketRange(6, 2, { t0: 0, t1: 12 }, 3), 'rate')[0]).toEqual([0, 1]);
    expect(addPoints([[0, 1], [1, 2]], [[0, 3], [1, 4]])).toEqual([[0, 4], [1, 6]]);
  });
  it('reads the bucket under a time', () => {
    expect(valueAt(values, 1, 3.5)).toBe(6);
    expect(valueAt(values, 1, 99)).toBe(0);
    expect(valueAt(undefined, 1, 0)).toBeNull();
  });
});

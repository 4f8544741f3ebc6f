import { describe, expect, it } from 'vitest';
import { buildTimeChart, constantPoints } from './chartGeometry';

const window = { t0: 0, t1: 10 };

describe('buildTimeChart', () => {
  it('stacks areas and scales y to the data', () => {
    const g = buildTimeChart({
      width: 500,
      height: 200,
      window,
      yLabel: 'concurrent executions',
      stacked: [
        { key: 'a', label: 'A', color: 'red', points: [[0, 2], [5, 4], [10, 4]] },
        { key: 'b', label: 'B', color: 'blue', points: [[0, 1], [5, 6], [10, 6]] },
      ],
    });
    expect(g.yMax).toBe(12);
    expect(g.areas.map((a) => a.key)).toEqual(['a', 'b']);
    expect(g.areas[0]?.d.startsWith('M64,')).toBe(true);
    expect(g.xTicks[0]?.label).toBe('0 s');
    expect(g.yTicks.map((t) => t.label)).toContain('10');
  });

  it('keeps a far-away limit line from flattening the data, and says it is off scale', () => {
    const g = buildTimeChart({
      width: 500,
      height: 200,
      window,
      yLabel: 'x',
      stacked: [{ key: 'a', label: 'A', color: 'red', points: [[0, 10], [10, 10]] }],
      lines: [
        { key: 'limit', label: 'Account limit', color: 'black', points: constantPoints(1000, window), reference: true },
        { key: 'reserved', label: 'Reserved', color: 'red', points: constantPoints(20, window), reference: true },
      ],
    });
    expect(g.yMax).toBeLessThan(30);
    expect(g.lines.map((l) => [l.key, l.offScale])).toEqual([['limit', true], ['reserved', false]]);
  });

  it('draws an empty chart with a unit axis', () => {
    const g = buildTimeChart({ width: 300, height: 100, window, yLabel: 'x', stacked: [] });
    expect(g.yMax).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { makeResult, series } from '../testing/fixtures';
import { metricsCsv } from './metricsCsv';

describe('metricsCsv', () => {
  it('writes a row per bucket and a column per reported series', () => {
    const result = makeResult({
      series: {
        bucketSeconds: 0.5,
        buckets: 2,
        account: { Throttles: series(0, 2) },
        functions: { 'my,fn': { Invocations: series(3, 4) } },
        sources: [{ AsyncQueueDepth: series(1, 0) }],
      },
    });
    expect(metricsCsv(result)).toBe(
      'timeSeconds,account.Throttles,"function.my,fn.Invocations",source[0].AsyncQueueDepth\n0,0,3,1\n0.5,2,4,0\n',
    );
  });
});

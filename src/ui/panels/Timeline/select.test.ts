import { describe, expect, it } from 'vitest';
import type { EnvironmentSpan } from '../../../engine/resultTypes';
import { makeResult } from '../../testing/fixtures';
import { selectTimeline, spanAt, spansByEnv } from './select';

const span = (env: number, kind: EnvironmentSpan['kind'], start: number, end: number): EnvironmentSpan => ({ env, function: 'api', kind, start, end, detail: '' });
const spans = [span(1, 'init', 0, 1), span(1, 'busy', 1, 2), span(1, 'idle', 2, 10), span(2, 'init', 5, 6), span(2, 'busy', 6, 7)];
const result = makeResult({
  environments: {
    total: 3,
    kept: [
      { env: 2, function: 'api', provisioned: false, createdAt: 5, reapedAt: null, invocations: 1 },
      { env: 1, function: 'api', provisioned: false, createdAt: 0, reapedAt: 9, invocations: 1 },
    ],
    spans,
    spansTotal: 5,
  },
});

describe('selectTimeline', () => {
  it('draws a row per environment in creation order, states as one path each', () => {
    const view = selectTimeline(result, null, { t0: 0, t1: 10 }, 182);
    expect(view.rows.map((r) => r.label)).toEqual(['#1', '#2']);
    expect(view.coldStartsInView).toBe(2);
    const init = view.layers.find((l) => l.kind === 'init');
    expect(init?.d).toBe('M64,10h10v12h-10zM114,24h10v12h-10z');
    expect(view.initTicks).toBe('M64.0,10h10.0v12h-10.0zM114.0,24h10.0v12h-10.0z');
    expect(view.cut).toBeNull();
    expect(view.layers.find((l) => l.kind === 'idle')?.d).toBe('M84,10h80v12h-80z');
    expect(view.rows[0]?.reapedX).toBe(154);
    expect(view.note).toMatch(/created 3 in all and kept the first 2/);
  });

  it('finds the span under the pointer', () => {
    const byEnv = spansByEnv(spans);
    expect(spanAt(byEnv.get(1), 1.5)?.kind).toBe('busy');
    expect(spanAt(byEnv.get(1), 10)).toBeNull();
    expect(spanAt(byEnv.get(3), 1)).toBeNull();
  });

  it('says why it is empty', () => {
    expect(selectTimeline(makeResult(), null, { t0: 0, t1: 10 }, 300).empty).toMatch(/No execution environment/);
  });
});

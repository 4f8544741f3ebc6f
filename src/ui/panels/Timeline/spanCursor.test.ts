import { describe, expect, it } from 'vitest';
import type { EnvironmentSpan } from '../../../engine/resultTypes';
import type { TimelineRow } from './select';
import { describeSpan, initialCursor, moveCursor } from './spanCursor';

const span = (env: number, kind: EnvironmentSpan['kind'], start: number, end: number, detail = ''): EnvironmentSpan => ({ env, function: 'api', kind, start, end, detail });
const byEnv = new Map([
  [1, [span(1, 'init', 0, 1, 'cold start'), span(1, 'busy', 1, 2, 'request 0-1'), span(1, 'idle', 2, 10)]],
  [2, []],
  [3, [span(3, 'init', 5, 6), span(3, 'busy', 6, 7)]],
]);
const row = (env: number, reapedAt: number | null = null): TimelineRow => ({
  env,
  info: { env, function: 'api', provisioned: false, createdAt: 0, reapedAt, invocations: 1 },
  y: 0,
  label: `#${env}`,
  reapedX: null,
});
const rows = [row(1, 10), row(2), row(3)];

describe('the timeline keyboard cursor', () => {
  it('starts on the first span in view', () => {
    expect(initialCursor(rows, byEnv, { t0: 0, t1: 10 })).toEqual({ row: 0, index: 0 });
    expect(initialCursor(rows, byEnv, { t0: 1.5, t1: 10 })).toEqual({ row: 0, index: 1 });
    expect(initialCursor([row(2)], byEnv, { t0: 0, t1: 10 })).toBeNull();
  });

  it('moves along a row, stopping at its ends, and jumps with Home and End', () => {
    const at = { row: 0, index: 0 };
    expect(moveCursor(at, 'ArrowLeft', rows, byEnv)).toEqual(at);
    expect(moveCursor(at, 'ArrowRight', rows, byEnv)).toEqual({ row: 0, index: 1 });
    expect(moveCursor(at, 'End', rows, byEnv)).toEqual({ row: 0, index: 2 });
    expect(moveCursor({ row: 0, index: 2 }, 'ArrowRight', rows, byEnv)).toEqual({ row: 0, index: 2 });
    expect(moveCursor({ row: 0, index: 2 }, 'Home', rows, byEnv)).toEqual(at);
  });

  it('moves between rows to the span nearest in time, skipping rows without spans', () => {
    expect(moveCursor({ row: 0, index: 2 }, 'ArrowDown', rows, byEnv)).toEqual({ row: 2, index: 0 });
    expect(moveCursor({ row: 2, index: 1 }, 'ArrowUp', rows, byEnv)).toEqual({ row: 0, index: 2 });
    expect(moveCursor({ row: 2, index: 1 }, 'ArrowDown', rows, byEnv)).toEqual({ row: 2, index: 1 });
  });

  it('ignores other keys', () => {
    expect(moveCursor({ row: 0, index: 0 }, 'a', rows, byEnv)).toBeNull();
  });

  it('says what a span was, or that the environment was reaped or not alive yet', () => {
    expect(describeSpan(rows[0]!, byEnv.get(1)![1]!, 1)).toMatch(/^Environment #1 \(api, 1 invocations\): Busy \(on-demand environment\), 1(\.0)? s → 2(\.0)? s · request 0-1$/);
    expect(describeSpan(rows[0]!, null, 11)).toMatch(/reaped at 10/);
    expect(describeSpan(rows[2]!, null, 1)).toMatch(/not alive yet$/);
  });
});

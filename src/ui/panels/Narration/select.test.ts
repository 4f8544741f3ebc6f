import { describe, expect, it } from 'vitest';
import { makeResult } from '../../testing/fixtures';
import { selectNarration } from './select';

describe('selectNarration', () => {
  it('orders moments and marks those the playhead has passed', () => {
    const result = makeResult({
      moments: [
        { t: 5, kind: 'firstThrottle', text: 'first throttle' },
        { t: 0.2, kind: 'firstColdStart', text: 'first cold start' },
        { t: 9, kind: 'note', text: 'late' },
      ],
    });
    const view = selectNarration(result, 5);
    expect(view.items.map((i) => [i.time, i.passed, i.tone])).toEqual([
      ['0.20 s', true, 'info'], ['5 s', true, 'problem'], ['9 s', false, 'info'],
    ]);
    expect(view.current).toBe(1);
    expect(selectNarration(makeResult(), 0).empty).toMatch(/Nothing notable/);
  });
});

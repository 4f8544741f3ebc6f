import { describe, expect, it } from 'vitest';
import { formatPath, getPath, parsePath, setPath } from './paths';

describe('paths', () => {
  it('formats and parses the scenario notation', () => {
    expect(formatPath(['functions', 0, 'memoryMB'])).toBe('functions[0].memoryMB');
    expect(parsePath('functions[0].memoryMB')).toEqual(['functions', 0, 'memoryMB']);
    expect(parsePath('sources[1].traffic.steps[2].rate')).toEqual(['sources', 1, 'traffic', 'steps', 2, 'rate']);
  });
  it('reads and writes without mutating', () => {
    const draft = { functions: [{ memoryMB: 128 }] };
    const next = setPath(draft, ['functions', 0, 'memoryMB'], 512);
    expect(getPath(next, ['functions', 0, 'memoryMB'])).toBe(512);
    expect(draft.functions[0]?.memoryMB).toBe(128);
    expect(setPath({}, ['a', 1, 'b'], 2)).toEqual({ a: [undefined, { b: 2 }] });
    expect(getPath(null, ['a'])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { hashValue, stableStringify } from './hash';

describe('hash', () => {
  it('ignores key order and undefined fields', () => {
    expect(stableStringify({ b: 1, a: [2, { d: 1, c: null }], u: undefined })).toBe('{"a":[2,{"c":null,"d":1}],"b":1}');
    expect(hashValue({ a: 1, b: 2 })).toBe(hashValue({ b: 2, a: 1 }));
  });
  it('tells different values apart', () => {
    expect(hashValue({ a: 1 })).not.toBe(hashValue({ a: 2 }));
    expect(hashValue([1, 2])).not.toBe(hashValue([2, 1]));
    expect(hashValue({ a: 1 })).toMatch(/^[0-9a-f]{14}$/);
  });
});

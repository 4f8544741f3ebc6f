import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeJsonError, jsonErrorOffset } from './jsonError';

describe('jsonErrorOffset', () => {
  it('agrees with JSON.parse on validity (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonErrorOffset(JSON.stringify(value, null, 1))).toBeNull();
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonErrorOffset(text) === null).toBe(valid);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['{"a": 1,}', "unexpected '}' at line 1, column 9"],
    ['{\n  "a": tru\n}', "unexpected 't' at line 2, column 8"],
    ['[1, 2', 'unexpected end of input at line 1, column 6'],
    ['', 'unexpected end of input at line 1, column 1'],
    ['{"a": 1} x', "unexpected 'x' at line 1, column 10"],
    ['{"a": 01}', "unexpected '1' at line 1, column 8"],
  ])('%j → %s', (text, message) => {
    expect(describeJsonError(text)).toBe(message);
  });
});

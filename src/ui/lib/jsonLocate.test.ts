import { describe, expect, it } from 'vitest';
import { lineForPath, readJson } from './jsonLocate';

const text = `{
  "version": 1,
  "functions": [
    { "name": "api",
      "memoryMB": 99999 }
  ]
}`;

describe('readJson', () => {
  it('locates every path on its line', () => {
    const read = readJson(text);
    if (!read.ok) throw new Error(read.message);
    expect(read.lineOf.get('version')).toBe(2);
    expect(read.lineOf.get('functions[0].memoryMB')).toBe(5);
    expect(lineForPath(read.lineOf, 'functions[0].timeoutSeconds')).toBe(4);
    expect(lineForPath(read.lineOf, 'sources')).toBe(1);
  });
  it('reports the line and column of a syntax error', () => {
    const read = readJson('{\n  "a": 1,\n  "b" 2\n}');
    expect(read).toMatchObject({ ok: false, line: 3, column: 7, message: "expected ':' but found '2'" });
    expect(readJson('{"a": [1, 2')).toMatchObject({ ok: false, line: 1 });
    expect(readJson('{"a": 1} x')).toMatchObject({ ok: false, message: "expected the end of the text but found 'x'" });
  });
});

/**
 * Reads JSON text for the scenario editor: the value (through JSON.parse), the line on which each
 * path starts (so validation errors named by path can be shown on their line), and for broken text
 * the line and column of the first syntax error.
 */
import { formatPath, type PathKey } from './paths';

export type JsonRead =
  | { ok: true; value: unknown; lineOf: Map<string, number> }
  | { ok: false; message: string; line: number; column: number };

class Scanner {
  pos = 0;
  readonly lineOf = new Map<string, number>();
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }

  lineAt(pos: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  columnAt(pos: number): number {
    return pos - (this.lineStarts[this.lineAt(pos) - 1] ?? 0) + 1;
  }

  fail(message: string): never {
    throw Object.assign(new Error(message), { pos: this.pos });
  }

  skip(): void {
    while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  expect(ch: string): void {
    this.skip();
    if (this.text[this.pos] !== ch) this.fail(this.describe(`expected '${ch}'`));
    this.pos++;
  }

  describe(what: string): string {
    const found = this.text[this.pos];
    return found === undefined ? `${what} but the text ended` : `${what} but found '${found}'`;
  }

  value(path: PathKey[]): void {
    this.skip();
    this.lineOf.set(formatPath(path), this.lineAt(this.pos));
    const ch = this.text[this.pos];
    if (ch === '{') return this.object(path);
    if (ch === '[') return this.array(path);
    if (ch === '"') return void this.string();
    const literal = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!literal) this.fail(this.describe('expected a value'));
    this.pos += literal[0].length;
  }

  string(): string {
    const start = this.pos;
    this.pos++;
    while (this.pos < this.text.length && this.text[this.pos] !== '"') {
      if (this.text[this.pos] === '\n') this.fail('a string may not span lines');
      this.pos += this.text[this.pos] === '\\' ? 2 : 1;
    }
    if (this.pos >= this.text.length) this.fail('a string was not closed');
    this.pos++;
    return JSON.parse(this.text.slice(start, this.pos)) as string;
  }

  object(path: PathKey[]): void {
    this.pos++;
    this.skip();
    if (this.text[this.pos] === '}') return void this.pos++;
    for (;;) {
      this.skip();
      if (this.text[this.pos] !== '"') this.fail(this.describe('expected a "quoted" property name'));
      const key = this.string();
      this.expect(':');
      this.value([...path, key]);
      this.skip();
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.text[this.pos] === '}') return void this.pos++;
      else this.fail(this.describe("expected ',' or '}'"));
    }
  }

  array(path: PathKey[]): void {
    this.pos++;
    this.skip();
    if (this.text[this.pos] === ']') return void this.pos++;
    for (let index = 0; ; index++) {
      this.value([...path, index]);
      this.skip();
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.text[this.pos] === ']') return void this.pos++;
      else this.fail(this.describe("expected ',' or ']'"));
    }
  }
}

export function readJson(text: string): JsonRead {
  const scanner = new Scanner(text);
  try {
    scanner.value([]);
    scanner.skip();
    if (scanner.pos < text.length) scanner.fail(scanner.describe('expected the end of the text'));
    return { ok: true, value: JSON.parse(text) as unknown, lineOf: scanner.lineOf };
  } catch (error) {
    const pos = (error as { pos?: number }).pos ?? 0;
    return {
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      line: scanner.lineAt(pos),
      column: scanner.columnAt(pos),
    };
  }
}

/** The line of the deepest existing ancestor of `path` (errors may name a field that is missing). */
export function lineForPath(lineOf: Map<string, number>, path: string): number | null {
  let current = path;
  for (;;) {
    const line = lineOf.get(current);
    if (line !== undefined) return line;
    if (current === '') return null;
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    current = cut > 0 ? current.slice(0, cut) : '';
  }
}

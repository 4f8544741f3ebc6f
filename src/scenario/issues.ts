/**
 * Problems found in a scenario, each with the JSON path it concerns
 * (`functions[1].timeoutSeconds: must be between 1 and 900`), and the collector validation writes
 * them into. Validation never stops at the first problem: it reports every one.
 */

/** One problem: `path` is a JSON path like `sources[2].traffic.rate` ('' = the whole input). */
export interface Issue {
  path: string;
  message: string;
}

/** `path: message`, or just the message for the whole input. */
export function formatIssue(issue: Issue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}

/** The path of `key` inside the object at `path`. */
export function at(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** The path of element `index` of the array at `path`. */
export function item(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** Collects errors and warnings while a scenario is read. */
export class IssueCollector {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];

  error(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  warn(path: string, message: string): void {
    this.warnings.push({ path, message });
  }

  /** Whether an error was reported at `path` or inside it (cross-field checks skip such values). */
  failed(path: string): boolean {
    return this.errors.some(
      (e) => e.path === path || e.path.startsWith(`${path}.`) || e.path.startsWith(`${path}[`),
    );
  }
}

/** A short, safe description of a value for messages: `"abc"`, `null`, `an array`, `NaN`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return JSON.stringify(shown);
    }
    case 'number':
      return String(value);
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'undefined';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** The closest of `candidates` to `word` (for "did you mean …?"), or null if none is close. */
export function closest(word: string, candidates: readonly string[]): string | null {
  const w = word.toLowerCase();
  let best: string | null = null;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    const d = editDistance(w, c);
    // A shared stem ("timeout" → "timeoutSeconds", "memorySize" → "memoryMB") counts as close too.
    const prefix = commonPrefixLength(w, c);
    const stem = prefix >= 4 && prefix >= Math.min(w.length, c.length) / 2;
    const score = d <= Math.max(2, Math.floor(word.length / 3)) ? d : stem ? 100 - prefix : Infinity;
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

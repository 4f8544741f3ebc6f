/**
 * JSON paths in the scenario's own notation (`functions[0].memoryMB`), and reading/writing a value
 * at a path without mutating the input.
 */
export type PathKey = string | number;

/** ['functions', 0, 'memoryMB'] → "functions[0].memoryMB". */
export function formatPath(path: readonly PathKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key), '');
}

/** "functions[0].memoryMB" → ['functions', 0, 'memoryMB']. */
export function parsePath(text: string): PathKey[] {
  const keys: PathKey[] = [];
  for (const match of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) keys.push(Number(match[2]));
    else if (match[1] !== undefined) keys.push(match[1]);
  }
  return keys;
}

export function getPath(value: unknown, path: readonly PathKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathKey, unknown>)[key];
  }
  return current;
}

/** A copy of `value` with `next` at `path`, creating objects/arrays on the way as needed. */
export function setPath(value: unknown, path: readonly PathKey[], next: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return next;
  const container: Record<PathKey, unknown> | unknown[] = Array.isArray(value)
    ? [...(value as unknown[])]
    : value !== null && typeof value === 'object'
      ? { ...(value as Record<string, unknown>) }
      : typeof key === 'number'
        ? []
        : {};
  const record = container as Record<PathKey, unknown>;
  record[key] = setPath(record[key], rest, next);
  return container;
}

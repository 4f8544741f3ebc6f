/**
 * A simulation result as plain JSON data: typed arrays (the series) become ordinary arrays, so
 * `JSON.stringify` writes them as lists rather than as `{"0": …, "1": …}` objects. Used by
 * `lambdascope run --out` and by the UI's "export JSON".
 */
import type { SimulationResult } from '../engine/resultTypes';

/** `result` with every typed array replaced by a plain array (a deep copy; the result is untouched). */
export function resultToJson(result: SimulationResult): unknown {
  return toPlain(result);
}

/** Any value with typed arrays (at any depth) replaced by plain arrays; non-finite numbers become null. */
export function toPlain(value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number>, (x) => (Number.isFinite(x) ? x : null));
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

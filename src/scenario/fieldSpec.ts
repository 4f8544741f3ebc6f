/**
 * Declarative descriptions of the scenario's leaf fields (numbers, booleans, names, choices):
 * type, allowed range, default and a one-line description. Validation reads fields through them
 * and the JSON Schema is generated from them, so a range is written once and the two never drift.
 */
import type { DestinationType } from './types';
import { at, closest, describe, type IssueCollector } from './issues';

interface FieldBase {
  /** One line for the JSON Schema and editor tooltips; states the unit. */
  description: string;
}

/** A finite number in [min, max] (or (min, max] when `exclusiveMin`), optionally also `orValues`. */
export interface NumberSpec extends FieldBase {
  kind: 'number';
  min: number;
  max: number;
  integer?: boolean;
  exclusiveMin?: boolean;
  /** Extra allowed values outside the range (e.g. −1 = unlimited). */
  orValues?: readonly number[];
  /** Absent = the field is required. */
  default?: number;
}

/** As NumberSpec, or null. */
export interface NullableNumberSpec extends Omit<NumberSpec, 'kind' | 'default'> {
  kind: 'nullableNumber';
  default: number | null;
}

export interface BooleanSpec extends FieldBase {
  kind: 'boolean';
  default: boolean;
}

export interface EnumSpec extends FieldBase {
  kind: 'enum';
  values: readonly string[];
  default?: string;
}

export interface StringSpec extends FieldBase {
  kind: 'string';
  default?: string;
  maxLength: number;
  /** Whole-string pattern, with a human wording of it for messages. */
  pattern?: { regex: RegExp; says: string };
}

/** The name of a destination (checked once destinations are known), or null. */
export interface DestinationRefSpec extends FieldBase {
  kind: 'destinationRef';
  /** The destination types AWS accepts here. */
  accepts: readonly DestinationType[];
}

export type LeafSpec =
  NumberSpec | NullableNumberSpec | BooleanSpec | EnumSpec | StringSpec | DestinationRefSpec;

export type LeafSpecs = Readonly<Record<string, LeafSpec>>;

/** The restored value type of one leaf spec. */
export type LeafValue<S> = S extends { kind: 'number' }
  ? number
  : S extends { kind: 'nullableNumber' }
    ? number | null
    : S extends { kind: 'boolean' }
      ? boolean
      : S extends { kind: 'enum'; values: readonly (infer T)[] }
        ? T
        : S extends { kind: 'string' }
          ? string
          : string | null;

export type LeafValues<S extends LeafSpecs> = { -readonly [K in keyof S]: LeafValue<S[K]> };

/** A destination name read from the scenario, checked against `destinations` at the end. */
export interface DestinationRef {
  path: string;
  name: string;
  accepts: readonly DestinationType[];
}

/** The reading context: issues plus the destination references seen so far. */
export interface ReadContext {
  issues: IssueCollector;
  destinationRefs: DestinationRef[];
}

/** The object at `path`, or null after reporting "must be an object". */
export function readObject(ctx: ReadContext, value: unknown, path: string): Record<string, unknown> | null {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  ctx.issues.error(path, `must be an object (got ${describe(value)})`);
  return null;
}

/** Warn about every key of `obj` that is not in `known` (unknown fields are ignored, not errors). */
export function warnUnknownKeys(
  ctx: ReadContext,
  obj: Record<string, unknown>,
  path: string,
  known: readonly string[],
): void {
  for (const key of Object.keys(obj)) {
    if (known.includes(key)) continue;
    const guess = closest(key, known);
    ctx.issues.warn(at(path, key), `unknown field, ignored${guess ? ` (did you mean "${guess}"?)` : ''}`);
  }
}

/** The range part of a number spec. */
export type RangeSpec = Pick<NumberSpec, 'min' | 'max' | 'integer' | 'exclusiveMin' | 'orValues'>;

/** The words a range check says: "between 1 and 900", "-1 or between 60 and 604800". */
export function rangeText(spec: RangeSpec): string {
  const { min, max, exclusiveMin, orValues } = spec;
  const range =
    max === Infinity
      ? exclusiveMin
        ? `greater than ${min}`
        : `at least ${min}`
      : exclusiveMin
        ? `greater than ${min} and at most ${max}`
        : `between ${min} and ${max}`;
  const extra = orValues && orValues.length > 0 ? `${orValues.join(' or ')} or ` : '';
  return `${extra}${range}`;
}

/** Check a number against a range spec; returns the error message or null. */
export function numberProblem(value: unknown, spec: RangeSpec): string | null {
  if (typeof value !== 'number') return `must be a number (got ${describe(value)})`;
  if (Number.isNaN(value) || !Number.isFinite(value))
    return `must be a finite number (got ${describe(value)})`;
  if (spec.orValues?.includes(value)) return null;
  const fraction = spec.integer === true && !Number.isInteger(value);
  const belowMin = spec.exclusiveMin ? value <= spec.min : value < spec.min;
  if (belowMin || value > spec.max)
    return `must be ${fraction ? 'a whole number ' : ''}${rangeText(spec)} (got ${value})`;
  if (fraction) return `must be a whole number (got ${value})`;
  return null;
}

/** Read one leaf field; on a problem, report it and return the default (the result is then unused). */
export function readLeaf<S extends LeafSpec>(
  ctx: ReadContext,
  obj: Record<string, unknown>,
  key: string,
  path: string,
  spec: S,
): LeafValue<S> {
  const here = at(path, key);
  const raw = obj[key];
  if (raw === undefined) {
    const fallback = defaultOf(spec);
    if (fallback === undefined) ctx.issues.error(here, `required: ${spec.description}`);
    return fallback as LeafValue<S>;
  }
  const problem = leafProblem(raw, spec);
  if (problem !== null) {
    ctx.issues.error(here, problem);
    return defaultOf(spec) as LeafValue<S>;
  }
  if (spec.kind === 'destinationRef' && typeof raw === 'string') {
    ctx.destinationRefs.push({ path: here, name: raw, accepts: spec.accepts });
  }
  return raw as LeafValue<S>;
}

/** Read every leaf of `specs` from `obj`. */
export function readLeaves<S extends LeafSpecs>(
  ctx: ReadContext,
  obj: Record<string, unknown>,
  path: string,
  specs: S,
): LeafValues<S> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs)) out[key] = readLeaf(ctx, obj, key, path, spec);
  return out as LeafValues<S>;
}

/** The default of a leaf spec; undefined when the field is required. */
export function defaultOf(spec: LeafSpec): number | string | boolean | null | undefined {
  return spec.kind === 'destinationRef' ? null : spec.default;
}

function leafProblem(raw: unknown, spec: LeafSpec): string | null {
  switch (spec.kind) {
    case 'number':
      return numberProblem(raw, spec);
    case 'nullableNumber':
      if (raw === null) return null;
      return typeof raw === 'number'
        ? numberProblem(raw, spec)
        : `must be a number or null (got ${describe(raw)})`;
    case 'boolean':
      return typeof raw === 'boolean' ? null : `must be true or false (got ${describe(raw)})`;
    case 'enum':
      return typeof raw === 'string' && spec.values.includes(raw)
        ? null
        : `must be one of ${spec.values.map((v) => JSON.stringify(v)).join(', ')} (got ${describe(raw)})`;
    case 'string':
      return stringProblem(raw, spec);
    case 'destinationRef':
      if (raw === null) return null;
      return typeof raw === 'string' && raw !== ''
        ? null
        : `must be the name of a destination, or null (got ${describe(raw)})`;
    default: {
      const never: never = spec;
      throw new Error(`unknown field spec ${JSON.stringify(never)}`);
    }
  }
}

function stringProblem(raw: unknown, spec: StringSpec): string | null {
  if (typeof raw !== 'string') return `must be a string (got ${describe(raw)})`;
  if (spec.pattern && !spec.pattern.regex.test(raw))
    return `must be ${spec.pattern.says} (got ${describe(raw)})`;
  if (raw.length > spec.maxLength) return `must be at most ${spec.maxLength} characters (got ${raw.length})`;
  return null;
}

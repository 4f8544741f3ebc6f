/**
 * Building blocks of the scenario JSON Schema: the schema of one leaf field spec, and of a closed
 * object of leaf specs (fields without a default are required).
 */
import type { LeafSpec, LeafSpecs, NumberSpec } from './fieldSpec';

export type JsonSchema = { [key: string]: unknown };

export const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });

function rangeKeywords(spec: Omit<NumberSpec, 'kind' | 'description' | 'default'>): JsonSchema {
  return {
    ...(spec.exclusiveMin ? { exclusiveMinimum: spec.min } : { minimum: spec.min }),
    ...(spec.max === Infinity ? {} : { maximum: spec.max }),
  };
}

/** The schema of one leaf field. */
export function leafSchema(spec: LeafSpec): JsonSchema {
  const base = { description: spec.description };
  switch (spec.kind) {
    case 'number': {
      const type = spec.integer ? 'integer' : 'number';
      const fallback = spec.default === undefined ? {} : { default: spec.default };
      if (spec.orValues) {
        return {
          ...base,
          ...fallback,
          anyOf: [...spec.orValues.map((v) => ({ const: v })), { type, ...rangeKeywords(spec) }],
        };
      }
      return { ...base, type, ...rangeKeywords(spec), ...fallback };
    }
    case 'nullableNumber':
      return {
        ...base,
        type: [spec.integer ? 'integer' : 'number', 'null'],
        ...rangeKeywords(spec),
        default: spec.default,
      };
    case 'boolean':
      return { ...base, type: 'boolean', default: spec.default };
    case 'enum':
      return {
        ...base,
        type: 'string',
        enum: [...spec.values],
        ...(spec.default === undefined ? {} : { default: spec.default }),
      };
    case 'string':
      return {
        ...base,
        type: 'string',
        maxLength: spec.maxLength,
        ...(spec.pattern ? { pattern: spec.pattern.regex.source } : {}),
        ...(spec.default === undefined ? {} : { default: spec.default }),
      };
    case 'destinationRef':
      return { ...base, type: ['string', 'null'], minLength: 1, default: null };
    default: {
      const never: never = spec;
      throw new Error(`unknown field spec ${JSON.stringify(never)}`);
    }
  }
}

/** A closed object of `specs` leaves plus `extra` properties; leaves without a default are required. */
export function objectSchema(
  description: string,
  specs: LeafSpecs,
  extra: Record<string, JsonSchema> = {},
  extraRequired: string[] = [],
): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const [key, spec] of Object.entries(specs)) properties[key] = leafSchema(spec);
  const required = [
    ...extraRequired,
    ...Object.entries(specs)
      .filter(
        ([, spec]) =>
          spec.kind !== 'destinationRef' && spec.kind !== 'nullableNumber' && spec.default === undefined,
      )
      .map(([key]) => key),
  ];
  return {
    type: 'object',
    description,
    properties: { ...extra, ...properties },
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}

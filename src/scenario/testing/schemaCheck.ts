/**
 * A small JSON Schema (2020-12 subset) checker for tests: the keywords jsonSchema.ts emits
 * ($ref to #/$defs, type, const, enum, properties, required, additionalProperties: false, items,
 * oneOf, anyOf, minimum, maximum, exclusiveMinimum, minItems, maxItems, uniqueItems, minLength,
 * maxLength, pattern). Returns the problems found, each with its path. An unknown keyword throws,
 * so the checker cannot silently pass a schema it does not understand.
 */
import type { JsonSchema } from '../jsonSchema';

const KNOWN = new Set([
  '$schema',
  '$ref',
  '$defs',
  'title',
  'description',
  'default',
  'type',
  'const',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'oneOf',
  'anyOf',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
]);

/** Problems of `value` against `schema` (empty = valid). */
export function schemaProblems(root: JsonSchema, value: unknown): string[] {
  const problems: string[] = [];
  check(root, root, value, '', problems);
  return problems;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function check(root: JsonSchema, schema: JsonSchema, value: unknown, path: string, out: string[]): void {
  for (const key of Object.keys(schema))
    if (!KNOWN.has(key)) throw new Error(`schemaCheck: unknown keyword ${key}`);
  const fail = (message: string) => out.push(`${path || '(root)'}: ${message}`);
  if (typeof schema['$ref'] === 'string') {
    const name = schema['$ref'].replace('#/$defs/', '');
    const target = (root['$defs'] as Record<string, JsonSchema>)[name];
    if (!target) throw new Error(`schemaCheck: unresolved ${schema['$ref']}`);
    check(root, target, value, path, out);
  }
  if (schema['type'] !== undefined) {
    const allowed = ([] as unknown[]).concat(schema['type']);
    const actual = typeOf(value);
    if (!allowed.includes(actual) && !(actual === 'integer' && allowed.includes('number')))
      fail(`type ${actual} not in ${allowed.join('|')}`);
  }
  if ('const' in schema && JSON.stringify(schema['const']) !== JSON.stringify(value))
    fail(`not ${JSON.stringify(schema['const'])}`);
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value))
    fail(`not one of ${JSON.stringify(schema['enum'])}`);
  if (typeof value === 'number') checkNumber(schema, value, fail);
  if (typeof value === 'string') checkString(schema, value, fail);
  if (Array.isArray(value)) checkArray(root, schema, value, path, out, fail);
  else if (typeof value === 'object' && value !== null)
    checkObject(root, schema, value as Record<string, unknown>, path, out, fail);
  for (const combinator of ['oneOf', 'anyOf'] as const) {
    const options = schema[combinator] as JsonSchema[] | undefined;
    if (!options) continue;
    const matches = options.filter((option) => {
      const sub: string[] = [];
      check(root, option, value, path, sub);
      return sub.length === 0;
    }).length;
    if (combinator === 'oneOf' ? matches !== 1 : matches === 0)
      fail(`${combinator}: ${matches} of ${options.length} options match`);
  }
}

function checkNumber(schema: JsonSchema, value: number, fail: (m: string) => void): void {
  if (typeof schema['minimum'] === 'number' && value < schema['minimum'])
    fail(`below minimum ${schema['minimum']}`);
  if (typeof schema['maximum'] === 'number' && value > schema['maximum'])
    fail(`above maximum ${schema['maximum']}`);
  if (typeof schema['exclusiveMinimum'] === 'number' && value <= schema['exclusiveMinimum'])
    fail(`not above ${schema['exclusiveMinimum']}`);
}

function checkString(schema: JsonSchema, value: string, fail: (m: string) => void): void {
  if (typeof schema['minLength'] === 'number' && value.length < schema['minLength']) fail('too short');
  if (typeof schema['maxLength'] === 'number' && value.length > schema['maxLength']) fail('too long');
  if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value))
    fail(`does not match ${schema['pattern']}`);
}

function checkArray(
  root: JsonSchema,
  schema: JsonSchema,
  value: unknown[],
  path: string,
  out: string[],
  fail: (m: string) => void,
): void {
  if (typeof schema['minItems'] === 'number' && value.length < schema['minItems']) fail('too few items');
  if (typeof schema['maxItems'] === 'number' && value.length > schema['maxItems']) fail('too many items');
  if (schema['uniqueItems'] === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length)
    fail('items not unique');
  const items = schema['items'] as JsonSchema | undefined;
  if (items) value.forEach((v, i) => check(root, items, v, `${path}[${i}]`, out));
}

function checkObject(
  root: JsonSchema,
  schema: JsonSchema,
  value: Record<string, unknown>,
  path: string,
  out: string[],
  fail: (m: string) => void,
): void {
  const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
  for (const key of (schema['required'] ?? []) as string[])
    if (!(key in value)) fail(`missing required ${key}`);
  for (const [key, v] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    const sub = properties[key];
    if (sub) check(root, sub, v, here, out);
    else if (schema['additionalProperties'] === false) out.push(`${here}: not a property the schema knows`);
  }
}

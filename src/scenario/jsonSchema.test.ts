import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildScenarioSchema, scenarioSchemaText } from './jsonSchema';
import { schemaProblems } from './testing/schemaCheck';
import { scenarioInputArb } from './testing/arbitraries';
import { requireScenario } from './builders';
import { PRESETS } from './presets';

const schema = buildScenarioSchema();

describe('scenario JSON Schema', () => {
  it('is committed up to date in public/scenario.schema.json (run `npm run schema`)', () => {
    const committed = readFileSync(new URL('../../public/scenario.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(scenarioSchemaText());
  });

  it('declares draft 2020-12 and the required top-level fields', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['required']).toEqual(['version', 'durationSeconds', 'functions', 'sources']);
  });

  it.each(PRESETS.map((p) => [p.id, p.scenario] as const))(
    'knows every property preset %s uses',
    (_id, scenario) => {
      expect(schemaProblems(schema, scenario)).toEqual([]);
    },
  );

  it('accepts every valid generated input and its fully restored form', () => {
    fc.assert(
      fc.property(scenarioInputArb(), (input) => {
        expect(schemaProblems(schema, input)).toEqual([]);
        expect(schemaProblems(schema, JSON.parse(JSON.stringify(requireScenario(input))))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('carries the same ranges as validation', () => {
    const base = { version: 1, durationSeconds: 60, sources: [{ type: 'sync', function: 'a' }] };
    expect(schemaProblems(schema, { ...base, functions: [{ name: 'a', timeoutSeconds: 901 }] })).toEqual([
      'functions[0].timeoutSeconds: above maximum 900',
    ]);
    expect(schemaProblems(schema, { ...base, functions: [{ name: 'a', memorySize: 512 }] })).toEqual([
      'functions[0].memorySize: not a property the schema knows',
    ]);
  });

  it('describes and defaults leaf fields', () => {
    const fn = (schema['$defs'] as Record<string, { properties: Record<string, Record<string, unknown>> }>)[
      'function'
    ];
    expect(fn?.properties['memoryMB']).toMatchObject({
      type: 'integer',
      minimum: 128,
      maximum: 10_240,
      default: 128,
    });
    expect(fn?.properties['memoryMB']?.['description']).toMatch(/MB/);
  });
});

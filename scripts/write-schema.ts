/**
 * Writes the JSON Schema of the scenario format to public/scenario.schema.json (`npm run schema`).
 * A test fails when the committed file differs from what this would write.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioSchemaText } from '../src/scenario/jsonSchema';

const target = fileURLToPath(new URL('../public/scenario.schema.json', import.meta.url));
writeFileSync(target, scenarioSchemaText());
console.log(`wrote ${target}`);

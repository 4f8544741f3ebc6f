#!/usr/bin/env node
// `npx lambdascope …` from a checkout: register tsx's TypeScript loader, then run the CLI source
// (src/cli/main.ts) directly — there is no separate build step for the command line.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const tsconfig = new URL('../tsconfig.json', import.meta.url);
register({ tsconfig: fileURLToPath(tsconfig) });
await import(new URL('../src/cli/main.ts', import.meta.url).href);

/**
 * Builds a bench entry into one plain JavaScript file with esbuild (no keepNames wrappers, as in
 * the production worker bundle), so the figures measure the engine and not the TypeScript loader.
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';

export async function bundleForNode(entry: string, outfile: string): Promise<string> {
  mkdirSync('node_modules/.bench', { recursive: true });
  const path = `node_modules/.bench/${outfile}`;
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: path, logLevel: 'warning' });
  return path;
}

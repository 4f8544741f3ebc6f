/**
 * `npm run bench`: prints figures, asserts nothing (AGENTS rule 6: speed is measured, not asserted).
 * - engine: simulated requests per wall-clock second and peak heap, one hour and ten hours of
 *   1,000 requests per second (memory must stay flat in run length);
 * - app: initial JavaScript (gzipped) of the production build, and the browser figures of
 *   bench/ui.ts when a Chromium is available.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { bundleForNode } from './bundle';
import { bundleFigures } from './bundleSize';

async function main(): Promise<void> {
  console.log('── engine ──');
  const engine = await bundleForNode('bench/engineMain.ts', 'engine.mjs');
  const run = spawnSync('node', ['--expose-gc', engine], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = 1;

  console.log('\n── production build ──');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  for (const line of bundleFigures('dist')) console.log(line);

  console.log('\n── browser ──');
  const ui = spawnSync('npx', ['tsx', 'bench/ui.ts'], { stdio: 'inherit' });
  if (ui.status !== 0) console.log('(browser benchmark did not run: see above)');
}

await main();

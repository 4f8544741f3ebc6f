// Browser tests on the production build: make sure a Chromium exists, build, run Playwright.
import { spawnSync } from 'node:child_process';
import { ensureBrowser } from './ensure-browser.mjs';

const browser = await ensureBrowser().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
const env = { ...process.env, CHROMIUM_PATH: browser };
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;
if (!process.argv.includes('--no-build') && run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) process.exit(1);
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2).filter((a) => a !== '--no-build')]));

// `npm test`: types, lint, unit and property tests, then the browser tests on the production build.
// Ends with one line `N passed, N failed` over unit and browser tests together (a failed type
// check or lint counts as one failure each).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
let passed = 0;
let failed = 0;

function step(title, cmd, args) {
  console.log(`\n── ${title} ──`);
  const status = spawnSync(cmd, args, { stdio: 'inherit', env }).status;
  return status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

if (!step('type check', 'npm', ['run', '--silent', 'typecheck'])) failed += 1;
if (!step('lint', 'npm', ['run', '--silent', 'lint'])) failed += 1;

rmSync('artifacts/unit.json', { force: true });
const unitOk = step('unit and property tests', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=artifacts/unit.json',
]);
const unit = readJson('artifacts/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (!unitOk && unit.numFailedTests === 0) failed += 1; // a suite that failed to load
} else failed += 1;

const e2eOk = step('browser tests (production build, real Chromium)', 'node', ['scripts/e2e.mjs']);
const e2e = existsSync('test-results/e2e.json') ? readJson('test-results/e2e.json') : null;
if (e2e?.stats) {
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected + (e2e.stats.flaky ?? 0);
  if (!e2eOk && e2e.stats.unexpected === 0) failed += 1;
} else if (!e2eOk) failed += 1;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

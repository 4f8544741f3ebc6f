// Finds a Chromium for the browser tests, or installs one, or says in one line what to run.
// Order: $CHROMIUM_PATH, /usr/bin/chromium, Playwright's own download; then, when none exists,
// `apt-get install chromium` as root on Debian, else `npx playwright install chromium` when the
// internet answers. Never a long hang: the network probe gives up after 3 seconds.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

async function playwrightBrowser() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** The browser executable to use, or null when there is none on this machine. */
export async function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
  }
  for (const path of CANDIDATES) if (existsSync(path)) return path;
  return playwrightBrowser();
}

async function internetAnswers() {
  const probe = lookup('playwright.azureedge.net');
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000));
  try {
    await Promise.race([probe, timeout]);
    return true;
  } catch {
    return false;
  }
}

function isDebianRoot() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** Ensures a browser exists and returns its path, installing one where this machine allows. */
export async function ensureBrowser() {
  const found = await findBrowser();
  if (found) return found;
  if (isDebianRoot()) {
    console.log('No Chromium found: installing Debian\'s chromium package (about a minute)…');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-o', 'DPkg::Lock::Timeout=600', 'chromium'], { stdio: 'inherit' });
    const installed = await findBrowser();
    if (installed) return installed;
  } else if (await internetAnswers()) {
    console.log('No Chromium found: running `npx playwright install chromium`…');
    const run = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
    const installed = run.status === 0 ? await findBrowser() : null;
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium for the browser tests: run `sudo apt-get install -y chromium` (Debian) or `npx playwright install chromium`, or set CHROMIUM_PATH.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureBrowser().then(
    (path) => console.log(path),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}

/**
 * The browser benchmark (prints figures, asserts nothing): on the production build served by
 * `vite preview`, in Chromium (/usr/bin/chromium or $CHROMIUM_PATH),
 * - time from navigation to the first drawn chart (aim < 400 ms), with where it goes: the app's
 *   `lambdascope:*` marks (entry → worker-created → worker-start → worker-sim-start/-end, which the
 *   worker reports across the boundary; app-loaded → shell-rendered → run-start → run-end →
 *   first-chart) beside the browser's own paint and navigation milestones,
 * - main-thread long tasks while a one-hour, 1,000 requests/s scenario simulates and plays back
 *   at 1000× (aim: none over 50 ms),
 * - initial JavaScript, gzipped (aim < 120 kB; the JSON editor, timeline, model notes and exports
 *   load later).
 * `npx tsx bench/ui.ts [--no-build] [--first-chart-only]`, or `runUiBench()` from bench/index.ts.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeScenario } from '../src/scenario/urlCodec';

export interface UiBenchResult {
  /** Navigation start → first chart drawn (ms), each of several fresh loads. */
  firstChartMs: number[];
  /** Each load's milestones (ms after navigation start): where the time to the first chart goes. */
  breakdown: Record<string, number>[];
  /** The one-hour 1,000 rps scenario: wall time to simulate, and long tasks meanwhile and during playback. */
  heavy: { simulateMs: number; playbackMs: number; longTasks: number; over50: number; maxLongTaskMs: number } | null;
  initialJsGzipBytes: number;
  initialFiles: string[];
}

const LOADS = 7;
const PORT = Number(process.env.BENCH_PORT ?? 4175);
const BASE = `http://127.0.0.1:${PORT}`;

/** One function behind a synchronous API at 1,000 requests/s for an hour. */
const HEAVY_SCENARIO = {
  version: 1,
  name: 'Benchmark: one hour at 1,000 requests/s',
  description: 'A synchronous API under steady Poisson load.',
  durationSeconds: 3600,
  functions: [{ name: 'api', memoryMB: 512, duration: { distribution: 'lognormal', median: 0.08, p99: 0.4 } }],
  sources: [{ type: 'sync', function: 'api', traffic: { pattern: 'poisson', rate: 1000 } }],
};

/** The JS the page loads before anything is clicked: index.html's module script and its preloads. */
export function initialJs(dist = 'dist'): { bytes: number; files: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f.replace(/^\//, '')))).length, 0);
  return { bytes, files };
}

function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}

async function startPreview(): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--bypass-lock'], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer on ${BASE}`);
}

/** One fresh load: the app's `lambdascope:*` marks (ms after navigation), plus the navigation's own milestones. */
async function firstChart(page: Page): Promise<Record<string, number>> {
  await page.goto(BASE);
  await page.locator('[data-testid="concurrency-chart-marks"] path').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('lambdascope:first-chart').length > 0);
  return page.evaluate(() => {
    const marks: Record<string, number> = {};
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (nav) {
      marks['html received'] = nav.responseEnd;
      marks['DOMContentLoaded'] = nav.domContentLoadedEventStart;
    }
    for (const e of performance.getEntriesByType('paint')) marks[e.name] = e.startTime;
    for (const e of performance.getEntriesByType('mark')) if (e.name.startsWith('lambdascope:') && !(e.name.slice(12) in marks)) marks[e.name.slice(12)] = e.startTime;
    return marks;
  });
}

async function heavyRun(page: Page): Promise<NonNullable<UiBenchResult['heavy']>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  const started = Date.now();
  await page.goto(`${BASE}/#${encodeScenario(HEAVY_SCENARIO)}`);
  await page.locator('[data-testid="concurrency-chart-marks"] path').first().waitFor({ timeout: 600_000 });
  const simulateMs = Date.now() - started;
  await page.getByRole('combobox', { name: /Speed/ }).selectOption('1000');
  const playStart = Date.now();
  await page.getByTestId('play-toggle').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="play-toggle"]')?.textContent?.includes('Play'), undefined, { timeout: 120_000, polling: 100 });
  const playbackMs = Date.now() - playStart;
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  return { simulateMs, playbackMs, longTasks: tasks.length, over50: tasks.filter((d) => d > 50).length, maxLongTaskMs: Math.round(Math.max(0, ...tasks)) };
}

export async function runUiBench(options: { build?: boolean; heavy?: boolean } = {}): Promise<UiBenchResult> {
  if (options.build !== false) {
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const { bytes, files } = initialJs();
  const server = await startPreview();
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
  try {
    const breakdown: Record<string, number>[] = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      breakdown.push(await firstChart(await context.newPage()));
      await context.close();
    }
    const firstChartMs = breakdown.map((b) => Math.round(b['first-chart'] ?? NaN));
    let heavy: UiBenchResult['heavy'] = null;
    if (options.heavy !== false) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      heavy = await heavyRun(await context.newPage());
      await context.close();
    }
    return { firstChartMs, breakdown, heavy, initialJsGzipBytes: bytes, initialFiles: files };
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

/** Each milestone's median over the loads, in time order. */
export function medianMilestones(loads: Record<string, number>[]): [string, number][] {
  const names = [...new Set(loads.flatMap((l) => Object.keys(l)))];
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  return names.map((n): [string, number] => [n, median(loads.map((l) => l[n]).filter((v): v is number => v !== undefined))]).sort((a, b) => a[1] - b[1]);
}

export function printUiBench(r: UiBenchResult): void {
  const sorted = [...r.firstChartMs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  console.log(`first chart drawn: median ${median} ms (runs: ${r.firstChartMs.join(', ')} ms; the first includes a cold cache) — aim < 400 ms`);
  console.log('  where the time goes (median over the loads, ms after navigation start):');
  for (const [name, ms] of medianMilestones(r.breakdown)) console.log(`    ${String(Math.round(ms)).padStart(5)}  ${name}`);
  if (r.heavy) {
    console.log(`one hour at 1,000 rps: simulated and drawn in ${(r.heavy.simulateMs / 1000).toFixed(1)} s; played back at 1000× in ${(r.heavy.playbackMs / 1000).toFixed(1)} s`);
    console.log(`  main-thread long tasks: ${r.heavy.longTasks} (over 50 ms: ${r.heavy.over50}; longest ${r.heavy.maxLongTaskMs} ms) — aim none over 50 ms`);
  }
  console.log(`initial JS (gzip): ${(r.initialJsGzipBytes / 1024).toFixed(1)} kB in ${r.initialFiles.length} files — aim < 120 kB`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printUiBench(await runUiBench({ build: !process.argv.includes('--no-build'), heavy: !process.argv.includes('--first-chart-only') }));
}

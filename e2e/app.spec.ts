import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEFAULT_PRESET_ID, PRESETS } from '../src/scenario/presets';
import { collectErrors, screenshot, waitForRun } from './helpers';

const PANELS = ['summary', 'concurrency', 'narration', 'queues', 'timeline', 'deadletters'];

test('opens on the default scenario, simulated in the worker and drawn with d3 (worker → query → store → SVG)', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await waitForRun(page);
  await expect(page.getByTestId(`preset-${DEFAULT_PRESET_ID}`)).toHaveAttribute('aria-pressed', 'true');
  for (const id of PANELS) await expect(page.getByTestId(`panel-${id}`)).toBeVisible();
  await expect(page.getByTestId('summary-identity')).toContainText('✓ adds up');
  await expect(page).toHaveURL(/#v1\./);
  // The worker started simulating before the app loaded, and the app's request took that run over.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('lambdascope:worker-sim-start').length)).toBe(1);
  await screenshot(page, '01-default-scenario');
  await screenshot(page, '01-default-scenario-full', true);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  expect(errors).toEqual([]);
});

test('switching preset redraws every panel', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  const first = await waitForRun(page);
  const before = await page.locator('[data-testid="concurrency-chart-marks"] path').first().getAttribute('d');
  const other = PRESETS.find((p) => p.id !== DEFAULT_PRESET_ID);
  if (!other) throw new Error('need two presets');
  await page.getByTestId(`preset-${other.id}`).click();
  await waitForRun(page, first);
  await expect(page.getByTestId(`preset-${other.id}`)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-testid="concurrency-chart-marks"] path').first()).not.toHaveAttribute('d', before ?? '');
  for (const id of PANELS) await expect(page.getByTestId(`panel-${id}`)).toBeVisible();
  await screenshot(page, '02-preset-switched');
  expect(errors).toEqual([]);
});

test('a form edit re-simulates and updates the link; reloading the link gives the same summary', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  const first = await waitForRun(page);
  const url = page.url();
  await page.getByTestId('tab-form').click();
  const rate = page.getByRole('textbox', { name: /Traffic|Rate from/ }).first();
  await rate.fill('37');
  const second = await waitForRun(page, first);
  await expect.poll(() => page.url()).not.toBe(url);
  await expect(page.getByTestId('scenario-name')).toContainText('edited');
  const summary = await page.getByTestId('summary-identity').innerText();
  await screenshot(page, '03-form-edit');
  const link = page.url();
  const fresh = await page.context().newPage();
  await fresh.goto(link);
  await waitForRun(fresh);
  await expect(fresh.getByTestId('panels')).toHaveAttribute('data-run', second);
  await expect(fresh.getByTestId('summary-identity')).toHaveText(summary);
  expect(errors).toEqual([]);
});

test('a value out of range is reported, not clamped, and the last good result stays', async ({ page }) => {
  await page.goto('/');
  const first = await waitForRun(page);
  await page.getByTestId('tab-form').click();
  await page.getByRole('textbox', { name: 'Memory (MB)' }).fill('99999');
  await expect(page.getByText(/memoryMB|between 128 and 10,?240|at most 10,?240/i).first()).toBeVisible();
  await expect(page.getByTestId('draft-invalid')).toBeVisible();
  await expect(page.getByTestId('panels')).toHaveAttribute('data-run', first);
  await screenshot(page, '04-invalid-value');
});

test('the JSON editor shows a syntax error on its line and keeps the draft', async ({ page }) => {
  await page.goto('/');
  const first = await waitForRun(page);
  await page.getByTestId('tab-json').click();
  const area = page.getByTestId('json-textarea');
  await expect(area).toBeVisible();
  const text = await area.inputValue();
  await area.fill(text.replace('"version": 1,', '"version": 1'));
  await expect(page.getByTestId('json-errors')).toContainText(/Line \d+, column \d+/);
  await expect(page.getByTestId('panels')).toHaveAttribute('data-run', first);
  await screenshot(page, '05-json-editor-error');
  await page.reload();
  await expect(page.getByTestId('json-errors')).toContainText(/Line \d+/);
});

test('a broken link is explained and a preset is shown instead', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/#v1.this-is-not-a-scenario');
  await expect(page.getByTestId('broken-link')).toContainText('could not be opened');
  await waitForRun(page);
  await screenshot(page, '06-broken-link');
  expect(errors).toEqual([]);
});

test('the cold-start timeline shows cold starts', async ({ page }) => {
  await page.goto('/');
  await waitForRun(page);
  const timeline = page.getByTestId('timeline-chart');
  await expect(timeline).toBeVisible();
  await expect(timeline.locator('path[data-kind="init"]').last()).toHaveAttribute('d', /^M/);
  await expect(page.getByTestId('timeline-summary')).toContainText(/[1-9][\d,]* cold starts? in view/);
  await timeline.scrollIntoViewIfNeeded();
  await screenshot(page, '07-timeline');
});

test('the cold-start timeline can be read with the keyboard, span by span', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await waitForRun(page);
  const rows = page.getByTestId('timeline-rows');
  const status = page.getByTestId('timeline-span');
  await rows.focus();
  await page.keyboard.press('ArrowRight');
  await expect(status).toHaveText(/^Environment #\d+ \(checkout-api, [\d,]+ invocations\): Initialising \(cold start\), /);
  await expect(page.getByTestId('timeline-cursor')).toBeVisible();
  const first = await status.innerText();
  await page.keyboard.press('ArrowRight');
  await expect(status).not.toHaveText(first);
  await expect(status).toHaveText(/^Environment #\d+ .*: (Busy|Idle)/);
  const sameRow = (await status.innerText()).split(':')[0];
  await page.keyboard.press('ArrowDown');
  await expect(status).not.toHaveText(new RegExp(`^${sameRow?.replace(/[()]/g, '\\$&')}:`));
  await page.keyboard.press('End');
  await expect(status).toHaveText(/^Environment #\d+/);
  // The arrows moved the span cursor, not the playhead.
  await expect(page.getByTestId('play-toggle')).toContainText('Play');
  await rows.scrollIntoViewIfNeeded();
  await screenshot(page, '07b-timeline-keyboard');
  const axe = await new AxeBuilder({ page }).include('[data-testid="panel-timeline"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  expect(errors).toEqual([]);
});

test('playback moves the playhead; space pauses', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await waitForRun(page);
  const playhead = page.getByTestId('concurrency-chart').getByTestId('playhead');
  await page.getByTestId('play-toggle').click();
  const start = Number(await playhead.getAttribute('data-playhead'));
  await expect.poll(async () => Number(await playhead.getAttribute('data-playhead'))).toBeGreaterThan(start);
  await page.locator('body').press('Space');
  await expect(page.getByTestId('play-toggle')).toContainText('Play');
  const paused = await playhead.getAttribute('data-playhead');
  await page.locator('body').press('ArrowLeft');
  await expect(playhead).not.toHaveAttribute('data-playhead', paused ?? '');
  expect(errors).toEqual([]);
});

test('model notes list the constants the engine used', async ({ page }) => {
  await page.goto('/');
  await waitForRun(page);
  await page.getByTestId('open-model-notes').click();
  const notes = page.getByTestId('model-notes');
  await expect(notes).toContainText('AWS-documented');
  await expect(notes).toContainText('Assumption');
  await screenshot(page, '08-model-notes');
  const axe = await new AxeBuilder({ page }).include('[data-testid="model-notes"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

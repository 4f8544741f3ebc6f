import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PRESETS } from '../src/scenario/presets';
import { collectErrors, screenshot, waitForRun } from './helpers';

test('every preset draws every panel without a panel failing', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  let run = await waitForRun(page);
  for (const preset of PRESETS) {
    const button = page.getByTestId(`preset-${preset.id}`);
    const wasActive = (await button.getAttribute('aria-pressed')) === 'true';
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    run = await waitForRun(page, wasActive ? undefined : run);
    await expect(page.getByText(/panel could not be drawn/)).toHaveCount(0);
    await expect(page.getByTestId('summary-identity')).toContainText('✓ adds up');
    await screenshot(page, `preset-${preset.id}`);
  }
  expect(errors).toEqual([]);
});

test('exports the result as JSON and the metrics as CSV', async ({ page }) => {
  await page.goto('/');
  await waitForRun(page);
  await page.getByText('Export').click();
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Result (JSON)' }).click()]);
  const result = JSON.parse(readFileSync((await json.path()) ?? '', 'utf8')) as { summary: { requests: number }; series: { buckets: number } };
  expect(result.summary.requests).toBeGreaterThan(0);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Metrics (CSV)' }).click()]);
  const lines = readFileSync((await csv.path()) ?? '', 'utf8').trim().split('\n');
  expect(lines[0]).toMatch(/^timeSeconds,/);
  expect(lines).toHaveLength(result.series.buckets + 1);
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Charts (SVG)' }).click()]);
  expect(readFileSync((await svg.path()) ?? '', 'utf8')).toMatch(/^<svg xmlns/);
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Charts (PNG)' }).click()]);
  expect(readFileSync((await png.path()) ?? '').subarray(1, 4).toString()).toBe('PNG');
});

test('copy link copies the live link, or offers it to select when the clipboard is blocked', async ({ page }) => {
  await page.goto('/');
  await waitForRun(page);
  await page.getByTestId('copy-link').click();
  const manual = page.getByTestId('share-url');
  await expect(page.getByTestId('copy-link').or(manual)).toBeVisible();
  if (await manual.isVisible()) await expect(manual).toHaveValue(/#v1\./);
  else await expect(page.getByTestId('copy-link')).toContainText('copied');
});

test('the editing views have no accessibility violations', async ({ page }) => {
  await page.goto('/');
  await waitForRun(page);
  await page.getByTestId('tab-form').click();
  await expect(page.getByTestId('scenario-form')).toBeVisible();
  await screenshot(page, '10-form');
  let axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `form: ${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  await page.getByTestId('tab-json').click();
  await expect(page.getByTestId('json-textarea')).toBeVisible();
  axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `json: ${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
});

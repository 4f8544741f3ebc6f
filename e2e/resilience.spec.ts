import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Worker } from '@playwright/test';
import { DEFAULT_PRESET_ID, PRESETS } from '../src/scenario/presets';
import { collectErrors, screenshot, waitForRun } from './helpers';

const other = PRESETS.find((p) => p.id !== DEFAULT_PRESET_ID);
if (!other) throw new Error('need two presets');

test('a real worker crash is reported, the worker is restarted and the run comes back', async ({ page }) => {
  const errors = collectErrors(page);
  const workers: Worker[] = [];
  page.on('worker', (w) => workers.push(w));
  await page.goto('/');
  const first = await waitForRun(page);
  expect(workers).toHaveLength(1);
  // No hook in the app: the test throws an uncaught error inside the production worker itself.
  await workers[0]?.evaluate(() => void setTimeout(() => {
    throw new Error('injected by the browser test');
  }));
  await expect(page.getByTestId('worker-error')).toContainText(/simulation worker crashed .*injected by the browser test.*restarted/);
  await screenshot(page, '11-worker-crashed');
  // The charts on screen stay; the next run starts a fresh worker.
  await expect(page.getByTestId('panels')).toHaveAttribute('data-run', first);
  await page.getByTestId(`preset-${other.id}`).click();
  await waitForRun(page, first);
  expect(workers).toHaveLength(2);
  await expect(page.getByTestId('worker-error')).toHaveCount(0);
  expect(errors.filter((e) => !e.includes('injected by the browser test'))).toEqual([]);
});

test('a preset replacing an edited draft keeps it, and it can be restored', async ({ page }) => {
  await page.goto('/');
  const first = await waitForRun(page);
  await page.getByTestId('tab-form').click();
  await page.getByRole('textbox', { name: /Traffic|Rate from/ }).first().fill('37');
  const edited = await waitForRun(page, first);
  await page.getByTestId('tab-presets').click();
  await page.getByTestId(`preset-${other.id}`).click();
  await waitForRun(page, edited);
  await expect(page.getByTestId('draft-backup')).toContainText(`replaced by the preset “${other.title}”`);
  await screenshot(page, '12-draft-backup');
  const axe = await new AxeBuilder({ page }).include('[data-testid="draft-backup"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  await page.reload();
  await expect(page.getByTestId('draft-backup')).toBeVisible();
  await page.getByTestId('restore-draft').click();
  await expect(page.getByTestId('panels')).toHaveAttribute('data-run', edited);
  await expect(page.getByTestId('scenario-name')).toContainText('edited');
  await expect(page.getByTestId('draft-backup')).toHaveCount(0);
});

test('a share link replacing an edited draft keeps it too', async ({ page }) => {
  await page.goto('/');
  const first = await waitForRun(page);
  const link = page.url();
  await page.getByTestId('tab-form').click();
  await page.getByRole('textbox', { name: /Traffic|Rate from/ }).first().fill('41');
  const edited = await waitForRun(page, first);
  await expect.poll(() => page.url()).not.toBe(link);
  await page.goto('about:blank');
  await page.goto(link);
  await waitForRun(page, edited);
  await expect(page.getByTestId('draft-backup')).toContainText('replaced by a share link');
  await page.getByTestId('restore-draft').click();
  await expect(page.getByTestId('panels')).toHaveAttribute('data-run', edited);
});

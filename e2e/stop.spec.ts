import { expect, test } from '@playwright/test';
import { encodeScenario } from '../src/scenario/urlCodec';
import { collectErrors, waitForRun } from './helpers';

/** Long enough that the run is still going when the button is pressed (10 h at 1,000 requests/s). */
const LONG_RUN = {
  version: 1,
  name: 'A long run to stop',
  durationSeconds: 36_000,
  functions: [{ name: 'api', duration: 0.1 }],
  sources: [{ type: 'sync', function: 'api', traffic: { pattern: 'poisson', rate: 1000 } }],
};

test('a long run shows progress and can be stopped, keeping what was simulated', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`/#${encodeScenario(LONG_RUN)}`);
  await expect(page.getByTestId('run-progress')).toBeVisible();
  await page.getByTestId('run-stop').click();
  await waitForRun(page);
  const banner = page.getByTestId('run-truncated');
  await expect(banner).toContainText(/Run stopped early: stopped on request at t = .* of 10 h/);
  await expect(banner.getByRole('button', { name: 'Run the whole scenario' })).toBeVisible();
  await expect(page.getByTestId('run-progress')).toHaveCount(0);
  expect(errors).toEqual([]);
});

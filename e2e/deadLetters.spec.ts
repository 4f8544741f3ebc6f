import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PRESETS } from '../src/scenario/presets';
import { collectErrors, screenshot, waitForRun } from './helpers';

/** The preset whose async retries end in a dead-letter queue. */
const asyncToDlq = PRESETS.find((p) => p.id === 'async-retries-dlq');

test('the dead-letter table fills for an async-to-DLQ preset', async ({ page }) => {
  expect(asyncToDlq, 'the async-retries-dlq preset exists').toBeDefined();
  const errors = collectErrors(page);
  await page.goto('/');
  const first = await waitForRun(page);
  await page.getByTestId(`preset-${asyncToDlq?.id}`).click();
  await waitForRun(page, first);
  const table = page.getByTestId('dlq-table');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('panel-queues-empty')).toHaveCount(0);
  // The queue legends read the series at the playhead (at the end of the run after a new run).
  await expect(page.getByTestId('panel-queues').getByTestId('legend-value').first()).toHaveText(/^[\d.,]+[kM]?( s)?$/);
  await table.scrollIntoViewIfNeeded();
  await screenshot(page, '09-dead-letters');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  expect(errors).toEqual([]);
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PRESETS } from '../src/scenario/presets';
import { collectErrors, screenshot, waitForRun } from './helpers';

/** A preset with an async source whose failures go to a DLQ or on-failure destination. */
const asyncToDlq = PRESETS.find((p) => {
  const s = p.scenario as { sources?: { type?: string }[]; functions?: { async?: { onFailure?: unknown; deadLetterQueue?: unknown } }[] };
  return s.sources?.some((x) => x.type === 'async') && s.functions?.some((f) => f.async?.onFailure || f.async?.deadLetterQueue);
});

test('the dead-letter table fills for an async-to-DLQ preset', async ({ page }) => {
  test.skip(!asyncToDlq, 'no async-to-DLQ preset yet');
  const errors = collectErrors(page);
  await page.goto('/');
  const first = await waitForRun(page);
  await page.getByTestId(`preset-${asyncToDlq?.id}`).click();
  await waitForRun(page, first);
  const table = page.getByTestId('dlq-table');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('panel-queues-empty')).toHaveCount(0);
  await table.scrollIntoViewIfNeeded();
  await screenshot(page, '09-dead-letters');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  expect(errors).toEqual([]);
});

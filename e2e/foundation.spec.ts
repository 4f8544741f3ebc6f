import { expect, test } from '@playwright/test';

test('worker → query → store → SVG path, with no console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  const path = page.getByTestId('erlang-path');
  await expect(path).toHaveAttribute('d', /^M0,/);
  expect(errors).toEqual([]);
});

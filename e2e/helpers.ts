import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SCREENSHOTS = 'artifacts/screenshots';

/** Collects console errors and page errors; check with `expect(errors).toEqual([])`. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Waits until a run is drawn: the concurrency chart has marks. Returns the run's hash. */
export async function waitForRun(page: Page, previous?: string): Promise<string> {
  const panels = page.getByTestId('panels');
  if (previous) await expect(panels).not.toHaveAttribute('data-run', previous);
  else await expect(panels).toHaveAttribute('data-run', /.+/);
  await expect(page.locator('[data-testid="concurrency-chart-marks"] path').first()).toHaveAttribute('d', /^M\d/);
  return (await panels.getAttribute('data-run')) ?? '';
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage });
}

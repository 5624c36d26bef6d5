import { expect, test } from '@playwright/test';
import { collectErrors } from './helpers';

test('the app opens in Chromium, computes the first view in the worker and logs no console errors', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await expect(page.getByTestId('landscape')).toBeVisible();
  // The worker computed both runs of the first view: gradient descent and Adam on Rosenbrock
  // (generous: under two busy cores the first results can take seconds).
  await expect(page.getByTestId('trajectory-0')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: 'test-results/screenshots/first-view.png' });
  expect(errors).toEqual([]);
});

import { expect, test } from '@playwright/test';

test('the page opens in Chromium, runs the engine worker and logs no console errors', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Descent' })).toBeVisible();
  // The worker computed both runs of the first view.
  await expect(page.getByTestId('results').getByRole('listitem')).toHaveCount(2);
  await expect(page.getByTestId('results')).toContainText('adam');
  await page.screenshot({ path: 'test-results/screenshots/placeholder.png' });
  expect(errors).toEqual([]);
});

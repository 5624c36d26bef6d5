/**
 * The shipped data sets offline (issue 22; docs/offline.md): they are not precached, but the
 * service worker keeps each one the first time a scenario fetches it, so a set once used trains
 * again with the network gone. Against the production build (the service worker's only home).
 */
import { expect, test } from '@playwright/test';
import { collectErrors, settled } from './helpers';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 90_000 });

const IRIS = '/?p=softmax-regression(data=(set=iris))&n=50';

test('a data set used once works offline', async ({ page, context }) => {
  await page.goto('/');
  const dev = (await page.locator('script[src="/@vite/client"]').count()) > 0;
  test.skip(dev, 'the dev server registers no service worker (docs/offline.md)');
  await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  const cached = () =>
    page.evaluate(async () => (await caches.match('/data/iris.csv.gz')) !== undefined);
  expect(await cached()).toBe(false);

  await page.goto(IRIS);
  await settled(page);
  await expect.poll(cached, { timeout: 20_000 }).toBe(true);

  await context.setOffline(true);
  const errors = collectErrors(page);
  await page.goto(IRIS);
  await settled(page);
  await page.getByRole('tab', { name: 'Data' }).click();
  await expect(page.getByTestId('score-test')).toContainText('%', { timeout: 20_000 });
  expect(
    errors.filter(
      (text) =>
        !/Failed to update a ServiceWorker|ERR_INTERNET_DISCONNECTED|unknown error occurred when fetching the script/.test(
          text,
        ),
    ),
  ).toEqual([]);
});

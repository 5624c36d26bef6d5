import { expect, test } from '@playwright/test';
import { eachTestOpens, expectState, frames, paintedPixels, state } from './helpers';

/**
 * A model's landscape is a 2D slice through its weights (docs/slices.md): painted, labelled as a
 * slice, with every run projected onto it, and the plane's directions chosen by the user.
 */
const MLP_LINK = '/?v=1&p=mlp&n=300&o=gd(lr=0.5)&o=adam(lr=0.01)&sel=2';

// Each test trains two networks, one trains them twice: seconds, more on a shared machine.
test.describe.configure({ timeout: 120_000 });

// Training two 337-parameter networks takes a moment in the worker.
eachTestOpens((page) => page.getByTestId('slice-badge'), { url: MLP_LINK, timeout: 30_000 });

test('an MLP’s landscape is a painted, labelled slice with both runs projected on it', async ({
  page,
}) => {
  const badge = page.getByTestId('slice-badge');
  await expect(badge).toContainText('2D slice of a 337-parameter loss');
  await expect(badge).toContainText('principal directions');
  await expect(page.getByTestId('landscape')).toHaveAttribute('aria-label', /2D slice/);
  await expect(page.getByText('PC 1', { exact: true })).toBeVisible();
  await expect.poll(() => paintedPixels(page), { timeout: 20_000 }).toBeGreaterThan(100);
  for (const i of [0, 1]) await expect(page.getByTestId(`trajectory-${i}`)).toBeVisible();
  // The projected runs are what is drawn: 301 points of 2 coordinates each.
  await expectState(page, 's.planeResults?.[1].trajectory.length').toBe(602);
  await expectState(page, 's.results?.[1].dim').toBe(337);
  await page.screenshot({ path: 'test-results/screenshots/slice-mlp.png' });
});

test('random directions give another plane, and the link says so', async ({ page }) => {
  const before = await page.getByTestId('trajectory-1').getAttribute('d');
  await page.getByRole('combobox', { name: 'slice directions' }).selectOption('random');
  // The new plane comes from the worker: the badge says so once it is computed.
  await expect(page.getByTestId('slice-badge')).toContainText('random filter-normalised', {
    timeout: 30_000,
  });
  await expect(page.getByText('direction 1', { exact: true })).toBeVisible();
  await expect
    .poll(() => page.getByTestId('trajectory-1').getAttribute('d'), { timeout: 30_000 })
    .not.toBe(before);
  await expect.poll(() => page.url()).toContain('slice=random');
  await page.reload();
  await expect(page.getByTestId('slice-badge')).toContainText('random filter-normalised', {
    timeout: 30_000,
  });
});

test('a click on the slice does not move a model’s start (its initial weights)', async ({
  page,
}) => {
  const start = JSON.stringify(await state(page, 's.scenario.start'));
  const box = (await page.getByTestId('landscape').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.3);
  // The click has been handled (pointer events are synchronous); a frame for any follow-up.
  await frames(page, 2);
  expect(JSON.stringify(await state(page, 's.scenario.start'))).toBe(start);
  // Any training still under way finishes first: a probe waits behind it in the compute worker,
  // and a second probe sent meanwhile restarts the worker and the training with it.
  await expect
    .poll(() => state(page, 's.resultsScenario === s.scenario && !s.computing'), {
      timeout: 60_000,
    })
    .toBe(true);
  // Hovering reads the slice's f and gradient from the worker.
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  // Generous: the probe shares the compute worker with training, which a busy machine slows.
  await expect(page.getByTestId('hover-readout')).toContainText(/PC 1 = .*f = [-\d.]/, {
    timeout: 30_000,
  });
});

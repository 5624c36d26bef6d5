/** Share: copy link, lesson links, embedding, scenario files (issue 4, point 4 and 5). */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectState, frames, state } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
});

test('copy link puts this view’s link on the clipboard and confirms', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('slider', { name: 'step' }).fill('42');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByText('Copied to the clipboard')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(
    /^http:\/\/localhost:\d+\/\?v=1&o=gd\(lr=0\.001\)&o=adam\(lr=0\.1\)&t=42$/,
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();
});

test('a lesson link shows only the chosen controls', async ({ page }) => {
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await dialog.getByRole('checkbox', { name: 'learning rate α' }).check();
  await dialog.getByRole('checkbox', { name: /^the timeline/ }).check();
  const lessonLink = dialog.getByRole('textbox', { name: 'Lesson link' });
  await expect(lessonLink).toHaveValue(/show=lr,play/);
  const link = await lessonLink.inputValue();

  await page.goto(link);
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
  const adam = page.getByRole('region', { name: 'Run 2: Adam' });
  await expect(adam.getByRole('slider', { name: 'learning rate α' })).toBeVisible();
  await expect(adam.getByRole('slider', { name: 'β1' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add optimizer' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Problem:/ })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  // Clicking the landscape does not move the start: not part of this lesson.
  const start = await state(page, 's.scenario.start');
  const box = (await page.getByTestId('landscape').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.7);
  await frames(page, 2); // the click handled, and a frame for anything it would set off
  expect(await state(page, 's.scenario.start')).toEqual(start);
  // α still works, and the lesson stays in the link.
  await adam.getByRole('slider', { name: 'learning rate α' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => new URL(page.url()).search).toContain('show=lr,play');
});

test('the embed snippet shows the landscape and timeline without editing chrome', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Share' }).click();
  const embed = page.getByRole('dialog', { name: 'Share this view' }).getByRole('textbox', {
    name: /^Embed/,
  });
  await expect(embed).toHaveValue(/^<iframe src="http:\/\/localhost:\d+\/\?v=1&amp;.*embed=1" /);
  const snippet = await embed.inputValue();
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  await page.setContent(
    `<!doctype html><body style="margin:0">${snippet.replace(/src="[^"]+"/, `src="${src}"`)}</body>`,
  );
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
  await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();
  // The landscape fills the frame above the timeline, under its legend of the runs and its
  // tools (polled: the frame's layout settles): most of the 520 px frame.
  await expect
    .poll(async () => (await frame.getByTestId('landscape').boundingBox())?.height ?? 0)
    .toBeGreaterThan(0.6 * 520);
  await expect(frame.getByTestId('embed-run-legend')).toBeVisible();
  await expect(frame.getByRole('spinbutton', { name: 'steps' })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Add optimizer' })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Share' })).toHaveCount(0);
  await expect(frame.getByRole('link', { name: /Open in Descent/ })).toHaveAttribute(
    'href',
    /^http.*\?v=1&o=gd/,
  );
});

test('export a scenario file, then import it by file picker and by drag and drop', async ({
  page,
}, testInfo) => {
  await page
    .getByRole('region', { name: 'Run 2: Adam' })
    .getByRole('textbox', { name: /learning rate/ })
    .first()
    .fill('0.05');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const file = testInfo.outputPath('scenario.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({
    version: 1,
    steps: 500,
    optimizers: [{ type: 'gd' }, { type: 'adam', lr: 0.05 }],
  });

  // Import by the file picker: a changed scenario opens.
  exported.optimizers.push({ type: 'rmsprop', lr: 0.01 });
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: 'Import JSON…' }).click(),
  ]);
  await chooser.setFiles({
    name: 'three.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('trajectory-2')).toBeVisible({ timeout: 20_000 });

  // Drag and drop a file with a bad field: it opens, with a notice of what was ignored.
  exported.optimizers = [{ type: 'adam', lr: 0.02, beta1: 7 }];
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return data;
  }, JSON.stringify(exported));
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop a lesson or scenario file')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await expect(page.getByTestId('trajectory-1')).toHaveCount(0);
  await expectState(page, 's.scenario.optimizers').toEqual([{ type: 'adam', lr: 0.02 }]);
  await expect(page.getByRole('status', { name: 'Link notice' })).toContainText('beta1');

  // Not JSON: refused with the reason, the view stays.
  await page.evaluate(() => undefined);
  const bad = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['{oops'], 'broken.json', { type: 'application/json' }));
    return data;
  });
  await page.dispatchEvent('body', 'drop', { dataTransfer: bad });
  await expect(page.getByText(/Could not open broken\.json/)).toBeVisible();
  await expectState(page, 's.scenario.optimizers.length').toBe(1);
});

test('own data too large for a link: the dialog says so, the link marks it, opening it tells why', async ({
  page,
}) => {
  // 1,500 points of one's own (a CSV): too many for a link.
  await state(
    page,
    `s.setProblem({ type: 'linear-regression', data: { points: Array.from({ length: 1500 }, (_, i) => [i / 1000 + 0.123456, 2 * i / 1000 + 1.0987654]) } })`,
  );
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog.getByTestId('share-data-warning')).toContainText('1,500 points');
  const linkBox = dialog.getByRole('textbox', { name: 'Link to exactly this view' });
  await expect(linkBox).toHaveValue(/d=omitted\(n=1500\)/);
  const link = await linkBox.inputValue();
  await page.keyboard.press('Escape');

  await page.goto(link);
  await expect(page.getByText(/own data \(1,500 points\), too many for a link/)).toBeVisible({
    timeout: 20_000,
  });
  await expectState(page, 's.scenario.problem').toEqual({ type: 'linear-regression' });

  // A few points do travel, exactly.
  await state(
    page,
    `s.setProblem({ type: 'linear-regression', data: { points: [[0, 1], [1, 3.1], [2, 4.9]] } })`,
  );
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(dialog.getByTestId('share-data-warning')).toHaveCount(0);
  await expect(linkBox).toHaveValue(/d=0_1~1_3\.1~2_4\.9/);
});

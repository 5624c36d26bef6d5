/**
 * The share dialog in class (issue 14, point 1): *present* and *predict* as checkboxes that
 * change the link, and a QR code of the exact link for students' phones.
 */
import jsQR from 'jsqr';
import { expect, test, type Locator } from '@playwright/test';
import { collectErrors } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
});

/** How many of the QR's modules are dark: its path's rectangles, summed. */
const darkModules = (qr: Locator) =>
  qr
    .locator('path')
    .getAttribute('d')
    .then((d) => [...(d ?? '').matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0));

test('present and predict change the link, and the QR code follows it', async ({ page }) => {
  const errors = collectErrors(page);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  const link = dialog.getByRole('textbox', { name: 'Link to exactly this view' });
  const qr = dialog.getByTestId('share-qr');
  await expect(qr).toBeVisible();
  await expect(link).not.toHaveValue(/present=|predict=/);
  await expect(qr).toHaveAttribute('data-qr-text', await link.inputValue());
  expect(await darkModules(qr)).toBeGreaterThan(200);
  await expect(qr).toHaveAttribute('data-qr-level', 'M');

  await dialog.getByRole('checkbox', { name: /presentation mode/ }).check();
  await expect(link).toHaveValue(/[?&]present=1(&|$)/);
  await expect(link).not.toHaveValue(/predict=/);
  await dialog.getByRole('checkbox', { name: /runs hidden/ }).check();
  await expect(link).toHaveValue(/[?&]predict=1(&|$)/);
  const both = await link.inputValue();
  await expect(qr).toHaveAttribute('data-qr-text', both);

  await dialog.getByRole('checkbox', { name: /presentation mode/ }).uncheck();
  await expect(link).not.toHaveValue(/present=/);
  await expect(qr).toHaveAttribute('data-qr-text', await link.inputValue());

  // With a lesson chosen, the QR carries the lesson link, present/predict included.
  await dialog.getByRole('checkbox', { name: 'learning rate α' }).check();
  const lesson = dialog.getByRole('textbox', { name: 'Lesson link' });
  await expect(lesson).toHaveValue(/show=lr/);
  await expect(lesson).toHaveValue(/predict=1/);
  await expect(qr).toHaveAttribute('data-qr-text', await lesson.inputValue());

  // The link opens as chosen: the runs hidden for the class to predict.
  await page.goto(await lesson.inputValue());
  await expect(page.getByTestId('landscape')).toBeVisible({ timeout: 20_000 });
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (
            window as unknown as { __descent: { store: { getState(): { predicting: boolean } } } }
          ).__descent.store.getState().predicting,
      ),
    )
    .toBe(true);
  expect(errors).toEqual([]);
});

/**
 * The QR code as Chromium draws it, rasterised at 4 pixels a module (the SVG drawn into a
 * canvas), then read in Node by jsQR, an independent decoder: what a phone would read.
 */
async function readQr(qr: Locator): Promise<string | null> {
  const image = await qr.evaluate(async (svg) => {
    const size = Number(svg.getAttribute('data-qr-size')) + 8;
    const side = size * 4;
    const source = new XMLSerializer().serializeToString(svg);
    const picture = new Image(side, side);
    picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = side;
    const context = canvas.getContext('2d')!;
    context.drawImage(picture, 0, 0, side, side);
    return { side, data: Array.from(context.getImageData(0, 0, side, side).data) };
  });
  const code = jsQR(Uint8ClampedArray.from(image.data), image.side, image.side);
  return code ? new TextDecoder().decode(Uint8Array.from(code.binaryData)) : null;
}

test('a phone reads the QR code as the exact link shown', async ({ page }) => {
  await page.goto('/?v=1&o=adam(lr=0.1)&o=gd(lr=0.001,label=学习率太小)&lang=zh');
  await page.getByRole('button', { name: '分享' }).click();
  const qr = page.getByTestId('share-qr');
  await expect(qr).toBeVisible();
  const link = await qr.getAttribute('data-qr-text');
  expect(link).toMatch(/label=/);
  expect(await readQr(qr)).toBe(link);
});

test('the QR code stays inside the dialog at 1280×720 and is black on white', async ({ page }) => {
  await page.getByRole('button', { name: 'Share' }).click();
  const qr = page.getByTestId('share-qr');
  await expect(qr).toBeVisible();
  const box = (await qr.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(160);
  expect(box.y + box.height).toBeLessThanOrEqual(720);
  await expect(qr.locator('path')).toHaveAttribute('fill', '#000000');
  await expect(qr.locator('rect')).toHaveAttribute('fill', '#ffffff');
});

/**
 * The landscape in 3D (issue 19; docs/3d.md) in Chromium with software WebGL (SwiftShader: the
 * suite's --disable-gpu leaves it on). The canvas is read back with readPixels (the scene keeps
 * its drawing buffer), so each check is of what was painted.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectState, settled, state } from './helpers';

const canvas = (page: Page) => page.getByTestId('landscape-3d');

/** Opens `url` and waits until the 3D view has drawn its surface and both runs. */
async function open3d(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(canvas(page)).toHaveAttribute('data-surface', 'ready', { timeout: 20_000 });
  await expect(canvas(page)).toHaveAttribute('data-paths', '2', { timeout: 20_000 });
  await settled(page);
}

/**
 * What the 3D canvas shows, read back: how many sampled pixels differ from the background (the
 * corner's colour), and a checksum of them all.
 */
function painted(page: Page): Promise<{ differing: number; sum: number }> {
  return canvas(page).evaluate((element: HTMLCanvasElement) => {
    const gl = (element.getContext('webgl2') ?? element.getContext('webgl'))!;
    const { drawingBufferWidth: width, drawingBufferHeight: height } = gl;
    const data = new Uint8Array(width * height * 4);
    gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, data);
    let differing = 0;
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) {
      sum = (sum * 31 + data[i]! * 7 + data[i + 1]! * 3 + data[i + 2]!) % 1_000_000_007;
      if (i % (4 * 37) === 0 && (data[i] !== data[0] || data[i + 1] !== data[1])) differing++;
    }
    return { differing, sum };
  });
}

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = collectErrors(page);
});
test.afterEach(() => {
  // SwiftShader's notes on read-backs are warnings, not errors: none may be logged.
  expect(errors).toEqual([]);
});

test('the 3D view paints the surface; a drag, the keys and the reset button move the camera', async ({
  page,
}) => {
  await open3d(page, '/?view=3d');
  // The surface covers a good part of the view (a blank canvas differs nowhere).
  await expect.poll(async () => (await painted(page)).differing).toBeGreaterThan(1500);
  const first = await canvas(page).getAttribute('data-camera');

  // A drag turns the surface; the camera reaches the store and the link when it ends.
  const box = (await canvas(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 30, { steps: 4 });
  await page.mouse.up();
  await expect(canvas(page)).not.toHaveAttribute('data-camera', first!);
  await expectState(page, 's.camera3d && s.camera3d.azimuth').not.toBeNull();
  // Frames are coarse while it turns (scene.ts); once it rests, the picture is at full resolution.
  await expect(canvas(page)).toHaveAttribute('data-resolution', 'full');
  expect(
    await canvas(page).evaluate(
      (element: HTMLCanvasElement) =>
        Math.abs(element.width - element.clientWidth * (window.devicePixelRatio || 1)) <= 1,
    ),
  ).toBe(true);
  await expect.poll(() => new URL(page.url()).searchParams.get('cam')).not.toBeNull();

  // The arrow keys turn it when the view has focus, and the timeline's step stays.
  const cursor = await state(page, 's.cursor');
  const dragged = (await state(page, 's.camera3d')) as { azimuth: number; elevation: number };
  await page.getByRole('application', { name: /in 3D/ }).focus();
  await page.keyboard.press('ArrowUp');
  await expectState(page, 's.camera3d.elevation').toBeGreaterThan(dragged.elevation);
  expect(await state(page, 's.cursor')).toBe(cursor);

  await page.getByRole('button', { name: 'Reset camera' }).click();
  await expectState(page, 's.camera3d').toBeNull();
  await expect(canvas(page)).toHaveAttribute('data-camera', first!);
});

test('a learning-rate change and the timeline repaint the paths; hover reads f', async ({
  page,
}) => {
  await open3d(page, '/?view=3d');
  const before = (await painted(page)).sum;
  const slider = page
    .getByRole('region', { name: 'Run 1: Gradient descent' })
    .getByRole('slider', { name: 'learning rate α', exact: true });
  await slider.focus();
  await slider.press('ArrowRight');
  await expectState(page, 's.scenario.optimizers[0].lr').toBeGreaterThan(0.001);
  await settled(page);
  await expect.poll(async () => (await painted(page)).sum).not.toBe(before);

  // The paths follow the timeline: at step 10 most of each path is the future, drawn faded.
  const whole = (await painted(page)).sum;
  await state(page, 's.setCursor(10)');
  await expect.poll(async () => (await painted(page)).sum).not.toBe(whole);

  // Hovering the surface reads out x, y and f there, as in 2D.
  const box = (await canvas(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('hover-readout-3d')).toContainText(/f = \d/);
});

test('a link opens 2D and 3D side by side with its camera and height', async ({ page }) => {
  await open3d(page, '/?view=split&cam=120,30,2,0.2,-0.1&z=f');
  await expect(canvas(page)).toHaveAttribute('data-camera', '120,30,2,0.2,-0.1');
  expect(await state(page, 's.camera3d')).toEqual({
    azimuth: 120,
    elevation: 30,
    zoom: 2,
    target: [0.2, -0.1],
  });
  expect(await state(page, 's.height3d')).toBe('linear');
  // Both views at once, and the 2D one is drawn too.
  await expect(page.getByTestId('landscape')).toBeVisible();
  await expect(page.getByRole('button', { name: '2D + 3D' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('without WebGL the 3D view says so, and the 2D view is one click away', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      ...args: Parameters<typeof original>
    ) {
      return args[0].startsWith('webgl') ? null : original.apply(this, args);
    } as typeof original;
  });
  await page.goto('/?view=3d');
  await expect(page.getByTestId('no-webgl')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Show the 2D view' }).click();
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('no-webgl')).toHaveCount(0);
});

/**
 * The landscape in 3D (issue 19; docs/3d.md) in Chromium with software WebGL (SwiftShader: the
 * suite's --disable-gpu leaves it on). The canvas is read back with readPixels (the scene keeps
 * its drawing buffer), so each check is of what was painted.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { collectErrors, expectState, frames, settled, state } from './helpers';

const canvas = (page: Page) => page.getByTestId('landscape-3d');

/** Opens `url` and waits until the 3D view has drawn its surface and both runs. */
async function open3d(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(canvas(page)).toHaveAttribute('data-surface', 'ready', { timeout: 20_000 });
  await expect(canvas(page)).toHaveAttribute('data-paths', '2', { timeout: 20_000 });
  await settled(page);
}

/** The camera the view draws (its link form, `azimuth,elevation,zoom,x,y`), as numbers. */
async function drawnCamera(page: Page): Promise<number[]> {
  return (await canvas(page).getAttribute('data-camera'))!.split(',').map(Number);
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

  // + zooms in, Shift + an arrow pans, 0 goes back to the first camera.
  await page.keyboard.press('+');
  await expectState(page, 's.camera3d.zoom').toBeGreaterThan(1);
  await page.keyboard.press('Shift+ArrowLeft');
  await expectState(page, 's.camera3d.target[0] !== 0 || s.camera3d.target[1] !== 0').toBe(true);
  await page.keyboard.press('0');
  await expectState(page, 's.camera3d').toBeNull();

  await page.keyboard.press('ArrowLeft');
  await expectState(page, 's.camera3d').not.toBeNull();
  await page.getByRole('button', { name: 'Reset camera' }).click();
  await expectState(page, 's.camera3d').toBeNull();
  await expect(canvas(page)).toHaveAttribute('data-camera', first!);
});

/**
 * Touches as a screen sends them, through the DevTools protocol (the browser makes its own
 * pointer events from them): `fingers[k]` is where each finger is at step k, down at the first,
 * lifted after the last.
 */
async function touch(cdp: CDPSession, fingers: { x: number; y: number }[][]): Promise<void> {
  for (const [k, points] of fingers.entries())
    await cdp.send('Input.dispatchTouchEvent', {
      type: k === 0 ? 'touchStart' : 'touchMove',
      touchPoints: points.map((p, id) => ({ ...p, id })),
    });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** `steps` + 1 positions of fingers moving in a straight line each, from `from` to `to`. */
const glide = (from: { x: number; y: number }[], to: { x: number; y: number }[], steps = 8) =>
  Array.from({ length: steps + 1 }, (_, k) =>
    from.map((p, i) => ({
      x: p.x + ((to[i]!.x - p.x) * k) / steps,
      y: p.y + ((to[i]!.y - p.y) * k) / steps,
    })),
  );

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('one finger turns the surface, a pinch zooms, two fingers moving together pan', async ({
    page,
  }) => {
    await open3d(page, '/?view=3d');
    const box = (await canvas(page).boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const [azimuth, elevation] = await drawnCamera(page);

    // One finger: the camera turns, and reaches the store when the finger lifts.
    await touch(cdp, glide([{ x: cx, y: cy }], [{ x: cx + 90, y: cy + 30 }]));
    await expectState(page, 's.camera3d && s.camera3d.azimuth').not.toBeNull();
    const turned = (await state(page, 's.camera3d')) as { azimuth: number; zoom: number };
    expect(turned.azimuth).not.toBe(azimuth);
    expect(turned.zoom).toBe(1);
    expect((await drawnCamera(page))[1]).not.toBe(elevation);

    // A pinch: two fingers 80 px apart spread to 240 px, about their unmoved midpoint.
    await touch(
      cdp,
      glide(
        [
          { x: cx - 40, y: cy },
          { x: cx + 40, y: cy },
        ],
        [
          { x: cx - 120, y: cy },
          { x: cx + 120, y: cy },
        ],
      ),
    );
    await expectState(page, 's.camera3d.zoom').toBeGreaterThan(2);
    const pinched = (await state(page, 's.camera3d')) as { azimuth: number; zoom: number };
    // Spreading the fingers zooms; it does not turn the surface.
    expect(pinched.azimuth).toBe(turned.azimuth);
    await expect.poll(async () => (await drawnCamera(page))[2]).toBe(pinched.zoom);

    // Two fingers moving together pan: the point orbited moves, the zoom stays.
    await touch(
      cdp,
      glide(
        [
          { x: cx - 60, y: cy },
          { x: cx + 60, y: cy },
        ],
        [
          { x: cx - 60, y: cy + 70 },
          { x: cx + 60, y: cy + 70 },
        ],
      ),
    );
    await expectState(page, 's.camera3d.target[0] !== 0 || s.camera3d.target[1] !== 0').toBe(true);
    expect(await state(page, 's.camera3d.zoom')).toBeCloseTo(pinched.zoom, 1);
  });
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

test('a run’s averaged point is a second, dashed path in 3D as in 2D', async ({ page }) => {
  // ASGD averages from its first step (t0=0): its average is the dashed path in both views.
  await open3d(page, '/?v=1&p=booth&x0=-5,-5&n=200&o=asgd(lr=0.1,t0=0)&o=gd(lr=0.05)&view=split');
  await expect(canvas(page)).toHaveAttribute('data-averaged-paths', '1');
  await expect(page.getByTestId('averaged-0')).toBeVisible();
  // The key says which is which, in 3D as in 2D.
  await expect(page.getByTestId('averaged-key-3d')).toContainText('averaged point (ASGD’s ax)');
  await expect(page.getByTestId('averaged-key')).toBeVisible();
  const withAverage = (await painted(page)).sum;
  // Gradient descent keeps no average: the dashed path goes, and the picture changes.
  await state(page, 's.setOptimizerType(0, "gd")');
  await expect(canvas(page)).toHaveAttribute('data-averaged-paths', '0');
  await expect(page.getByTestId('averaged-0')).toHaveCount(0);
  await expect(page.getByTestId('averaged-key-3d')).toHaveCount(0);
  await settled(page);
  await expect.poll(async () => (await painted(page)).sum).not.toBe(withAverage);
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

test('hovering reads out x, y and f of the surface point under the pointer', async ({ page }) => {
  // The sphere, f = x² + y²: the read-out's f is checked against its own x and y.
  await open3d(page, '/?view=3d&p=sphere');
  const box = (await canvas(page).boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.55);
  const readout = page.getByTestId('hover-readout-3d');
  await expect(readout).toContainText(/f = \d/);
  const number = (name: string) => async () => {
    const text = (await readout.textContent())!.replace(/−/g, '-');
    return Number(new RegExp(`${name} = (-?[\\d.e+-]+)`).exec(text)![1]);
  };
  const [x, y, f] = [await number('x')(), await number('y')(), await number('f')()];
  expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  // x and y are printed to 4 significant digits: f agrees to within their rounding.
  expect(Math.abs(f - (x * x + y * y))).toBeLessThan(0.01 * (x * x + y * y) + 1e-3);
});

test('PNG saves the 3D view as drawn, at its full resolution', async ({ page }) => {
  await open3d(page, '/?view=3d');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PNG', exact: true }).click();
  expect((await download).suggestedFilename()).toBe('descent-rosenbrock-landscape-3d.png');
  const png = await readFile((await (await download).path())!);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // The header's size is the canvas' drawing buffer: the view's size × the device's pixels.
  const size = await canvas(page).evaluate((element: HTMLCanvasElement) => [
    element.width,
    element.height,
  ]);
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual(size);
  // A painted surface, not a blank canvas (which compresses to a few hundred bytes).
  expect(png.length).toBeGreaterThan(20_000);
});

test('the dark theme draws the view on its dark panel, and switching theme repaints it', async ({
  page,
}) => {
  const corner = () =>
    canvas(page).evaluate((element: HTMLCanvasElement) => {
      const gl = (element.getContext('webgl2') ?? element.getContext('webgl'))!;
      const pixel = new Uint8Array(4);
      gl.readPixels(1, gl.drawingBufferHeight - 2, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
      return (pixel[0]! + pixel[1]! + pixel[2]!) / 3;
    });
  await page.emulateMedia({ colorScheme: 'light' });
  await open3d(page, '/?view=3d');
  await expect.poll(corner).toBeGreaterThan(200);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(corner).toBeLessThan(60);
});

test('a model’s slice in 3D: its surface, its runs and the caption under the view', async ({
  page,
}) => {
  await page.goto('/?view=3d&p=mlp');
  await expect(canvas(page)).toHaveAttribute('data-surface', 'ready', { timeout: 40_000 });
  await expect(canvas(page)).toHaveAttribute('data-paths', '2', { timeout: 20_000 });
  // A slice is sampled as coarsely as its contour picture (each node a pass over the data).
  expect(Number(await canvas(page).getAttribute('data-mesh-side'))).toBeLessThanOrEqual(48);
  // (The 2D view's own caption is laid out unseen under the 3D view.)
  const caption = page.locator('.landscape3d').getByTestId('slice-badge');
  await expect(caption).toContainText('2D slice');
  await expect(page.getByRole('application', { name: /in 3D/ })).toHaveAccessibleName(/2D slice/);
  // Under the view, not over the picture.
  const view = (await canvas(page).boundingBox())!;
  const below = (await caption.boundingBox())!;
  expect(below.y).toBeGreaterThanOrEqual(view.y + view.height - 1);
  await expect.poll(async () => (await painted(page)).differing).toBeGreaterThan(1500);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing turns by itself: no frame is drawn while nothing changes', async ({ page }) => {
    await open3d(page, '/?view=3d');
    await expect(canvas(page)).toHaveAttribute('data-resolution', 'full');
    const drawn = await canvas(page).getAttribute('data-frames');
    const camera = await canvas(page).getAttribute('data-camera');
    // Half a second of animation frames: an auto-rotation would have drawn thirty.
    await frames(page, 30);
    await expect(canvas(page)).toHaveAttribute('data-frames', drawn!);
    await expect(canvas(page)).toHaveAttribute('data-camera', camera!);
  });
});

test('in Chinese and in presentation mode', async ({ page }) => {
  await open3d(page, '/?view=3d&lang=zh');
  await expect(page.getByRole('application', { name: /（三维）/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '复位视角' })).toBeDisabled();
  await expect(page.getByRole('button', { name: '2D 和 3D' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption('en');
  await expect(page.getByRole('button', { name: 'Reset camera' })).toBeVisible();

  // Presenting: the view stays, drawn again at its new size with the larger lines.
  const before = (await painted(page)).sum;
  await page.keyboard.press('p');
  await expect(page.locator('.app')).toHaveClass(/app--present/);
  await expect.poll(async () => (await painted(page)).sum).not.toBe(before);
  expect(
    await canvas(page).evaluate(
      (element: HTMLCanvasElement) =>
        Math.abs(element.width - element.clientWidth * (window.devicePixelRatio || 1)) <= 1,
    ),
  ).toBe(true);
  await expect(canvas(page)).toHaveAttribute('data-paths', '2');
});

test('side by side, the 3D view shows the region the 2D plot shows; alone, the window itself', async ({
  page,
}) => {
  // Booth's window is square; the 2D plot beside the 3D view is not, so it shows more of x or y.
  await open3d(page, '/?p=booth&view=split');
  const plot = page.getByTestId('landscape');
  const shown = await plot.getAttribute('data-view');
  const [x0, x1, y0, y1] = shown!.split(',').map(Number);
  expect(Math.abs(x1! - x0! - (y1! - y0!))).toBeGreaterThan(0.1);
  await expect(canvas(page)).toHaveAttribute('data-view', shown!);
  // Zooming the 2D plot moves the 3D region with it.
  await plot.hover();
  await page.mouse.wheel(0, -300);
  await expect(plot).not.toHaveAttribute('data-view', shown!);
  const zoomed = await plot.getAttribute('data-view');
  await expect(canvas(page)).toHaveAttribute('data-view', zoomed!);
  // Alone, the 3D view shows the window of the link: Booth's view, [−10, 10]².
  await open3d(page, '/?p=booth&view=3d');
  await expect(canvas(page)).toHaveAttribute('data-view', '-10,10,-10,10');
});

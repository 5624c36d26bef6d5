/**
 * Export (issue 7, point 4): each export of the landscape's Export menu and of the chart panel
 * gives a download of the right type with plausible content.
 */
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { settled, state } from './helpers';

/** Picks `item` in the menu of `button` and returns the download it starts. */
async function exportFrom(page: Page, button: string, item: string): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByTestId(button).click();
  // Both menus offer PNG and SVG: the item of the menu that is open.
  await page.locator(`[role="menu"]:popover-open [data-export="${item}"]`).click();
  return download;
}

async function bytes(download: Download): Promise<Buffer> {
  return readFile((await download.path())!);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(data: Buffer): { width: number; height: number } {
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Parses SVG text in the page: the number of elements matching each selector. */
function countInSvg(page: Page, text: string, selectors: string[]): Promise<number[]> {
  return page.evaluate(
    ([svg, list]) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      if (doc.querySelector('parsererror')) return list.map(() => -1);
      return list.map((selector) => doc.querySelectorAll(selector).length);
    },
    [text, selectors] as const,
  );
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  // Generous: the first run and the first surface come from the workers.
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
  // The colour legend shows once the surface is painted.
  await expect(page.locator('.landscape__legend')).toBeVisible({ timeout: 20_000 });
});

test('the Export menu is a keyboard-operable menu button', async ({ page }) => {
  const button = page.getByTestId('export-menu');
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await button.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem')).toHaveText([
    /Landscape PNG/,
    /Landscape SVG/,
    /Video \(WebM\)/,
    /Trajectories CSV/,
    /Trajectories JSON/,
    /Code \(PyTorch, NumPy\)/,
  ]);
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem').last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
});

test('Landscape SVG holds the title, the surface as an image and every trajectory', async ({
  page,
}) => {
  const download = await exportFrom(page, 'export-menu', 'svg');
  expect(download.suggestedFilename()).toBe('descent-rosenbrock-landscape.svg');
  const text = (await bytes(download)).toString('utf8');
  const [svgs, images, paths, titles, legendRuns, links] = await countInSvg(page, text, [
    'svg',
    'image',
    'path.landscape__path',
    'text',
    '.export__legend-run',
    'link, style',
  ]);
  expect(svgs).toBeGreaterThanOrEqual(1);
  expect(images).toBe(1);
  expect(paths).toBe(2);
  expect(titles).toBeGreaterThan(5);
  expect(legendRuns).toBe(2);
  expect(links).toBe(0); // no external or embedded stylesheet: styles are inline
  expect(text).toContain('Rosenbrock — loss landscape');
  expect(text).toContain('href="data:image/png;base64,');
  expect(text).toContain('Gradient descent');
  // The invisible paint bounds stay in the app (src/ui/paint-bounds.tsx).
  expect(text).not.toContain('__bounds');
});

test('Landscape PNG is a PNG at twice the size of the picture', async ({ page }) => {
  const svgDownload = await exportFrom(page, 'export-menu', 'svg');
  const svg = (await bytes(svgDownload)).toString('utf8');
  const [, width, height] = svg.match(/^<svg[^>]* width="(\d+)" height="(\d+)"/)!;
  const download = await exportFrom(page, 'export-menu', 'png');
  expect(download.suggestedFilename()).toBe('descent-rosenbrock-landscape.png');
  const data = await bytes(download);
  expect(data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(pngSize(data)).toEqual({ width: 2 * Number(width), height: 2 * Number(height) });
});

test('Trajectories CSV has the header and one row per run and step', async ({ page }) => {
  await settled(page);
  const steps = (await state(page, 's.scenario.steps')) as number;
  const runs = (await state(page, 's.results.length')) as number;
  const download = await exportFrom(page, 'export-menu', 'csv');
  expect(download.suggestedFilename()).toBe('descent-rosenbrock-trajectories.csv');
  const lines = (await bytes(download)).toString('utf8').trimEnd().split('\n');
  expect(lines[0]).toBe('run,label,optimizer,step,x,y,loss,grad_norm,lr');
  expect(lines).toHaveLength(1 + (steps + 1) * runs);
  expect(lines[1]).toMatch(/^0,Gradient descent,gd,0,-1\.5,2,/);
});

test('Trajectories JSON parses to the command line’s format', async ({ page }) => {
  await settled(page);
  const steps = (await state(page, 's.scenario.steps')) as number;
  const download = await exportFrom(page, 'export-menu', 'json');
  expect(download.suggestedFilename()).toBe('descent-rosenbrock-trajectories.json');
  const parsed = JSON.parse((await bytes(download)).toString('utf8')) as {
    runs: { optimizer: { type: string }; trajectory: number[][]; loss: number[]; lr: number[] }[];
  };
  expect(parsed.runs.map((r) => r.optimizer.type)).toEqual(['gd', 'adam']);
  for (const run of parsed.runs) {
    expect(run.trajectory).toHaveLength(steps + 1);
    expect(run.loss).toHaveLength(steps + 1);
    expect(run.lr).toHaveLength(steps);
  }
  expect(parsed.runs[0]!.trajectory[0]).toEqual([-1.5, 2]);
});

test('the chart panel exports the loss chart as SVG and PNG with title and legend', async ({
  page,
}) => {
  const svgDownload = await exportFrom(page, 'chart-export-menu', 'svg');
  expect(svgDownload.suggestedFilename()).toBe('descent-rosenbrock-loss.svg');
  const svg = (await bytes(svgDownload)).toString('utf8');
  const [lines, legendRuns] = await countInSvg(page, svg, [
    'path.loss-chart__line',
    '.export__legend-run',
  ]);
  expect(lines).toBe(2);
  expect(legendRuns).toBe(2);
  expect(svg).toContain('Rosenbrock — Loss per step');
  expect(svg).not.toContain('__bounds');

  const pngDownload = await exportFrom(page, 'chart-export-menu', 'png');
  expect(pngDownload.suggestedFilename()).toBe('descent-rosenbrock-loss.png');
  const png = await bytes(pngDownload);
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  const [, width] = svg.match(/^<svg[^>]* width="(\d+)"/)!;
  expect(pngSize(png).width).toBe(2 * Number(width));
});

test('the sweep chart exports once computed', async ({ page }) => {
  await page.getByRole('tab', { name: 'α sweep' }).click();
  await expect(page.getByTestId('sweep-status')).toBeVisible({ timeout: 20_000 });
  const download = await exportFrom(page, 'chart-export-menu', 'svg');
  expect(download.suggestedFilename()).toBe('descent-rosenbrock-alpha-sweep.svg');
  const svg = (await bytes(download)).toString('utf8');
  const [lines] = await countInSvg(page, svg, ['path.sweep-chart__line']);
  expect(lines).toBeGreaterThanOrEqual(2);
});

test('Video records a WebM of the runs with progress, and downloads it', async ({ page }) => {
  // Five seconds of video drawn frame by frame: longer on a shared machine.
  test.setTimeout(120_000);
  await page.getByTestId('export-menu').click();
  await page.locator('[role="menu"]:popover-open [data-export="video"]').click();
  const panel = page.getByTestId('video-panel');
  await expect(panel).toBeVisible();
  const supported = (await page.getByTestId('video-unsupported').count()) === 0;
  test.skip(!supported, 'this browser has no WebM MediaRecorder');
  await panel.getByLabel('Length').selectOption('5');
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await panel.getByRole('button', { name: 'Record' }).click();
  await expect(panel.getByRole('progressbar')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Cancel' })).toBeVisible();
  const file = await download;
  expect(file.suggestedFilename()).toBe('descent-rosenbrock-landscape.webm');
  const data = await bytes(file);
  expect([...data.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]); // EBML magic
  expect(data.length).toBeGreaterThan(10_000);
  await expect(panel.getByTestId('video-message')).toHaveText(/Saved descent-rosenbrock/);
});

test('Cancel stops a recording without a download', async ({ page }) => {
  await page.getByTestId('export-menu').click();
  await page.locator('[role="menu"]:popover-open [data-export="video"]').click();
  const panel = page.getByTestId('video-panel');
  // The panel is a chunk of its own: ask what it supports once it is there.
  await expect(panel).toBeVisible();
  test.skip((await page.getByTestId('video-unsupported').count()) > 0, 'no WebM MediaRecorder');
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await panel.getByRole('button', { name: 'Record' }).click();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByRole('button', { name: 'Record' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  expect(downloaded).toBe(false);
});

test('embed mode shows no export controls', async ({ page }) => {
  await page.goto('/?embed=1');
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('export-menu')).toHaveCount(0);
  await expect(page.getByTestId('chart-export-menu')).toHaveCount(0);
});

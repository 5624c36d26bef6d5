/**
 * Code on demand (issue 8, initial JavaScript ≤ 250 KB gzipped): the dialogs, menus and panels
 * a first view does not show are chunks of their own. The first view does not ask for them; each
 * opening loads its chunk and shows what it holds. The service worker is blocked so that every
 * chunk the page asks for is a request the page itself makes (its precache would fetch them all).
 */
import { expect, test, type Page } from '@playwright/test';
import { openDialog } from './helpers';

test.use({ serviceWorkers: 'block' });

/** The on-demand chunks, by the file names the build gives them. */
const CHUNKS = {
  picker: /\/assets\/ProblemPicker-[\w-]+\.js$/,
  gallery: /\/assets\/PresetGallery-[\w-]+\.js$/,
  share: /\/assets\/ShareContent-[\w-]+\.js$/,
  schedule: /\/assets\/ScheduleEditor-[\w-]+\.js$/,
  exportActions: /\/assets\/actions-[\w-]+\.js$/,
  video: /\/assets\/VideoPanel-[\w-]+\.js$/,
  data: /\/assets\/DataPanel-[\w-]+\.js$/,
  lessonEditor: /\/assets\/LessonEditor-[\w-]+\.js$/,
  lessonPlayer: /\/assets\/LessonPanel-[\w-]+\.js$/,
  legend: /\/assets\/LegendPopover-[\w-]+\.js$/,
  arrows: /\/assets\/Arrows-[\w-]+\.js$/,
} as const;
type Chunk = keyof typeof CHUNKS;

/** Every script URL the page requests, from before it loads. */
function recordScripts(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) urls.push(request.url());
  });
  return urls;
}

const requested = (urls: string[], chunk: Chunk) => urls.some((url) => CHUNKS[chunk].test(url));

async function firstView(page: Page, query = ''): Promise<string[]> {
  const urls = recordScripts(page);
  await page.goto(`/${query}`);
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.landscape__legend')).toBeVisible({ timeout: 20_000 });
  return urls;
}

test('the first view asks for none of the on-demand chunks', async ({ page }) => {
  const urls = await firstView(page);
  // The first view is whole: header, landscape, run cards, loss chart, timeline.
  await expect(page.getByRole('button', { name: /^Problem:/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Run 2: Adam' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Loss' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'step' })).toBeVisible();
  // Some scripts were requested (the entry at least), so the listener works…
  expect(urls.some((url) => /\/assets\/index-[\w-]+\.js$/.test(url))).toBe(true);
  // …and none of these.
  for (const chunk of Object.keys(CHUNKS) as Chunk[]) {
    expect(requested(urls, chunk), `${chunk} chunk requested on first load`).toBe(false);
  }
});

test('the problem picker loads on opening and shows its cards and formula field', async ({
  page,
}) => {
  const urls = await firstView(page);
  await page.getByRole('button', { name: /^Problem:/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a problem' });
  await expect(dialog).toBeVisible();
  await expect.poll(() => requested(urls, 'picker')).toBe(true);
  // Focus is on the current problem's card, as before the picker was lazy.
  await expect(dialog.getByRole('button', { name: 'Rosenbrock', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: /^Problem:/ })).toBeFocused();
  // A second opening uses the mounted dialog.
  await page.getByRole('button', { name: /^Problem:/ }).click();
  await expect(dialog).toBeVisible();
});

test('the focus on the picker button preloads its chunk; Enter opens it', async ({ page }) => {
  const urls = await firstView(page);
  await page.getByRole('button', { name: /^Problem:/ }).focus();
  await expect.poll(() => requested(urls, 'picker')).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Choose a problem' })).toBeVisible();
});

test('the presets gallery loads on opening and shows its cards', async ({ page }) => {
  const urls = await firstView(page);
  const dialog = await openDialog(page, 'Presets', 'Presets');
  await expect.poll(() => requested(urls, 'gallery')).toBe(true);
  await expect(dialog.locator('.preset-card').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Presets' })).toBeFocused();
});

test('the share dialog loads its content on opening', async ({ page }) => {
  const urls = await firstView(page);
  const dialog = await openDialog(page, 'Share', 'Share this view');
  await expect(dialog.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect.poll(() => requested(urls, 'share')).toBe(true);
});

test('the schedule editor loads on opening and takes the focus', async ({ page }) => {
  const urls = await firstView(page);
  await page.getByRole('button', { name: /^Schedule of run 1:/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Learning-rate schedule of run 1' });
  await expect(dialog).toBeVisible();
  await expect.poll(() => requested(urls, 'schedule')).toBe(true);
  const type = dialog.getByRole('combobox');
  await expect(type).toBeVisible();
  await expect(type).toBeFocused();
});

test('the export menus load the code that builds files on first use', async ({ page }) => {
  const urls = await firstView(page);
  // The menus themselves are in the first view.
  await page.getByTestId('export-menu').click();
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu).toBeVisible();
  const download = page.waitForEvent('download');
  await menu.locator('[data-export="csv"]').click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  await expect.poll(() => requested(urls, 'exportActions')).toBe(true);

  await page.getByTestId('export-menu').click();
  await page.locator('[role="menu"]:popover-open [data-export="video"]').click();
  await expect(page.getByTestId('video-panel')).toBeVisible();
  await expect.poll(() => requested(urls, 'video')).toBe(true);
});

test('a link that opens a model problem on its Data tab loads and shows the panel', async ({
  page,
}) => {
  const urls = recordScripts(page);
  await page.goto('/?p=linear-regression&o=adam(lr=0.05)&chart=data');
  await expect(page.getByTestId('data-panel')).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => requested(urls, 'data')).toBe(true);
  // The other dialogs still wait for their buttons.
  expect(requested(urls, 'picker')).toBe(false);
});

test('the lesson editor loads, with its strings, when the Lessons menu opens it', async ({
  page,
}) => {
  const urls = await firstView(page);
  expect(requested(urls, 'lessonEditor')).toBe(false);
  await page.getByTestId('lessons-menu').click();
  await page.getByRole('menuitem', { name: 'New lesson…' }).click();
  const editor = page.getByRole('dialog', { name: 'Lesson editor' });
  await expect(editor).toBeVisible({ timeout: 20_000 });
  // Its own strings came with its chunk: the fields are named, not keyed.
  await expect(editor.getByRole('button', { name: 'Save as file' })).toBeVisible();
  await expect(editor).not.toContainText('lessonEditorForm');
  expect(requested(urls, 'lessonEditor')).toBe(true);
});

test('the legend and the arrows load when first shown (issue 17)', async ({ page }) => {
  const urls = await firstView(page);
  await page.getByRole('button', { name: 'Legend' }).click();
  await expect(page.getByRole('dialog', { name: 'What is drawn' })).toBeVisible();
  expect(requested(urls, 'legend')).toBe(true);
  await page.keyboard.press('Escape');

  expect(requested(urls, 'arrows')).toBe(false);
  await page.getByTestId('arrows-button').click();
  await page.getByTestId('arrows-toggle-step').check();
  // Drawn at the marker: e2e/arrows.spec.ts checks them where the steps are long enough to show.
  await expect.poll(() => requested(urls, 'arrows')).toBe(true);
});

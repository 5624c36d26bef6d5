/**
 * The note stays (issue 14, point 3; docs/links.md "The note"): a preset's explanation on the
 * screen once the preset is open, in the link, in presentation mode, in both languages; the
 * user's own note typed, carried by the link and shown as text only.
 */
import { expect, test, type Page } from '@playwright/test';
import { getPreset } from '../src/presets/presets';
import { PRESETS_ZH } from '../src/i18n/presets.zh';
import { collectErrors, expectState, openWithResults, state } from './helpers';

const PRESET = getPreset('learning-rate-quadratic')!;
const query = (page: Page) => new URL(page.url()).search;

test('a preset opened from the gallery keeps its explanation on the screen, in the link and when presenting', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openWithResults(page);
  // No note yet: only the quiet button to write one.
  await expect(page.getByTestId('note')).toHaveCount(0);
  await expect(page.getByTestId('note-add')).toBeVisible();

  await page.getByRole('button', { name: 'Presets' }).click();
  const dialog = page.getByRole('dialog', { name: 'Presets' });
  await dialog.getByRole('link', { name: PRESET.title }).click();
  await expect(dialog).toBeHidden();

  const note = page.getByTestId('note');
  await expect(note.getByTestId('note-title')).toHaveText(PRESET.title);
  await expect(note.getByTestId('note-body')).toHaveText(PRESET.summary);
  await expect(note).toContainText('stable only while α < 2/L ≈ 0.111');
  await expect.poll(() => query(page)).toContain(`note=${PRESET.id}`);

  // Changing a run's α keeps the note: it explains the experiment.
  await state(page, 's.updateOptimizer(0, { lr: 0.01 })');
  await expectState(page, 's.scenario.optimizers[0].lr').toBe(0.01);
  await expect(note.getByTestId('note-body')).toHaveText(PRESET.summary);

  // The link as it stands reopens with the note.
  await page.reload();
  await expect(note.getByTestId('note-body')).toHaveText(PRESET.summary, { timeout: 20_000 });

  // Collapsed to its title, opened again.
  await note.getByRole('button', { name: PRESET.title }).click();
  await expect(note.getByTestId('note-body')).toBeHidden();
  await note.getByRole('button', { name: PRESET.title }).click();
  await expect(note.getByTestId('note-body')).toBeVisible();

  // Presentation mode: still there, in large type, without its edit buttons.
  const bodySize = await note
    .getByTestId('note-body')
    .evaluate((e) => getComputedStyle(e).fontSize);
  await page.keyboard.press('p');
  await expectState(page, 's.presenting').toBe(true);
  await expect(note.getByTestId('note-body')).toBeVisible();
  await expect(note.getByTestId('note-body')).toHaveText(PRESET.summary);
  await expect(note.getByTestId('note-edit')).toHaveCount(0);
  await expect
    .poll(() => note.getByTestId('note-body').evaluate((e) => getComputedStyle(e).fontSize))
    .not.toBe(bodySize);
  // The note sits above the side column's panels, clear of the landscape.
  const noteBox = (await note.boundingBox())!;
  const landscapeBox = (await page.locator('.app__landscape').boundingBox())!;
  expect(noteBox.x).toBeGreaterThanOrEqual(landscapeBox.x + landscapeBox.width);
  await page.screenshot({ path: 'test-results/note-present-1280x720.png' });
  expect(errors).toEqual([]);
});

test('in Chinese the note is the preset’s Chinese text, and switching language switches it', async ({
  page,
}) => {
  const zh = PRESETS_ZH[PRESET.id]!;
  await page.goto(`/?v=1&p=booth&lang=zh&note=${PRESET.id}`);
  const note = page.getByTestId('note');
  await expect(note.getByTestId('note-title')).toHaveText(zh.title, { timeout: 20_000 });
  await expect(note.getByTestId('note-body')).toHaveText(zh.summary);
  await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption('en');
  await expect(note.getByTestId('note-body')).toHaveText(PRESET.summary);
  await expect(note.getByTestId('note-title')).toHaveText(PRESET.title);
});

test('the user’s own note travels in the link and reopens as plain text', async ({ page }) => {
  const errors = collectErrors(page);
  await openWithResults(page);
  await page.getByTestId('note-add').click();
  const editor = page.getByTestId('note-editor');
  await expect(editor).toBeFocused();
  // Escape cancels: no note.
  await editor.fill('never kept');
  await editor.press('Escape');
  await expect(page.getByTestId('note')).toHaveCount(0);
  await expect(page.getByTestId('note-add')).toBeFocused();

  const text = 'Watch <b>x</b> & the blue run';
  await page.getByTestId('note-add').click();
  await page.getByTestId('note-editor').fill(text);
  await page.getByTestId('note-editor').press('Enter');
  const note = page.getByTestId('note');
  await expect(note.getByTestId('note-body')).toHaveText(text);
  await expectState(page, 's.note').toEqual({ kind: 'text', text });
  await expect.poll(() => query(page)).toContain(`note=${encodeURIComponent(text)}`);

  // Reopened from the link (a new page, as a student would): the same text, as text.
  const link = page.url();
  const student = await page.context().newPage();
  await student.goto(link);
  const reopened = student.getByTestId('note');
  await expect(reopened.getByTestId('note-body')).toHaveText(text, { timeout: 20_000 });
  await expect(reopened.locator('b')).toHaveCount(0);

  // Edit, then remove: the link follows.
  await note.getByTestId('note-edit').click();
  await expect(page.getByTestId('note-editor')).toHaveValue(text);
  await page.getByTestId('note-editor').fill('Second thoughts');
  await page.getByTestId('note-editor').blur();
  await expect(note.getByTestId('note-body')).toHaveText('Second thoughts');
  await expect.poll(() => query(page)).toContain('note=Second%20thoughts');
  await note.getByTestId('note-dismiss').click();
  await expect(page.getByTestId('note')).toHaveCount(0);
  await expect.poll(() => query(page)).not.toContain('note=');
  expect(errors).toEqual([]);
});

test('picking another problem clears the note; Back brings it back', async ({ page }) => {
  await page.goto(`/?v=1&p=booth&note=${PRESET.id}`);
  const note = page.getByTestId('note');
  await expect(note.getByTestId('note-body')).toHaveText(PRESET.summary, { timeout: 20_000 });
  await state(page, 's.setProblem({ type: "function", name: "matyas" })');
  await expect(note).toHaveCount(0);
  await expect.poll(() => query(page)).not.toContain('note=');
  await page.goBack();
  await expectState(page, 's.scenario.problem.name').toBe('booth');
  await expect(note.getByTestId('note-body')).toHaveText(PRESET.summary);
});

test('an embed shows the note compact, collapsed to its title', async ({ page }) => {
  await page.goto(`/?v=1&p=booth&embed=1&note=${PRESET.id}`);
  const note = page.getByTestId('note');
  await expect(note.getByTestId('note-title')).toHaveText(PRESET.title, { timeout: 20_000 });
  await expect(note.getByTestId('note-body')).toBeHidden();
  await note.getByRole('button', { name: PRESET.title }).click();
  await expect(note.getByTestId('note-body')).toHaveText(PRESET.summary);
  await expect(note.getByTestId('note-edit')).toHaveCount(0);
});

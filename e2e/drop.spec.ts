/**
 * Dropping a file on the app (src/ui/drop; docs/lessons.md, "Opening a lesson") in real
 * Chromium: the overlay while a file is dragged over (gone on leave, drop and Escape, taking no
 * pointer events), a lesson file opening in the player as the file picker opens it (kept in this
 * browser), in presentation mode too, several files (the first, said so), and the reading code
 * loading on the first drag, not with the first view. Hostile files are hostile-lessons.spec.ts's.
 */
import { expect, test, type Page } from '@playwright/test';
import { writeLessonFile } from '../src/lessons/file';
import { validateLesson } from '../src/lessons/validate';
import type { Lesson } from '../src/lessons/types';
import { expectState, openWithResults, state } from './helpers';

test.use({ serviceWorkers: 'block' });

const LESSON: Lesson = {
  id: 'e2e-dropped',
  title: { en: 'A dropped lesson' },
  steps: [
    {
      title: { en: 'Dropped, step one' },
      text: { en: 'Adam alone.' },
      link: 'v=1&o=adam(lr=0.02)',
    },
    { title: { en: 'Step two' }, text: { en: 'Gradient descent.' }, link: 'v=1&o=gd(lr=0.001)' },
  ],
};
const checked = validateLesson(LESSON);
if (!('lesson' in checked)) throw new Error('the LESSON fixture is invalid');
const LESSON_FILE = writeLessonFile(checked.lesson);

const overlay = (page: Page) => page.getByTestId('drop-overlay');

/** A DataTransfer holding `files` (name and text), as a drag from the desktop carries. */
const transferOf = (page: Page, files: [string, string][]) =>
  page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const [name, text] of list)
      data.items.add(new File([text], name, { type: 'application/json' }));
    return data;
  }, files);

test('the overlay shows while a file is dragged over, takes no pointer, and goes on leave and Escape', async ({
  page,
}) => {
  await openWithResults(page);
  const transfer = await transferOf(page, [['a.json', '{}']]);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await expect(overlay(page)).toBeVisible();
  await expect(overlay(page)).toContainText('Drop a lesson or scenario file');
  await expect(overlay(page)).toContainText('Lesson files (.descent-lesson.json)');
  // What is under the overlay takes the pointer: the element at the centre is the app's.
  const hit = await page.evaluate(() => {
    const element = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    return element?.closest('[data-testid="drop-overlay"]') === null;
  });
  expect(hit).toBe(true);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('dialog', { name: 'Share this view' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(overlay(page)).toHaveCount(0);

  // Entering a child and leaving the parent keeps it; leaving both removes it.
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'dragleave', { dataTransfer: transfer });
  await expect(overlay(page)).toBeVisible();
  await page.dispatchEvent('main', 'dragleave', { dataTransfer: transfer });
  await expect(overlay(page)).toHaveCount(0);

  // A drag of text, not of files, is no file drop.
  const text = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'hello');
    return data;
  });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: text });
  await expect(overlay(page)).toHaveCount(0);
});

test('a dropped lesson file opens in the player and is kept, as a picked one', async ({ page }) => {
  await openWithResults(page);
  const transfer = await transferOf(page, [['mine.descent-lesson.json', LESSON_FILE]]);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await expect(overlay(page)).toHaveCount(0);
  const lesson = page.getByTestId('lesson');
  await expect(lesson).toHaveAttribute('data-step', '1');
  await expect(lesson).toHaveAttribute('data-steps', '2');
  await expect(lesson.getByRole('heading', { name: 'Dropped, step one' })).toBeVisible();
  await expectState(page, 's.scenario.optimizers.map((o) => o.type).join()').toBe('adam');
  expect(
    await page.evaluate(() => localStorage.getItem('descent.lesson.e2e-dropped.file') !== null),
  ).toBe(true);
  // Kept: its link opens it again in this browser.
  await page.goto('/?lesson=e2e-dropped&step=2');
  await expect(lesson).toHaveAttribute('data-step', '2');

  // A scenario file dropped now opens as Share → Import opens it.
  const scenario = await transferOf(page, [
    [
      'view.json',
      JSON.stringify({ version: 1, steps: 123, optimizers: [{ type: 'rmsprop', lr: 0.01 }] }),
    ],
  ]);
  await page.dispatchEvent('body', 'drop', { dataTransfer: scenario });
  await expect(page.getByText('Opened view.json.')).toBeVisible();
  await expectState(page, 's.scenario.steps').toBe(123);
});

test('in presentation mode, the overlay shows and a dropped lesson opens, presenting still', async ({
  page,
}) => {
  await openWithResults(page, '/?v=1&present=1');
  await expectState(page, 's.presenting').toBe(true);
  const transfer = await transferOf(page, [['mine.descent-lesson.json', LESSON_FILE]]);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await expect(overlay(page)).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await expect(page.getByTestId('lesson')).toHaveAttribute('data-step', '1');
  await expectState(page, 's.presenting').toBe(true);
});

test('of several files dropped, the first opens, and the notice says so', async ({ page }) => {
  await openWithResults(page);
  const transfer = await transferOf(page, [
    ['first.descent-lesson.json', LESSON_FILE],
    ['second.json', '{}'],
    ['third.json', '{}'],
  ]);
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await expect(page.getByTestId('lesson')).toHaveAttribute('data-step', '1');
  await expect(page.getByRole('status', { name: 'Engine notice' })).toContainText(
    '3 files were dropped: Descent opens one at a time, so it read the first, first.descent-lesson.json.',
  );
  expect(await state(page, 's.lessonPlayer?.lesson.id')).toBe('e2e-dropped');
});

test('the reading code loads on the first drag, not with the first view', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(request.url());
  });
  await openWithResults(page);
  const reader = (url: string) => /\/assets\/open-(drop|lesson)-[\w-]+\.js$/.test(url);
  expect(scripts.some((url) => /\/assets\/index-[\w-]+\.js$/.test(url))).toBe(true);
  expect(scripts.filter(reader)).toEqual([]);
  const transfer = await transferOf(page, [['a.json', '{}']]);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await expect
    .poll(() => scripts.some((url) => /\/assets\/open-drop-[\w-]+\.js$/.test(url)))
    .toBe(true);
});

test('in Chinese, a dropped scenario file’s notices are Chinese', async ({ page }) => {
  await openWithResults(page, '/?v=1&lang=zh');
  const notice = page.getByRole('status', { name: '引擎提示' });
  await page.dispatchEvent('body', 'drop', {
    dataTransfer: await transferOf(page, [['list.json', '[1, 2]']]),
  });
  await expect(notice).toContainText('无法打开 list.json：文件中没有场景（一个 JSON 对象）');
  await page.dispatchEvent('body', 'drop', {
    dataTransfer: await transferOf(page, [
      ['view.json', JSON.stringify({ version: 1, steps: 77 })],
    ]),
  });
  await expect(notice).toContainText('已打开 view.json。');
  await expectState(page, 's.scenario.steps').toBe(77);
});

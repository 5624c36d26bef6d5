/**
 * Writing a lesson in the app (issue 16 point 3; docs/lessons.md, "Writing a lesson in the
 * app") in real Chromium: a three-step lesson built from two views through the Lessons menu, a
 * step's text rendered as the class sees it, a question with three choices, a task whose
 * condition is read live, steps reordered, the draft previewed in the real player and back, saved
 * as a file and opened again from that file, the same lesson; the draft outlives a reload, and
 * is discarded only after a question.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, settled, state } from './helpers';
import { encodeInlineLesson } from '../src/lessons/inline';
import type { Lesson } from '../src/lessons/types';

/** Opens `url` and waits until its runs are computed (a view of one run has no trajectory-1). */
async function openSettled(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId('lessons-menu')).toBeVisible({ timeout: 20_000 });
  await settled(page);
}

const VIEW_A = '/?v=1&p=rosenbrock&o=gd(lr=0.001)&show=lr,play';
const VIEW_B = '/?v=1&p=himmelblau&o=gd(lr=0.01)&o=adam(lr=0.05)';

const editor = (page: Page) => page.getByTestId('lesson-editor');
/** The selected step's form (its heading names it "Step 2 of 3"). */
const form = (page: Page) => editor(page).locator('.lesson-editor__form');
const lessonFields = (page: Page) => editor(page).getByRole('group', { name: 'Lesson' });
const stepTitles = (page: Page) => editor(page).locator('.lesson-editor__step-title');

async function menu(page: Page, item: RegExp) {
  await page.getByTestId('lessons-menu').click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Adds the view shown as a step through the menu; the editor opens at it. */
async function addView(page: Page, steps: number) {
  await menu(page, /^Add this view as a step/);
  await expect(editor(page)).toBeVisible();
  await expect(form(page)).toHaveAccessibleName(`Step ${steps} of ${steps}`);
}

async function closeEditor(page: Page) {
  await editor(page).getByRole('button', { name: 'Close the editor' }).click();
  await expect(editor(page)).toBeHidden();
}

test('a lesson written in the app: three steps, a question, a task; previewed, saved and reopened', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);

  // View A as step 1, its texts written; the text shows rendered as the class sees it.
  await openSettled(page, VIEW_A);
  await addView(page, 1);
  await lessonFields(page).getByLabel('Title').fill('Step sizes');
  await lessonFields(page).getByLabel(/^Id/).fill('step-sizes');
  await form(page).getByLabel('Title').fill('A small step');
  await form(page).getByLabel(/^Text/).fill('Gradient descent **creeps**: $\\alpha = 0.001$.');
  const rendered = editor(page).getByTestId('editor-rendered');
  await expect(rendered.locator('strong')).toHaveText('creeps');
  await expect(rendered.locator('.katex')).toBeVisible();
  await expect(form(page).getByLabel('The view it opens')).toHaveValue(
    // Rosenbrock is the first view's problem: the app's link leaves it out.
    'v=1&o=gd(lr=0.001)&show=lr,play',
  );
  await closeEditor(page);

  // View B, twice: steps 2 and 3.
  await openSettled(page, VIEW_B);
  await addView(page, 2);
  await form(page).getByLabel('Title').fill('Where will they go?');
  await form(page).getByLabel(/^Text/).fill('Two optimizers on Himmelblau.');
  await expect(form(page).getByLabel('The view it opens')).toHaveValue(
    'v=1&p=himmelblau&o=gd(lr=0.01)&o=adam(lr=0.05)',
  );

  // A question with three choices, the third right.
  await form(page)
    .getByRole('checkbox', { name: /Ask a question/ })
    .check();
  await form(page).getByLabel('Question', { exact: true }).fill('Which one reaches a minimum?');
  await form(page).getByRole('button', { name: 'Add a choice' }).click();
  await expect(form(page).getByTestId('editor-choice')).toHaveCount(3);
  await form(page).getByLabel('Choice 1', { exact: true }).fill('Only gradient descent');
  await form(page).getByLabel('Choice 2', { exact: true }).fill('Only Adam');
  await form(page).getByLabel('Choice 3', { exact: true }).fill('Both');
  await form(page).getByRole('radio', { name: 'Choice 3 is the right answer' }).check();
  await form(page)
    .getByLabel(/^Explanation/)
    .fill('Both settle in a basin.');

  await closeEditor(page);
  await addView(page, 3);
  await form(page).getByLabel('Title').fill('Make it diverge');
  await form(page).getByLabel(/^Text/).fill('Now make gradient descent diverge.');
  await form(page)
    .getByRole('checkbox', { name: /Give a task/ })
    .check();
  await form(page).getByLabel('What to do').fill('Drag α until gradient descent diverges.');
  const condition = form(page).getByLabel('Done when');
  const conditionMessage = form(page).getByTestId('condition-message');
  await condition.fill('run 1 finalloss < 1');
  await expect(conditionMessage).toContainText('did you mean finalLoss');
  await expect(condition).toHaveAttribute('aria-invalid', 'true');
  await condition.fill('run 1 divergedAt != null');
  await expect(conditionMessage).toHaveText('The condition reads well.');
  await expect(condition).not.toHaveAttribute('aria-invalid');

  // Reorder: the task's step up, before the question's.
  await editor(page).getByRole('button', { name: 'Move step 3 up' }).click();
  await expect(stepTitles(page)).toHaveText([
    'A small step',
    'Make it diverge',
    'Where will they go?',
  ]);
  await expect(form(page)).toHaveAccessibleName('Step 2 of 3');
  await editor(page)
    .getByRole('button', { name: /Where will they go/ })
    .click();
  await expect(form(page)).toHaveAccessibleName('Step 3 of 3');
  await page.screenshot({ path: '/tmp/h-editor-light.png' });

  // The draft outlives a reload, the step selected with it.
  await page.reload();
  await menu(page, /^Edit draft…/);
  await expect(stepTitles(page)).toHaveText([
    'A small step',
    'Make it diverge',
    'Where will they go?',
  ]);
  await expect(form(page)).toHaveAccessibleName('Step 3 of 3');
  await expect(form(page).getByLabel('Choice 3', { exact: true })).toHaveValue('Both');

  // Preview in the real player at the selected step, and back.
  await editor(page)
    .getByRole('button', { name: /Make it diverge/ })
    .click();
  await editor(page).getByRole('button', { name: 'Preview' }).click();
  await expect(editor(page)).toBeHidden();
  const player = page.getByTestId('lesson');
  await expect(player).toHaveAttribute('data-step', '2', { timeout: 20_000 });
  await expect(player).toHaveAttribute('data-steps', '3');
  await expect(player.getByRole('heading', { name: 'Make it diverge' })).toBeVisible();
  await page.screenshot({ path: '/tmp/h-editor-preview.png' });
  await page.getByTestId('editor-return').click();
  await expect(form(page)).toHaveAccessibleName('Step 2 of 3');

  // Save as a file: the lesson file, named after its id.
  const download = page.waitForEvent('download');
  await editor(page).getByRole('button', { name: 'Save as file' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('step-sizes.descent-lesson.json');
  const path = await saved.path();
  const file = JSON.parse(await readFile(path, 'utf8')) as {
    format: string;
    version: number;
    lesson: { steps: { prediction?: { answer: number; choices: unknown[] } }[] };
  };
  expect(file.format).toBe('descent-lesson');
  expect(file.version).toBe(1);
  expect(file.lesson.steps[2]?.prediction?.answer).toBe(2);
  expect(file.lesson.steps[2]?.prediction?.choices).toHaveLength(3);
  await expect(editor(page).getByTestId('editor-status')).toContainText(
    'Saved as step-sizes.descent-lesson.json',
  );
  await closeEditor(page);

  // Opened again from the file: the same lesson, in the player.
  const chooser = page.waitForEvent('filechooser');
  await menu(page, /^Open a lesson file…/);
  await (await chooser).setFiles(path);
  await expect(player).toHaveAttribute('data-steps', '3', { timeout: 20_000 });
  await expect(player).toContainText('Step sizes');
  expect(await state(page, 'JSON.stringify(s.lessonPlayer.lesson)')).toBe(
    JSON.stringify(file.lesson),
  );
  expect(errors).toEqual([]);
});

/** A lesson of two steps someone sent in a link. */
const SENT: Lesson = {
  id: 'sent-lesson',
  title: { en: 'A lesson someone sent' },
  steps: [
    { title: { en: 'First' }, text: { en: 'One.' }, link: 'v=1' },
    { title: { en: 'Second' }, text: { en: 'Two.' }, link: 'v=1&p=booth' },
  ],
};

test('a copy of an open lesson is edited under a new id; a draft is discarded only after a question', async ({
  page,
}) => {
  await openSettled(page, `/?lessonData=${encodeInlineLesson(SENT)}`);
  await expect(page.getByTestId('lesson')).toHaveAttribute('data-step', '1', { timeout: 20_000 });
  await menu(page, /^Edit a copy of this lesson/);
  await expect(editor(page)).toBeVisible();
  await expect(lessonFields(page).getByLabel(/^Id/)).toHaveValue('sent-lesson-copy');
  await expect(stepTitles(page)).toHaveText(['First', 'Second']);
  // A removed step comes back with Undo (until the next edit).
  await editor(page).getByRole('button', { name: 'Remove step 1' }).click();
  await expect(stepTitles(page)).toHaveText(['Second']);
  await editor(page).getByRole('button', { name: 'Undo removal' }).click();
  await expect(stepTitles(page)).toHaveText(['First', 'Second']);
  await expect(editor(page).getByRole('button', { name: 'Undo removal' })).toBeHidden();
  // The editor passes axe: names, labels, contrast.
  const axe = await new AxeBuilder({ page }).include('[data-testid="lesson-editor"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
    [],
  );

  // Discard asks first; keeping it keeps it.
  await editor(page).getByRole('button', { name: 'Discard draft…' }).click();
  await editor(page).getByRole('button', { name: 'Keep it' }).click();
  await expect(editor(page).getByTestId('editor-step').first()).toBeVisible();
  await editor(page).getByRole('button', { name: 'Discard draft…' }).click();
  await editor(page).getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(editor(page).getByTestId('editor-step')).toHaveCount(0);
  await expect(editor(page)).toContainText('No steps yet');
  await closeEditor(page);
  await page.getByTestId('lessons-menu').click();
  await expect(page.getByRole('menuitem', { name: 'New lesson…' })).toBeVisible();
});

test('the editor in Chinese: the menu, the fields and the messages', async ({ page }) => {
  await openSettled(page, VIEW_A);
  await page.getByRole('combobox', { name: /language/i }).selectOption('zh');
  await expect(page.getByTestId('lessons-menu')).toContainText('课程');
  await page.getByTestId('lessons-menu').click();
  await page.getByRole('menuitem', { name: /把当前视图添加为一步/ }).click();
  await expect(editor(page)).toBeVisible();
  await expect(editor(page).getByRole('heading', { name: '课程编辑器' })).toBeVisible();
  await form(page).getByLabel('标题').fill('很小的学习率');
  await form(page).getByLabel(/^正文/).fill('梯度下降**缓慢**前进：$\\alpha = 0.001$。');
  await form(page)
    .getByRole('checkbox', { name: /布置任务/ })
    .check();
  await expect(form(page).getByTestId('condition-message')).toHaveText('条件可以正确读取。');
  await page.screenshot({ path: '/tmp/h-editor-zh.png' });
  // Written in Chinese: the texts are the lesson's Chinese ones.
  const draft = await page.evaluate(() => localStorage.getItem('descent.lesson.draft'));
  expect(JSON.parse(draft ?? '{}').lesson.steps[0].title).toEqual({ zh: '很小的学习率' });
});

/**
 * The lesson player (issue 16; docs/lessons.md, "The player") in real Chromium: a lesson link
 * opens its step's own view; Back / Next by buttons and keys; the progress; where the student
 * was is remembered across visits; a question hides the runs until it is answered; a task is
 * detected when the real slider is driven; the teacher's note in presentation mode; the share
 * dialog's link to the step; an unknown lesson is a notice in a working app; the built-in course.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectState, FIRST_VISIT, stableBox, state } from './helpers';
import { encodeInlineLesson } from '../src/lessons/inline';
import { validateLesson } from '../src/lessons/validate';
import type { Lesson } from '../src/lessons/types';

/** Three steps: a view with a teacher's note, a question, a task (chapters: two). */
const FIXTURE: Lesson = {
  id: 'e2e-player',
  title: { en: 'A short lesson' },
  steps: [
    {
      chapter: { en: 'Step size' },
      title: { en: 'Gradient descent crawls' },
      text: { en: 'Gradient descent with $\\alpha = 0.001$ on Rosenbrock.' },
      link: 'v=1&o=gd(lr=0.001)&show=lr,play',
      teacherNote: { en: 'Ask the class where it stops.' },
    },
    {
      title: { en: 'Where will they go?' },
      text: { en: 'Two optimizers on Himmelblau.' },
      link: 'v=1&p=himmelblau&o=gd(lr=0.01)&o=adam(lr=0.05)',
      prediction: {
        question: { en: 'Which one reaches a minimum?' },
        choices: [{ en: 'Only gradient descent' }, { en: 'Both' }],
        answer: 1,
        explanation: { en: 'Both settle in a basin: **four** minima, each a low point.' },
      },
    },
    {
      chapter: { en: 'Too far' },
      title: { en: 'Make it diverge' },
      text: { en: 'A learning rate too large throws the run out.' },
      link: 'v=1&o=gd(lr=0.001)&show=lr,play',
      task: {
        prompt: { en: 'Drag α until gradient descent diverges.' },
        condition: 'run 1 divergedAt != null',
        hint: { en: 'Try the right end of the slider.' },
        success: { en: 'It diverged: each step overshoots.' },
      },
    },
  ],
};
const checked = validateLesson(FIXTURE);
if (!('lesson' in checked))
  throw new Error(`the fixture lesson is invalid: ${JSON.stringify(checked)}`);
const DATA = encodeInlineLesson(FIXTURE)!;
const FIXTURE_LINK = `/?lessonData=${DATA}`;

const lesson = (page: Page) => page.getByTestId('lesson');

/** Opens `url` and waits for the player at `step` (1-based) with its results in. */
async function openLesson(page: Page, url: string, step: number) {
  await page.goto(url);
  await expect(lesson(page)).toHaveAttribute('data-step', String(step), { timeout: 20_000 });
  await expectState(page, 's.resultsScenario === s.scenario && !s.computing').toBe(true);
}

test('a lesson link opens its step’s own view; Back and Next by buttons and keys', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openLesson(page, FIXTURE_LINK, 1);
  await expect(lesson(page)).toHaveAttribute('data-steps', '3');
  await expect(page.getByTestId('lesson-progress')).toHaveText('1 / 3');
  await expect(
    lesson(page).getByRole('heading', { name: 'Gradient descent crawls' }),
  ).toBeVisible();
  await expect(lesson(page)).toContainText('Step size');
  // The step's view: one run, only α and the timeline shown.
  await expectState(page, 's.scenario.optimizers.map((o) => o.type).join()').toBe('gd');
  await expectState(page, 's.lesson.join()').toBe('lr,play');
  await expect(page.getByRole('button', { name: 'Back', exact: true })).toBeDisabled();

  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(lesson(page)).toHaveAttribute('data-step', '2');
  await expect(page.getByTestId('lesson-progress')).toHaveText('2 / 3');
  await expectState(page, 's.scenario.problem.name').toBe('himmelblau');
  // The focus follows to the new step's title, and the keys go on from there.
  await expect(lesson(page).getByRole('heading', { name: 'Where will they go?' })).toBeFocused();
  await page.keyboard.press('n');
  await expect(lesson(page)).toHaveAttribute('data-step', '3');
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
  await page.keyboard.press('b');
  await expect(lesson(page)).toHaveAttribute('data-step', '2');
  await page.keyboard.press('PageUp');
  await expect(lesson(page)).toHaveAttribute('data-step', '1');
  await page.keyboard.press('PageDown');
  await expect(lesson(page)).toHaveAttribute('data-step', '2');
  // The step list jumps, chapters grouped.
  const list = page.getByRole('combobox', { name: 'Go to step' });
  await expect(list.locator('optgroup')).toHaveCount(2);
  await list.selectOption({ label: '3. Make it diverge' });
  await expect(lesson(page)).toHaveAttribute('data-step', '3');
  // Typing N in a field is typing, not a step; Back in the browser is the step before.
  const field = page.getByRole('textbox', { name: /learning rate/ }).first();
  await field.focus();
  await page.keyboard.press('n');
  await expect(lesson(page)).toHaveAttribute('data-step', '3');
  await page.goBack();
  await expect(lesson(page)).toHaveAttribute('data-step', '2');
  await expectState(page, 's.scenario.problem.name').toBe('himmelblau');
  expect(errors).toEqual([]);
});

test('the player remembers the step: on reload and on a new visit to the lesson', async ({
  page,
}) => {
  await openLesson(page, FIXTURE_LINK, 1);
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await expect(lesson(page)).toHaveAttribute('data-step', '3');
  await page.reload();
  await expect(lesson(page)).toHaveAttribute('data-step', '3', { timeout: 20_000 });
  // A link naming only the lesson resumes where the student was (localStorage).
  await openLesson(page, FIXTURE_LINK, 3);
  await expect(page.getByTestId('lesson-progress')).toHaveText('3 / 3');
  await expectState(page, 's.lesson.join()').toBe('lr,play');
});

test('a question hides the runs until answered, then reveals them with the explanation', async ({
  page,
}) => {
  await page.goto(`${FIXTURE_LINK}&step=2`);
  // Asked on the landscape, where the class looks; the panel points there.
  const card = page.getByTestId('lesson-question');
  await expect(card).toBeVisible({ timeout: 20_000 });
  await expect(card).toContainText('Which one reaches a minimum?');
  await expect(page.getByTestId('lesson-prediction')).toContainText(
    'Choose your answer on the landscape',
  );
  await expectState(page, 's.predicting').toBe(true);
  await expect(page.getByTestId('trajectory-1')).toBeHidden();
  const answer = card.getByRole('button', { name: 'Answer and show the runs' });
  await expect(answer).toBeDisabled();
  await card.getByRole('radio', { name: 'Only gradient descent' }).check();
  await answer.click();
  const question = page.getByTestId('lesson-prediction');
  await expect(question).toHaveAttribute('data-answered', 'wrong');
  await expect(question).toContainText('Not this time');
  await expect(question).toContainText('Both settle in a basin');
  await expect(page.getByTestId('predict-overlay')).toHaveCount(0);
  await expectState(page, 's.predicting').toBe(false);
  await expect(page.getByTestId('trajectory-1')).toBeVisible();
  // Coming back, the step opens answered, the runs in sight.
  await page.keyboard.press('b');
  await expect(lesson(page)).toHaveAttribute('data-step', '1');
  await page.keyboard.press('n');
  await expect(lesson(page)).toHaveAttribute('data-step', '2');
  await expect(question).toHaveAttribute('data-answered', 'wrong');
  await expectState(page, 's.predicting').toBe(false);
});

test('closed before its question is answered, the lesson leaves the runs in sight', async ({
  page,
}) => {
  await page.goto(`${FIXTURE_LINK}&step=2`);
  await expect(page.getByTestId('lesson-question')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('trajectory-1')).toBeHidden();
  await page.getByRole('button', { name: 'Close the lesson' }).click();
  await expect(lesson(page)).toHaveCount(0);
  // No Reveal button left behind for a question that is gone.
  await expect(page.getByTestId('predict-overlay')).toHaveCount(0);
  await expect(page.getByTestId('trajectory-1')).toBeVisible();
  await expectState(page, 's.predicting').toBe(false);
  await expect(page).not.toHaveURL(/predict=/);
});

test('revealed before it is answered (R), the question is answered in the panel', async ({
  page,
}) => {
  await page.goto(`${FIXTURE_LINK}&step=2`);
  await expect(page.getByTestId('lesson-question')).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('r');
  await expect(page.getByTestId('predict-overlay')).toHaveCount(0);
  const question = page.getByTestId('lesson-prediction');
  await question.getByText('Both', { exact: true }).click();
  await question.getByRole('button', { name: 'Answer and show the runs' }).click();
  await expect(question).toHaveAttribute('data-answered', 'right');
  await expect(question).toContainText('Right!');
});

test('a task is detected when the real α slider is driven, and stays done', async ({ page }) => {
  await openLesson(page, `${FIXTURE_LINK}&step=3`, 3);
  const task = page.getByTestId('lesson-task');
  await expect(task).toHaveAttribute('data-done', 'false');
  await expect(page.getByTestId('lesson-task-values')).toContainText('run 1 divergedAt != null');
  await expect(page.getByTestId('lesson-task-values')).toContainText('Now: none');
  await task.getByRole('button', { name: 'Hint' }).click();
  await expect(task).toContainText('Try the right end of the slider.');
  const alpha = page.getByRole('slider', { name: /learning rate α/ }).first();
  const box = (await alpha.boundingBox())!;
  await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
  await expect(task).toHaveAttribute('data-done', 'true', { timeout: 20_000 });
  await expect(page.getByTestId('lesson-task-done')).toContainText('It diverged');
  await expectState(page, 's.lessonTasksDone.join()').toBe('2');
  // Undone by moving α back, it stays done: the student did it. (Measured again: the card
  // now says where the run diverged, and its rows may have moved.)
  const moved = (await alpha.boundingBox())!;
  await page.mouse.click(moved.x + 2, moved.y + moved.height / 2);
  await expectState(page, 's.results[0].divergedAt === null && !s.computing').toBe(true);
  await expect(task).toHaveAttribute('data-done', 'true');
});

test('presentation mode shows the teacher’s note; the share dialog links to the step', async ({
  page,
}) => {
  await openLesson(page, FIXTURE_LINK, 1);
  await expect(page.getByTestId('lesson-teacher-note')).toHaveCount(0);
  await page.keyboard.press('p');
  await expectState(page, 's.presenting').toBe(true);
  await expect(page.getByTestId('lesson-teacher-note')).toContainText(
    'Ask the class where it stops.',
  );
  // Next keeps presentation mode on.
  await page.keyboard.press('n');
  await expect(lesson(page)).toHaveAttribute('data-step', '2');
  await expectState(page, 's.presenting').toBe(true);
  await page.keyboard.press('p');

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const field = page.getByRole('textbox', { name: 'Link to this lesson step' });
  await expect(field).toHaveValue(
    new RegExp(`\\?lessonData=${DATA.replace(/\./g, '\\.')}&step=2$`),
  );
});

test('the course opens from its link and the Lessons menu; its share link names the step', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openLesson(page, '/?lesson=training-a-model&step=3', 3);
  await expect(lesson(page)).toContainText('Training a model, step by step');
  const steps = Number(await lesson(page).getAttribute('data-steps'));
  expect(steps).toBeGreaterThanOrEqual(40);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const origin = new URL(page.url()).origin;
  await expect(page.getByRole('textbox', { name: 'Link to this lesson step' })).toHaveValue(
    `${origin}/?lesson=training-a-model&step=3`,
  );
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Close the lesson' }).click();
  await expect(lesson(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/lesson=/);
  // From the header's menu: the course again, where the student was.
  await page.getByTestId('lessons-menu').click();
  await page.getByRole('menuitem', { name: /Training a model, step by step/ }).click();
  await expect(lesson(page)).toHaveAttribute('data-step', '3', { timeout: 20_000 });
  await expect(page).toHaveURL(/lesson=training-a-model&step=3/);
  // In Chinese: the course's own text and the link's language.
  await page.getByRole('combobox', { name: /language/i }).selectOption('zh');
  await expect(lesson(page)).toContainText('一步一步训练模型');
  expect(errors).toEqual([]);
});

test('at 1280×720 the course’s steps leave the lesson its text and the plot its height', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  // Step 1 enlarges the chart (the data): the landscape at the side shares the column with the
  // lesson, whose text had no line left (only its title and buttons).
  await openLesson(page, '/?lesson=training-a-model&step=1', 1);
  await expect(page.locator('.app--chart-big')).toHaveCount(1);
  const body = lesson(page).locator('.lesson__body');
  await expect(body).toContainText('dataset');
  expect((await body.boundingBox())!.height).toBeGreaterThanOrEqual(80);
  // Step 2 hides the timeline: the landscape takes its row instead of leaving it blank.
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(lesson(page)).toHaveAttribute('data-step', '2');
  await expect(page.getByRole('button', { name: 'Play' })).toHaveCount(0);
  const landscape = (await page.locator('.app__landscape').boundingBox())!;
  const chart = (await page.locator('.app__chart').boundingBox())!;
  expect(Math.abs(landscape.y + landscape.height - (chart.y + chart.height))).toBeLessThan(2);
});

test('on a portrait tablet a step that enlarges the chart shows its text on the first screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  // One column: the enlarged chart, its timeline, then the lesson and the run cards, and the
  // landscape last. Below both plots the text started 1,340 px down, past the first screen.
  await openLesson(page, '/?lesson=training-a-model&step=1', 1);
  await expect(page.locator('.app--chart-big')).toHaveCount(1);
  const text = lesson(page).locator('.lesson__text').first();
  await expect(text).toContainText('dataset');
  const top = async (selector: string) => (await stableBox(page.locator(selector))).y;
  const textTop = (await stableBox(text)).y;
  expect(await top('.app__chart')).toBeLessThan(textTop);
  expect(textTop + 40).toBeLessThan(1024);
  expect(await top('.app__landscape')).toBeGreaterThan(textTop);
  // The usual order is kept without an enlarged chart: the landscape, then the lesson.
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(lesson(page)).toHaveAttribute('data-step', '2');
  await expect(page.locator('.app--chart-big')).toHaveCount(0);
  expect(await top('.app__landscape')).toBeLessThan(await top('.app__side'));
});

test('a lesson link’s step is where Undo stops: Undo never shows the app’s first view under it', async ({
  page,
}) => {
  await openLesson(page, '/?lesson=training-a-model&step=2', 2);
  await expectState(page, 's.scenario.problem.type').toBe('linear-regression');
  const undo = page.getByRole('button', { name: /^Undo/ });
  await expect(undo).toBeDisabled();
  // The student's own change is undone, back to the step's view.
  await state(page, 's.updateOptimizer(0, { lr: 0.05 })');
  await expect(undo).toBeEnabled();
  await undo.click();
  await expectState(page, 's.scenario.optimizers[0].lr').toBe(0.1);
  await expectState(page, 's.scenario.problem.type').toBe('linear-regression');
  await expect(undo).toBeDisabled();
});

test('an unknown lesson is a notice, and the rest of the link opens in a working app', async ({
  page,
}) => {
  await page.goto('/?p=himmelblau&lesson=no-such-lesson&step=4');
  await expect(page.locator('.link-notices')).toContainText('there is no lesson "no-such-lesson"', {
    timeout: 20_000,
  });
  await expect(lesson(page)).toHaveCount(0);
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
  await expectState(page, 's.scenario.problem.name').toBe('himmelblau');
  await expect(page).not.toHaveURL(/lesson=/);
  // Still a working app: α moves the run.
  await state(page, 's.updateOptimizer(0, { lr: 0.002 })');
  await expectState(page, 's.resultsScenario === s.scenario && !s.computing').toBe(true);
});

test.describe('code on demand', () => {
  test.use({ serviceWorkers: 'block' });

  test('the first view asks for none of the player’s code; a lesson link loads the course apart', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname);
    });
    const asked = (name: string) => scripts.some((path) => path.startsWith(`/assets/${name}-`));
    await page.goto('/');
    await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
    expect(asked('index')).toBe(true);
    for (const chunk of ['LessonPanel', 'catalog', 'course'])
      expect(asked(chunk), chunk).toBe(false);
    await openLesson(page, '/?lesson=training-a-model', 1);
    for (const chunk of ['LessonPanel', 'catalog', 'course'])
      expect(asked(chunk), chunk).toBe(true);
  });
});

test.describe('a first visit', () => {
  test.use(FIRST_VISIT);

  test('a lesson link shows no first-visit hint: the lesson is the guide', async ({ page }) => {
    await openLesson(page, FIXTURE_LINK, 1);
    await expect(page.getByTestId('trajectory-0')).toBeVisible();
    await expect(page.getByTestId('first-visit-hint')).toHaveCount(0);
  });
});

test('the player and its question on the landscape pass axe, in the light and dark themes', async ({
  page,
}) => {
  for (const theme of ['light', 'dark']) {
    await page.addInitScript((t) => localStorage.setItem('descent.theme', t), theme);
    await openLesson(page, `${FIXTURE_LINK}&step=2`, 2);
    await expect(page.getByTestId('lesson-question')).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .include('[data-testid="lesson"]')
      .include('[data-testid="lesson-question"]')
      .analyze();
    const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      blocking.map((v) => `${theme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});

/**
 * Every task of the built-in course completed as a student would, in English and in Chinese
 * (issue 16, point 4; docs/lessons.md, "Questions and tasks"): on one page per language, each
 * task step is opened by the player's list of steps, its question (if any) is answered, the task
 * shows as not yet done on the step's own runs, and then the controls the step offers — a hyperparameter's field, the bias-correction switch,
 * the steps field, the batch size, the schedule picker, the start point on the landscape — are
 * driven until the player says it is done. Nothing writes the store or the address: what a
 * control cannot reach, this spec cannot either, so a step whose `show=` lacks what its task
 * needs fails here. The values each driver sets are those the course's claims solve with
 * (test/lessons/course-claims-*.ts, `solve`).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, expectState, stableBox } from './helpers';
import { TRAINING_A_MODEL } from '../src/lessons/course';
import { textIn } from '../src/lessons/local-text';

/** Does a step's task with the controls on screen; the step's question is answered already. */
type Driver = (page: Page) => Promise<void>;

/**
 * The drivers, by the step's English title (steps move when the course grows; titles stay). A
 * task step without one fails below with its title, so a new task cannot go untried.
 */
const DRIVERS: Record<string, Driver> = {
  'A line is a point (w, b)': (page) => dragStartTo(page, [2, 1]),
  'Steps shrink on their own': (page) => typeHyperparam(page, 0, 'α', 0.3),
  'The full batch': (page) => typeSteps(page, 30),
  'Noise that does not settle': (page) => chooseFullBatch(page),
  'The limit: α < 2/L': (page) => typeHyperparam(page, 0, 'α', 0.6),
  'About right': (page) => typeHyperparam(page, 0, 'α', 0.25),
  'Smaller still, or elsewhere': (page) => clickLandscapeAt(page, [-0.3, 1.2]),
  'Too much momentum': (page) => typeHyperparam(page, 1, 'μ', 0.5),
  'Momentum stretches the limit': (page) => typeHyperparam(page, 1, 'α', 0.6),
  'AdaGrad runs out of steam': (page) => typeHyperparam(page, 0, 'α', 0.5),
  'Bias correction': (page) => switchOn(page, 0),
  'β₁: memory of the direction': (page) => typeHyperparam(page, 0, 'β1', 0.9),
  'β₂: memory of the size': (page) => typeHyperparam(page, 0, 'β2', 0.9),
  'Big steps first, small steps last': (page) => chooseSchedule(page, 0, 'cosine'),
  'Warm-up': (page) => typeHyperparam(page, 0, 'α', 0.04),
  'What carries over: α still decides': (page) => typeHyperparam(page, 0, 'α', 20),
};

/** The course's task steps, counted from 1 as on screen; the course has every text in English. */
const TASK_STEPS = TRAINING_A_MODEL.steps.flatMap((step, index) =>
  step.task ? [{ step, task: step.task, number: index + 1, title: textIn(step.title, 'en') }] : [],
);

// ── the controls, found by what does not change with the language ──────────────────────────

/** Run `index`'s card (0 is the first run). */
const runCard = (page: Page, index: number) => page.locator('.run-card').nth(index);

/** Types `value` into the field of the hyperparameter whose symbol is `symbol` and commits it. */
async function typeHyperparam(page: Page, run: number, symbol: string, value: number) {
  const row = runCard(page, run)
    .locator('.hyperparam-row')
    .filter({ has: page.locator('.hyperparam-row__symbol').getByText(symbol, { exact: true }) });
  const field = row.getByRole('textbox');
  await expect(field, `run ${run + 1}'s card shows no ${symbol} (the step's show=)`).toBeVisible();
  await field.fill(String(value));
  await field.press('Enter');
  await expect(field).toHaveValue(String(value));
}

/** Turns on run `run`'s switch (Adam's bias correction: the only one a step shows). */
async function switchOn(page: Page, run: number) {
  const toggle = runCard(page, run).getByRole('switch');
  await expect(toggle, `run ${run + 1}'s card shows no switch (the step's show=)`).toBeVisible();
  await toggle.check();
}

/** Types `steps` into the timeline's steps field and commits it. */
async function typeSteps(page: Page, steps: number) {
  const field = page.locator('.timeline__steps-input');
  await expect(field, "the timeline shows no steps field (the step's show=)").toBeVisible();
  await field.fill(String(steps));
  await field.press('Enter');
  await expect(field).toHaveValue(String(steps));
}

/** Opens the chart panel's Data tab and picks the full batch in its batch size menu. */
async function chooseFullBatch(page: Page) {
  await page.locator('.chart-panel [role="tab"][id$="-tab-data"]').click();
  await page
    .locator('select.data-panel__select:not(.data-panel__select--run)')
    .selectOption('full');
}

/** Opens run `run`'s schedule editor from its card and picks `type`. */
async function chooseSchedule(page: Page, run: number, type: string) {
  const button = runCard(page, run).locator('.schedule-control__button');
  await expect(button, `run ${run + 1}'s card shows no schedule (the step's show=)`).toBeVisible();
  await button.click();
  const select = page.locator('.schedule-editor__select');
  await expect(select).toBeFocused();
  await select.selectOption(type);
}

/**
 * Where the data point `point` is on the page, read off the landscape's axes as a student reads
 * them: the two outer ticks of each axis give its scale (the axes are linear).
 */
async function pagePoint(page: Page, [x, y]: [number, number]) {
  const plot = await stableBox(page.locator('.landscape__hit'));
  const ticks = await page.locator('.landscape__axes').evaluate((axes) => {
    const read = (group: Element, coordinate: 1 | 2) =>
      [...group.children]
        .filter((child) => child.tagName === 'g')
        .map((tick) => ({
          value: Number(tick.textContent!.replace('−', '-')),
          pixel: Number(
            /translate\(([^,]+),([^)]+)\)/.exec(tick.getAttribute('transform')!)![coordinate],
          ),
        }));
    const [xAxis, yAxis] = axes.querySelectorAll(':scope > g');
    return { x: read(xAxis!, 1), y: read(yAxis!, 2) };
  });
  const along = (axis: { value: number; pixel: number }[], value: number) => {
    const first = axis[0]!;
    const last = axis[axis.length - 1]!;
    return (
      first.pixel +
      ((value - first.value) * (last.pixel - first.pixel)) / (last.value - first.value)
    );
  };
  return { x: plot.x + along(ticks.x, x), y: plot.y + along(ticks.y, y) };
}

/** Drags the landscape's start handle to the data point `to`. */
async function dragStartTo(page: Page, to: [number, number]) {
  const handle = await stableBox(page.getByTestId('start-handle'));
  const target = await pagePoint(page, to);
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x, target.y, { steps: 10 });
  await page.mouse.up();
}

/** Clicks the landscape at the data point `at`: a click sets the start there. */
async function clickLandscapeAt(page: Page, at: [number, number]) {
  const target = await pagePoint(page, at);
  await page.mouse.click(target.x, target.y);
}

/** Answers the step's question with its right answer, which reveals the runs. */
async function answerRightly(page: Page, answer: number) {
  const card = page.getByTestId('lesson-question');
  await card.getByRole('radio').nth(answer).check();
  await card.getByRole('button').click();
  await expect(page.getByTestId('lesson-prediction')).toHaveAttribute('data-answered', 'right');
}

// ── the tests ────────────────────────────────────────────────────────────────────────────

test('every task step of the course has a driver, and every driver a task step', () => {
  const titles = TASK_STEPS.map(({ title }) => title);
  const missing = titles.filter((title) => !(title in DRIVERS));
  const stale = Object.keys(DRIVERS).filter((title) => !titles.includes(title));
  expect(missing, 'task steps without a driver in DRIVERS (add one)').toEqual([]);
  expect(stale, 'drivers in DRIVERS for no task step (renamed or removed?)').toEqual([]);
});

for (const lang of ['en', 'zh'] as const) {
  test(`every task of the course is done with the controls its step shows (${lang})`, async ({
    page,
  }) => {
    // A few seconds per task on a busy machine (the last one trains a network).
    test.setTimeout(TASK_STEPS.length * 15_000);
    const errors = collectErrors(page);
    const first = TASK_STEPS[0]!.number;
    await page.goto(
      `/?lesson=${TRAINING_A_MODEL.id}&step=${first}${lang === 'en' ? '' : `&lang=${lang}`}`,
    );
    const lesson = page.getByTestId('lesson');
    await expect(lesson).toHaveAttribute('data-step', String(first), { timeout: 20_000 });
    for (const { step, task, number, title } of TASK_STEPS) {
      await test.step(`step ${number}, ${title}`, async () => {
        const drive = DRIVERS[title];
        if (!drive)
          throw new Error(`step ${number} (${title}) has a task but no driver in DRIVERS`);
        // From one task step to the next by the player's own list of steps: one page load.
        if (number !== first)
          await lesson.locator('.lesson__steps').selectOption(String(number - 1));
        await expect(lesson).toHaveAttribute('data-step', String(number));
        await expect(lesson.getByRole('heading', { level: 2 })).toHaveText(
          textIn(step.title, lang),
        );
        if (step.prediction) await answerRightly(page, step.prediction.answer);

        // Checked on the step's own runs and not met: the values say how far there is to go.
        const shown: Locator = page.getByTestId('lesson-task');
        await expect(page.getByTestId('lesson-task-values')).toBeVisible({ timeout: 30_000 });
        await expect(shown).toHaveAttribute('data-done', 'false');

        await drive(page);

        await expect(shown).toHaveAttribute('data-done', 'true', { timeout: 30_000 });
        await expect(page.getByTestId('lesson-task-done')).toContainText(
          textIn(task.success, lang),
        );
        await expectState(page, 's.engineError').toBeNull();
      });
    }
    expect(errors).toEqual([]);
  });
}

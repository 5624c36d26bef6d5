/**
 * The built-in course walked through in the player, in English and in Chinese (issue 16, point
 * 4): every step opens by the player's own Next, shows its title in the language chosen, its
 * scenario runs to the end without an engine error (waited for in English; the runs are the same
 * in Chinese), and its question hides the runs until it is answered (with the right answer),
 * which reveals them. The claims of each step are checked on the real runs by
 * test/lessons/course.test.ts; completing each task with the controls its step shows is
 * e2e/lesson-tasks.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { collectErrors, expectState } from './helpers';
import { TRAINING_A_MODEL } from '../src/lessons/course';
import { textIn } from '../src/lessons/local-text';

const STEPS = TRAINING_A_MODEL.steps;

for (const lang of ['en', 'zh'] as const) {
  test(`every step of the course opens, runs and reveals (${lang})`, async ({ page }) => {
    // A few seconds per step on a busy machine (the models' steps train a network).
    test.setTimeout(STEPS.length * 12_000);
    const errors = collectErrors(page);
    await page.goto(`/?lesson=${TRAINING_A_MODEL.id}${lang === 'en' ? '' : `&lang=${lang}`}`);
    const lesson = page.getByTestId('lesson');
    await expect(lesson).toHaveAttribute('data-steps', String(STEPS.length), { timeout: 20_000 });
    for (const [index, step] of STEPS.entries()) {
      await expect(lesson).toHaveAttribute('data-step', String(index + 1));
      await expect(lesson.getByRole('heading', { level: 2 })).toHaveText(textIn(step.title, lang));
      if (step.prediction) {
        const card = page.getByTestId('lesson-question');
        await expect(card).toBeVisible();
        await expectState(page, 's.predicting').toBe(true);
        await card.getByRole('radio').nth(step.prediction.answer).check();
        await card.getByRole('button').click();
        await expect(page.getByTestId('lesson-prediction')).toHaveAttribute(
          'data-answered',
          'right',
        );
        await expectState(page, 's.predicting').toBe(false);
      }
      // The runs do not depend on the language: the English walk waits for every step's runs to
      // end; the Chinese walk checks what the language changes (titles, questions, answers),
      // and its steps' runs are the English walk's. (The tasks run in both: lesson-tasks.spec.)
      if (lang === 'en')
        await expectState(
          page,
          's.resultsScenario === s.scenario && !s.computing && s.progress === null',
          60_000,
        ).toBe(true);
      await expectState(page, 's.engineError').toBeNull();
      await expectState(page, 's.linkNotices.length').toBe(0);
      if (index < STEPS.length - 1) await page.keyboard.press('n');
    }
    expect(errors).toEqual([]);
  });
}

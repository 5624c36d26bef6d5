import { expect, test, type Locator, type Page } from '@playwright/test';
import { eachTestOpens, state } from './helpers';
import type { OptimizerSpec } from '../src/scenario/types';

/** The store's optimizers, read in the page. */
const optimizers = (page: Page) => state(page, 's.scenario.optimizers') as Promise<OptimizerSpec[]>;

/** Polls run `index`'s schedule in the store until it meets the matcher that follows. */
const expectSchedule = (page: Page, index: number) =>
  expect.poll(async () => (await optimizers(page))[index]!.schedule);

/** Page object: run N's schedule button and its editor. */
class ScheduleEditor {
  readonly dialog: Locator;
  constructor(
    readonly page: Page,
    readonly run: number,
  ) {
    this.dialog = page.getByRole('dialog', { name: `Learning-rate schedule of run ${run}` });
  }
  button(type: string): Locator {
    return this.page.getByRole('button', { name: `Schedule of run ${this.run}: ${type}` });
  }
  async open(type = 'constant') {
    await this.button(type).click();
    await expect(this.dialog).toBeVisible();
  }
  type(): Locator {
    return this.dialog.getByLabel('schedule type');
  }
  field(name: string): Locator {
    return this.dialog.getByLabel(name, { exact: true });
  }
}

eachTestOpens((page) => page.getByTestId('trajectory-1'));

test('a cosine schedule on run 2: stored, plotted, drawn in the lr strip, and it moves the trajectory', async ({
  page,
}) => {
  // With constant lrs there is no strip: the loss chart keeps its height.
  await expect(page.getByTestId('lr-strip')).toHaveCount(0);
  const trajectory = await page.getByTestId('trajectory-1').getAttribute('d');

  const editor = new ScheduleEditor(page, 2);
  await editor.open();
  await expect(editor.type()).toBeFocused();
  await editor.type().selectOption('cosine');
  await expect(editor.field('tMax')).toHaveAttribute('placeholder', '500');
  await editor.field('tMax').fill('200');
  await editor.field('tMax').press('Enter');

  await expectSchedule(page, 1).toEqual({
    type: 'cosine',
    tMax: 200,
  });
  await expect(editor.dialog.getByTestId('schedule-plot-lr')).toHaveAttribute('d', /^M.+L/);
  await expect(page.getByTestId('lr-strip')).toBeVisible();
  await expect(page.getByTestId('lr-strip-run-1')).toHaveAttribute('d', /^M.+L/);
  await expect(page.getByTestId('trajectory-1')).not.toHaveAttribute('d', trajectory!, {
    timeout: 20_000,
  });

  // Escape closes the editor and gives focus back to the button, which names the new type.
  await page.keyboard.press('Escape');
  await expect(editor.dialog).toBeHidden();
  await expect(editor.button('cosine')).toBeFocused();
  await expect(page.getByTestId('schedule-spark-1')).toBeVisible();
});

test('choosing constant removes the schedule field, and the strip goes', async ({ page }) => {
  await page.evaluate(() =>
    (
      window as unknown as {
        __descent: {
          store: { getState(): { updateOptimizer(i: number, p: Partial<OptimizerSpec>): void } };
        };
      }
    ).__descent.store
      .getState()
      .updateOptimizer(1, { schedule: { type: 'step', stepSize: 50 } }),
  );
  await expect(page.getByTestId('lr-strip-run-1')).toBeVisible();
  const editor = new ScheduleEditor(page, 2);
  await editor.open('step');
  await expect(editor.type()).toHaveValue('step');
  await expect(editor.field('stepSize')).toHaveValue('50');
  await editor.type().selectOption('constant');
  await expect.poll(async () => 'schedule' in (await optimizers(page))[1]!).toBe(false);
  await expect(page.getByTestId('lr-strip')).toHaveCount(0);
  await expect(editor.field('stepSize')).toHaveCount(0);
});

test('an invalid value shows the validator message in place and is not stored', async ({
  page,
}) => {
  const editor = new ScheduleEditor(page, 2);
  await editor.open();
  await editor.type().selectOption('warmup-cosine');
  await expectSchedule(page, 1).toEqual({
    type: 'warmup-cosine',
  });

  // A fractional step count: the scenario validator's own words.
  await editor.field('warmupSteps').fill('2.5');
  await editor.field('warmupSteps').press('Enter');
  await expect(editor.dialog.getByRole('alert')).toHaveText(/warmupSteps must be a whole number/);
  await expect(editor.field('warmupSteps')).toHaveAttribute('aria-invalid', 'true');

  // A cross-field rule, checked on blur: the warm-up must end before tMax.
  await editor.field('warmupSteps').fill('40');
  await editor.field('tMax').fill('30');
  await editor.field('tMax').blur();
  await expect(editor.dialog.getByRole('alert')).toHaveText(/below tMax \(30\)/);
  // Not a number at all.
  await editor.field('etaMin').fill('abc');
  await editor.field('etaMin').press('Enter');
  await expect(editor.dialog.getByRole('alert').last()).toHaveText(/Enter a number/);
  // Nothing invalid reached the store: only the warm-up of 40 was committed.
  await expectSchedule(page, 1).toEqual({ type: 'warmup-cosine', warmupSteps: 40 });

  // Escape first drops the edit (the message goes), then closes the editor.
  await page.keyboard.press('Escape');
  await expect(editor.field('etaMin')).toHaveValue('');
  await expect(editor.dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editor.dialog).toBeHidden();
});

test('one-cycle plots the cycled β1 of Adam and the lr strip follows the cursor', async ({
  page,
}) => {
  const editor = new ScheduleEditor(page, 2);
  await editor.open();
  await editor.type().selectOption('one-cycle');
  await expect(editor.dialog.getByTestId('schedule-plot-momentum')).toBeVisible();
  await expect(editor.dialog.getByTestId('schedule-plot-readout')).toContainText('β1');
  await editor.field('cycleMomentum').uncheck();
  await expectSchedule(page, 1).toEqual({
    type: 'one-cycle',
    cycleMomentum: false,
  });
  await expect(editor.dialog.getByTestId('schedule-plot-momentum')).toHaveCount(0);
  await page.keyboard.press('Escape');

  await page.evaluate(() => {
    const state = (
      window as unknown as {
        __descent: { store: { getState(): { pause(): void; setCursor(step: number): void } } };
      }
    ).__descent.store.getState();
    state.pause();
    state.setCursor(100);
  });
  await expect(page.getByTestId('lr-strip-cursor')).toHaveAttribute('data-step', '100');
  // The strip's step scale is the loss chart's: the cursors line up to the pixel (polled: the
  // chart's layout settles once the strip has taken its place).
  const centre = async (testId: string) => {
    const box = (await page.getByTestId(testId).boundingBox())!;
    return box.x + box.width / 2;
  };
  await expect
    .poll(async () => Math.abs((await centre('lr-strip-cursor')) - (await centre('chart-cursor'))))
    .toBeLessThan(1);
});

/**
 * The frame beat (src/state/frame-beat.ts): from each run request until half a second after the
 * last, an invisible element moves on the compositor, so that the compositor listens to the
 * display's frames and an input's own change is painted with its results, in one frame (issue
 * 17; docs/benchmark.md, "Session 24"). At rest nothing moves.
 */
import { expect, test, type Page } from '@playwright/test';
import { alphaSliderStepped, settled } from './helpers';

/** The beat's state as the app and the page see it. */
const beat = (page: Page) =>
  page.evaluate(() => {
    const element = document.querySelector<HTMLElement>('[data-testid="frame-beat"]')!;
    const animations = element.getAnimations();
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const app = (window as unknown as { __descent: { frameBeat: { active: boolean } } }).__descent;
    return {
      active: app.frameBeat.active,
      running: animations.filter((a) => a.playState === 'running').length,
      invisible:
        style.opacity === '0' &&
        style.pointerEvents === 'none' &&
        box.width <= 1 &&
        box.height <= 1 &&
        element.getAttribute('aria-hidden') === 'true' &&
        element.childNodes.length === 0,
    };
  });

test('a slider step keeps the beat, which stops at rest; the element is never seen', async ({
  page,
}) => {
  const { slider } = await alphaSliderStepped(page, 1);
  // At rest after the first step: nothing moves.
  await expect.poll(async () => (await beat(page)).active, { timeout: 20_000 }).toBe(false);
  expect(await beat(page)).toMatchObject({ running: 0, invisible: true });

  // Kept from the run's request. Read in the input's own task, so that a busy machine cannot let
  // the hold pass before the test reads it: the step is made in the page, as the slider's own
  // input event would.
  expect(await slider.evaluate((input) => input === document.activeElement)).toBe(true);
  const during = await page.evaluate(() => {
    const input = document.activeElement as HTMLInputElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setValue.call(input, String(Number(input.value) - Number(input.step || 0.01)));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const element = document.querySelector<HTMLElement>('[data-testid="frame-beat"]')!;
    const app = (window as unknown as { __descent: { frameBeat: { active: boolean } } }).__descent;
    return { active: app.frameBeat.active, on: element.classList.contains('frame-beat--on') };
  });
  expect(during).toEqual({ active: true, on: true });
  await settled(page);
  await expect.poll(async () => (await beat(page)).active, { timeout: 20_000 }).toBe(false);
  expect(await beat(page)).toMatchObject({ running: 0, invisible: true });
});

test('with reduced motion the beat still runs: it moves nothing anyone sees', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await alphaSliderStepped(page, 1);
  const during = await page.evaluate(() => {
    const input = document.activeElement as HTMLInputElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setValue.call(input, String(Number(input.value) * 1.1));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const element = document.querySelector<HTMLElement>('[data-testid="frame-beat"]')!;
    const [animation] = element.getAnimations();
    return {
      running: animation?.playState === 'running',
      iterations: animation?.effect?.getComputedTiming().iterations ?? null,
    };
  });
  expect(during).toEqual({ running: true, iterations: Infinity });
});

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

/**
 * Moves the focused slider a quarter of its range, as its own input event would, and reads the
 * beat in the same task: a busy machine cannot let the hold pass before it is read.
 */
const moveFocusedSlider = (page: Page) =>
  page.evaluate(() => {
    const input = document.activeElement as HTMLInputElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const [min, max, value] = [input.min, input.max, input.value].map(Number) as [
      number,
      number,
      number,
    ];
    const moved = value - min > (max - min) / 2 ? value - (max - min) / 4 : value + (max - min) / 4;
    setValue.call(input, String(moved));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const element = document.querySelector<HTMLElement>('[data-testid="frame-beat"]')!;
    const app = (window as unknown as { __descent: { frameBeat: { active: boolean } } }).__descent;
    const [animation] = element.getAnimations();
    return {
      active: app.frameBeat.active,
      on: element.classList.contains('frame-beat--on'),
      running: animation?.playState === 'running',
      iterations: animation?.effect?.getComputedTiming().iterations ?? null,
    };
  });

test('a slider step keeps the beat, which stops at rest; the element is never seen', async ({
  page,
}) => {
  const { slider } = await alphaSliderStepped(page, 1);
  // At rest after the first step: nothing moves.
  await expect.poll(async () => (await beat(page)).active, { timeout: 20_000 }).toBe(false);
  expect(await beat(page)).toMatchObject({ running: 0, invisible: true });

  // Kept from the run's request.
  expect(await slider.evaluate((input) => input === document.activeElement)).toBe(true);
  const during = await moveFocusedSlider(page);
  expect(during).toMatchObject({ active: true, on: true, running: true });
  await settled(page);
  await expect.poll(async () => (await beat(page)).active, { timeout: 20_000 }).toBe(false);
  expect(await beat(page)).toMatchObject({ running: 0, invisible: true });
});

test('with reduced motion the beat still runs: it moves nothing anyone sees', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await alphaSliderStepped(page, 1);
  const during = await moveFocusedSlider(page);
  expect(during).toMatchObject({ active: true, running: true, iterations: Infinity });
});

/**
 * Keyboard helpers for the e2e suite: move focus with Tab only, and measure the focus indicator
 * of the focused element (WCAG 2.4.7 focus visible; 1.4.11 non-text contrast, 3:1).
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** What the page says about the focused element and its focus indicator. */
export interface FocusRing {
  /** A short description: tag, role and accessible name or text, for failure messages. */
  label: string;
  /** The element has a box on screen (a Tab stop must be something one can see). */
  visible: boolean;
  /** Outline style and width, or the box-shadow, that draw the indicator; null for none. */
  indicator: string | null;
  /** Contrast of the indicator's colour against what is behind it (1 to 21). */
  contrast: number;
}

/** Whether the locator's element holds focus (without waiting for it to exist). */
export const isFocused = (locator: Locator) =>
  locator.evaluateAll((els) => els.some((el) => el === document.activeElement));

/**
 * Presses Tab (or Shift+Tab) until the locator's element is focused, as a keyboard user would,
 * and fails after `max` presses. Returns the number of presses.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { max = 80, back = false }: { max?: number; back?: boolean } = {},
): Promise<number> {
  const passed: string[] = [];
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await isFocused(target)) return presses;
    passed.push((await focusRing(page))?.label ?? '(document)');
  }
  throw new Error(
    `${String(target)} was not reached within ${max} presses of Tab; focus passed:\n  ${passed.join('\n  ')}`,
  );
}

/**
 * Reads the focused element's focus indicator. The colour is resolved by the browser (any CSS
 * colour syntax) through a 1×1 canvas; the background is that of the nearest ancestor with one
 * (an outline is drawn outside the element, over its parent), blended over the page.
 */
export function focusRing(page: Page): Promise<FocusRing | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | SVGElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgba = (css: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255];
    };
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    const over = (top: number[], bottom: number[]) =>
      [0, 1, 2].map((i) => top[i]! * top[3]! + bottom[i]! * (1 - top[3]!)).concat(1);
    // What is behind the element: the nearest ancestor's background, over the page's.
    const page = rgba(getComputedStyle(document.body).backgroundColor);
    let behind =
      page[3] > 0 ? page : rgba(getComputedStyle(document.documentElement).backgroundColor);
    if (behind[3] === 0) behind = [255, 255, 255, 1];
    for (let node = el.parentElement; node; node = node.parentElement) {
      const bg = rgba(getComputedStyle(node).backgroundColor);
      if (bg[3] > 0) {
        behind = over(bg, behind) as typeof behind;
        break;
      }
    }
    const style = getComputedStyle(el);
    let indicator: string | null = null;
    let colour: number[] | null = null;
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) {
      indicator = `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
      colour = rgba(style.outlineColor);
    } else if (style.boxShadow !== 'none') {
      indicator = `box-shadow ${style.boxShadow}`;
      // The first colour in the shadow list; Chromium writes it first in each shadow.
      const match = /^(rgba?\([^)]*\)|#[0-9a-f]+|[a-z]+\([^)]*\))/i.exec(style.boxShadow);
      colour = match ? rgba(match[1]!) : null;
    }
    const ratio = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const box = el.getBoundingClientRect();
    const name =
      el.getAttribute('aria-label') ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent?.trim().slice(0, 40) ??
      '';
    return {
      label: `<${el.tagName.toLowerCase()}${el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : ''}> ${name}`,
      visible: box.width > 0 && box.height > 0,
      indicator,
      contrast: colour ? ratio(over(colour, behind), behind) : 1,
    };
  });
}

/**
 * Fails unless the focused element is visible and draws a focus indicator of 3:1 or more.
 * Retried until it holds (or the expect timeout passes): the indicator may fade in through a
 * transition, and a focus that moves on a keypress is applied before the styles are.
 */
export async function expectVisibleFocus(page: Page): Promise<FocusRing> {
  let ring: FocusRing | null = null;
  await expect(async () => {
    ring = await focusRing(page);
    expect(ring, 'something has focus').not.toBeNull();
    expect(ring!.visible, `${ring!.label} is on screen`).toBe(true);
    expect(ring!.indicator, `${ring!.label} draws a focus indicator`).not.toBeNull();
    expect(ring!.contrast, `${ring!.label}: ${ring!.indicator}`).toBeGreaterThanOrEqual(3);
  }).toPass({ timeout: 5_000 });
  return ring!;
}

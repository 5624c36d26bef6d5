import { expect, test, type Page } from '@playwright/test';

/** The computed background of the optimizers panel: the theme's --panel. */
const panelBackground = (page: Page) =>
  page.locator('.optimizers-panel').evaluate((el) => getComputedStyle(el).backgroundColor);
const themeButton = (page: Page) => page.getByRole('button', { name: /^Theme/ });

/** The part of the store these tests use. */
interface DescentStore {
  getState(): { updateOptimizer(index: number, patch: { color: string }): void };
}

const LIGHT_PANEL = 'rgb(255, 255, 255)';
const DARK_PANEL = 'rgb(26, 33, 41)';

test.describe('a dark system', () => {
  test.use({ colorScheme: 'dark' });

  test('gets the dark theme by default, with dark panels and light text', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(() => panelBackground(page)).toBe(DARK_PANEL);
    await expect(page.locator('.app-header__name')).toHaveCSS('color', 'rgb(231, 236, 241)');
    await expect(themeButton(page)).toHaveAttribute('data-preference', 'system');
    await page.screenshot({ path: 'test-results/screenshots/theme-dark-1280.png' });
  });

  test('a chart line in the palette’s black is lifted to a visible grey', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
    await page.evaluate(() => {
      const { store } = (window as unknown as { __descent: { store: DescentStore } }).__descent;
      store.getState().updateOptimizer(0, { color: '#000000' });
    });
    const line = page.locator('.loss-chart__line').first();
    await expect(line).toBeVisible();
    // Whatever the run's colour, the stroke drawn on the dark panel is never near black (polled:
    // the line takes its new colour in a render after the change).
    const brightest = () =>
      line.evaluate((el) => {
        const probe = document.createElement('canvas').getContext('2d')!;
        probe.fillStyle = getComputedStyle(el).stroke;
        probe.fillRect(0, 0, 1, 1);
        return Math.max(...probe.getImageData(0, 0, 1, 1).data.slice(0, 3));
      });
    await expect.poll(brightest).toBeGreaterThan(90);
  });
});

test.describe('the theme toggle', () => {
  test.use({ colorScheme: 'light' });

  test('cycles system → light → dark, is remembered over a reload, and stays out of links', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect.poll(() => panelBackground(page)).toBe(LIGHT_PANEL);

    const button = themeButton(page);
    await button.click();
    await expect(button).toHaveAttribute('data-preference', 'light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await button.click();
    await expect(button).toHaveAttribute('data-preference', 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // Polled: the panels may change colour through a transition.
    await expect.poll(() => panelBackground(page)).toBe(DARK_PANEL);
    expect(page.url()).not.toMatch(/theme|dark/);

    await page.reload();
    await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(() => panelBackground(page)).toBe(DARK_PANEL);
    await expect(themeButton(page)).toHaveAttribute('data-preference', 'dark');

    // Back to following the system, which is light here.
    await themeButton(page).click();
    await expect(themeButton(page)).toHaveAttribute('data-preference', 'system');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('is keyboard operable with an accessible name', async ({ page }) => {
    await page.goto('/');
    const button = themeButton(page);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('data-preference', 'light');
    await page.keyboard.press('Space');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

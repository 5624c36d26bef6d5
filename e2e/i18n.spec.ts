import { expect, test, type Page } from '@playwright/test';

/** The page's text in a language: spot checks of every part of the screen in 简体中文. */
const state = (page: Page, expression: string) =>
  page.evaluate(`(() => { const s = window.__descent.store.getState(); return ${expression}; })()`);

const SHOTS = process.env.I18N_SHOTS;

test.describe('in Chinese (lang=zh)', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/?lang=zh');
    await expect(page.getByTestId('trajectory-1')).toBeVisible();
  });

  test('header, optimizers, tabs, timeline and landscape speak Chinese', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    const header = page.locator('.app-header');
    await expect(header).toContainText('一步一步看梯度下降');
    await expect(page.getByRole('button', { name: '问题：Rosenbrock 函数——更换' })).toBeVisible();
    await expect(page.getByRole('button', { name: '预设' })).toBeVisible();
    await expect(page.getByRole('button', { name: '分享' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Language / 语言' })).toHaveValue('zh');

    await expect(page.getByRole('heading', { name: '优化器' })).toBeVisible();
    await expect(page.getByRole('button', { name: '添加优化器' })).toBeVisible();
    await expect(page.getByRole('slider', { name: '学习率 α' }).first()).toBeVisible();
    await expect(page.getByRole('region', { name: '运行 1：梯度下降' })).toBeVisible();
    await expect(page.locator('.run-card').first()).toContainText('最终损失');

    await expect(page.getByRole('tab', { name: '损失' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tab', { name: 'α 扫描' })).toBeVisible();

    await expect(page.getByRole('button', { name: '播放' })).toBeVisible();
    await expect(page.getByRole('button', { name: '跳到开头' })).toBeVisible();
    await expect(page.getByLabel('播放速度')).toContainText('步/秒');
    await expect(page.getByRole('button', { name: '重置视图' })).toBeVisible();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/main-zh.png` });
  });

  test('the presets gallery, the share dialog and the problem picker', async ({ page }) => {
    await page.getByRole('button', { name: '预设' }).click();
    const gallery = page.getByRole('dialog', { name: '预设' });
    await expect(gallery).toContainText('学习率：太小、合适、太大');
    await expect(gallery.getByRole('heading', { name: '自适应步长' })).toBeVisible();
    // Cards open in the language shown.
    await expect(gallery.locator('[data-preset="momentum-ellipse"]')).toHaveAttribute(
      'href',
      /lang=zh/,
    );
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/gallery-zh.png` });
    await gallery.locator('[data-preset="momentum-ellipse"]').click();
    await expect.poll(() => state(page, 's.lang')).toBe('zh');
    await expect(page).toHaveURL(/lang=zh/);

    await page.getByRole('button', { name: '分享' }).click();
    const share = page.getByRole('dialog', { name: '分享此视图' });
    await expect(share.getByRole('button', { name: '复制链接' })).toBeVisible();
    await expect(share).toContainText('课堂链接：只显示这些控件');
    await expect(share.getByLabel('指向此视图的链接')).toHaveValue(/lang=zh/);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: /^问题：/ }).click();
    const picker = page.getByRole('dialog', { name: '选择问题' });
    await expect(picker.getByRole('button', { name: 'Himmelblau 函数' })).toBeVisible();
    await expect(picker).toContainText('四个同样低的极小值');
    await expect(picker.locator('.problem-card__badge')).toHaveText('当前');
  });

  test('the step inspector', async ({ page }) => {
    await page.getByRole('button', { name: '检视这一步' }).click();
    const panel = page.getByRole('region', { name: '单步检视器' });
    await expect(panel.locator('.inspector__formula .katex')).toBeVisible();
    await expect(page.getByTestId('inspector-title')).toHaveText(/^第 \d+ 步 → \d+ · 梯度下降$/);
    await expect(panel).toContainText('普通梯度下降');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/inspector-zh.png` });
  });

  test('the picker switches back to English and the link loses lang', async ({ page }) => {
    await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Add optimizer' })).toBeVisible();
    await expect(page.getByRole('slider', { name: 'learning rate α' }).first()).toBeVisible();
    await expect.poll(() => page.url()).not.toContain('lang=');
    await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption('zh');
    await expect(page.getByRole('button', { name: '添加优化器' })).toBeVisible();
    await expect.poll(() => page.url()).toContain('lang=zh');
  });
});

test.describe('a browser preferring Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('opens in Chinese without lang in the link, and lang=en wins over it', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: '优化器' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await page.goto('/?lang=en');
    await expect(page.getByRole('heading', { name: 'Optimizers' })).toBeVisible();
  });
});

test('an English browser opens in English and writes no lang', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Optimizers' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(page.url()).not.toContain('lang=');
});

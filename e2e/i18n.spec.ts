import { expect, test } from '@playwright/test';
import { expectState, state } from './helpers';

/** The page's text in a language: spot checks of every part of the screen in 简体中文. */
const SHOTS = process.env.I18N_SHOTS;

test.describe('in Chinese (lang=zh)', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/?lang=zh');
    await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
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
    await expect(share.getByRole('button', { name: '复制链接' })).toBeVisible({ timeout: 20_000 });
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

  test('the α sweep, the β/ε maps and the schedule editor', async ({ page }) => {
    await state(page, "(s.addOptimizer('adam'), s.selectRun(1))");
    await page.getByRole('tab', { name: 'α 扫描' }).click();
    await expect(page.getByRole('combobox', { name: '扫描指标' })).toContainText('最终损失');
    await expect(page.getByTestId('sweep-chart-axis')).toHaveAttribute('title', '最终 f − f*');
    await expect(page.getByRole('button', { name: '为每个运行调优 α' })).toBeVisible();
    await expect(page.getByTestId('sweep-status')).toContainText('单击或拖动以设置 Adam 的 α', {
      timeout: 20_000,
    });
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/sweep-zh.png` });
    // A language change re-words what was memoised for the sweep (its axis).
    await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption('en');
    await expect(page.getByTestId('sweep-chart-axis')).toHaveAttribute('title', 'final f − f*');
    await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption('zh');

    await page.getByRole('tab', { name: 'β、ε 图' }).click();
    await expect(page.getByTestId('maps-readout')).toContainText(
      'Adam（运行 2），500 步后的最终损失',
    );
    await state(page, 's.selectRun(0)');
    await expect(page.getByTestId('maps-notice')).toContainText('所选运行 梯度下降（运行 1） 没有');
    await expect(
      page.getByRole('button', { name: /^显示 Adam（运行 2）\s*的敏感度图$/ }),
    ).toBeVisible();

    await page.getByRole('button', { name: '运行 1 的调度：恒定' }).click();
    const editor = page.getByRole('dialog', { name: '运行 1 的学习率调度' });
    await editor.getByRole('combobox', { name: '调度类型' }).selectOption('cosine');
    await expect(editor).toContainText('沿半个余弦周期');
    await expect(editor).toContainText('从 α 降到 etaMin 的步数');
    await expect(page.getByTestId('schedule-plot-readout')).toContainText('步的学习率');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/schedule-zh.png` });
  });

  test('a model’s data, its settings and the CSV dialog', async ({ page }) => {
    await state(page, "s.setProblem({ type: 'mlp' })");
    await page.getByRole('tab', { name: '数据' }).click();
    const panel = page.getByRole('region', { name: '数据与决策边界' });
    await expect(panel.getByTestId('classifier-readout')).toContainText('准确率', {
      timeout: 20_000,
    });
    await expect(panel.getByRole('list', { name: '图例' })).toContainText('决策边界');
    await panel.getByRole('button', { name: '模型设置' }).click();
    await expect(panel.getByRole('combobox', { name: '数据集' })).toContainText('双月');
    await expect(panel.getByTestId('mlp-architecture')).toHaveText('2-16-16-1 · 337 个参数');
    await expect(panel.getByRole('combobox', { name: '批大小' })).toContainText('全批量（200）');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/model-zh.png` });

    await page.getByRole('button', { name: '你的数据…' }).click();
    const dialog = page.getByRole('dialog', { name: '你的数据' });
    await expect(dialog).toContainText('尚未粘贴任何内容。');
    await dialog.getByRole('button', { name: '使用示例' }).click();
    await expect(dialog.getByTestId('csv-preview')).toHaveText(
      '✓ 6 个点，2 个类别（类别 0 有 3 个，类别 1 有 3 个）',
    );
    await expect(dialog.getByRole('button', { name: '应用' })).toBeEnabled();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/csv-zh.png` });
  });

  test('the formula editor frames the parser’s English message in Chinese', async ({ page }) => {
    await page.getByRole('button', { name: /^问题：/ }).click();
    const picker = page.getByRole('dialog', { name: '选择问题' });
    await expect(picker.getByRole('heading', { name: '你自己的公式' })).toBeVisible();
    const field = picker.getByRole('textbox', { name: '公式 f(x, y)' });
    await field.fill('x^2 +* y');
    await field.press('Enter');
    // The message is the core's (English); where it is and the frame are Chinese.
    await expect(picker.getByTestId('formula-error')).toContainText('（第 6 个字符处）。');
    await expect(picker.getByRole('button', { name: 'x^2 + 10y^2' })).toHaveAttribute(
      'title',
      /狭长的山谷/,
    );
  });

  test('presentation mode, predict-then-reveal, the export menus and the theme', async ({
    page,
  }) => {
    await expect(page.getByRole('button', { name: /^主题：/ })).toBeVisible();
    await page.getByTestId('export-menu').click();
    await expect(page.getByRole('menuitem', { name: /损失曲面 PNG/ })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: /轨迹 CSV/ })).toContainText(
      '每个运行的每一步一行',
    );
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: '导出图表：每步的损失' })).toBeVisible();

    await page.getByRole('button', { name: '演示', exact: true }).click();
    const bar = page.getByRole('toolbar', { name: '演示' });
    await expect(page.getByRole('list', { name: '运行' })).toContainText('梯度下降');
    await bar.getByRole('button', { name: '隐藏运行以便预测（H）' }).click();
    await expect(page.getByTestId('predict-overlay')).toContainText('每个优化器会走向哪里？');
    await expect(page.getByTestId('predict-notice')).toHaveText('揭晓之前隐藏：请先预测曲线。');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/predict-zh.png` });
    await page.getByTestId('predict-overlay').getByRole('button', { name: '揭晓（R）' }).click();
    await bar.getByRole('button', { name: '退出演示（P）' }).click();
    await expect(bar).toBeHidden();
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
  await expect(page).toHaveURL(/\?v=1/);
  expect(page.url()).not.toContain('lang=');
});

test('a link’s notice speaks the language shown, and changes with it', async ({ page }) => {
  // An unknown parameter and a selected run the link does not have: the codec's own notices.
  await page.goto('/?v=1&lang=zh&preset=adam&sel=9');
  const notice = page.getByRole('status', { name: '链接提示' });
  await expect(notice).toContainText('此链接中有部分内容未被采用。');
  await expect(notice).toContainText('preset：不是 Descent 认识的参数，已忽略');
  await expect(notice).toContainText('sel：没有第 9 个运行，已选中第 1 个');
  await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption('en');
  const english = page.getByRole('status', { name: 'Link notice' });
  await expect(english).toContainText('preset: is not a parameter Descent knows; ignored');
  await expect(english).toContainText('sel: there is no run 9; run 1 is selected');
});

test('a lesson link’s notices speak the language shown', async ({ page }) => {
  // A lesson this browser does not have (opened from a file on another computer).
  await page.goto('/?v=1&lang=zh&lesson=from-another-computer');
  const notice = page.getByRole('status', { name: '链接提示' });
  await expect(notice).toContainText(
    'lesson：Descent 和此浏览器中都没有课程“from-another-computer”',
  );
  await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption('en');
  await expect(page.getByRole('status', { name: 'Link notice' })).toContainText(
    'lesson: there is no lesson "from-another-computer" in Descent or in this browser',
  );
  // A step the built-in course does not have.
  await page.goto('/?v=1&lang=zh&lesson=training-a-model&step=200');
  await expect(notice).toContainText('没有第 200 步；显示第 1 步');
  await expect(page.getByTestId('lesson')).toHaveAttribute('data-step', '1');
});

test('the engine’s restart notice speaks the language shown, and the app goes on', async ({
  page,
}) => {
  await page.goto('/?v=1&lang=zh');
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
  await page.evaluate(() =>
    (
      window as unknown as { __descent: { engine: { terminate(): void } } }
    ).__descent.engine.terminate(),
  );
  await expect(page.getByRole('status', { name: '引擎提示' })).toContainText(
    '计算引擎停止了（其 worker 被终止），已重新启动',
  );
  // The fresh worker runs the next change.
  await state(page, 's.updateOptimizer(0, { lr: 0.002 })');
  await expectState(page, 's.resultsScenario === s.scenario && !s.computing').toBe(true);
});

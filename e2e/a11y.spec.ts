/**
 * Accessibility, checked by axe-core in real Chromium (issue 7 §3): no violation of impact
 * serious or critical in each state a teacher or a student reaches. Moderate and minor ones are
 * printed and attached as annotations, so they stay visible without failing the suite.
 * docs/accessibility.md says what is checked, how to run it and what is excluded and why.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { expectState, openDialog, settled, state } from './helpers';

/** WCAG 2.0 and 2.1, levels A and AA, and axe's best practices (landmarks, headings, ids …). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Where each scanned state's screenshot goes, for a person to look at: only when asked. */
const SHOTS = process.env.A11Y_SHOTS;

/** The first view, drawn: both trajectories and the surface's colour legend are on screen. */
async function openFirstView(page: Page, url = '/') {
  await page.goto(url);
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.landscape__legend')).toBeVisible({ timeout: 20_000 });
}

/**
 * Runs axe on the page and fails the test on serious or critical violations, listing each with
 * its nodes; the rest become annotations. `exclude` is for nodes a rule cannot judge (each caller
 * says why), never a way to switch a rule off for the page.
 */
async function audit(page: Page, info: TestInfo, name: string, exclude: string[] = []) {
  // The engine's answer to the scenario shown is on screen (run cards, charts) before the scan.
  await settled(page);
  // Two frames, so that the last change is painted before colours are measured.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations, incomplete } = await builder.analyze();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
  const describe = (v: (typeof violations)[number]) =>
    `[${v.impact}] ${v.id}: ${v.help}\n` +
    v.nodes
      .slice(0, 6)
      .map(
        (n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join('')}`,
      )
      .join('\n');
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of violations.filter((x) => !blocking.includes(x))) {
    info.annotations.push({ type: `axe ${v.impact} (${name})`, description: describe(v) });
    console.log(`${name}: ${describe(v)}`);
  }
  // What axe could not decide (text over a gradient or an image, mostly) is listed for a person
  // to look at in the screenshot; it is not a violation.
  for (const v of incomplete.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
    info.annotations.push({ type: `axe needs review (${name})`, description: describe(v) });
  }
  // Soft: the states scanned after this one in the same test are still scanned and reported.
  expect.soft(blocking.map(describe), `serious or critical axe violations in ${name}`).toEqual([]);
}

/**
 * The landscape's painted canvas is an image of the surface whose colours axe cannot relate to
 * the text drawn over it (it reads the canvas as a transparent box): the labels floating on it
 * have their own opaque --overlay background, so only color-contrast judges nothing useful here.
 * Excluding the canvas alone keeps every label, button and handle on the landscape checked.
 */
const CANVAS = ['.landscape__canvas'];

/** Waits until the 3D view (issue 19) has drawn its surface and the runs' paths. */
async function open3dView(page: Page) {
  const view = page.getByTestId('landscape-3d');
  await expect(view).toHaveAttribute('data-surface', 'ready', { timeout: 20_000 });
  await expect(view).not.toHaveAttribute('data-paths', '0', { timeout: 20_000 });
}

// Each test walks through several states of one page (a page load costs more than a scan on
// CI's 2 cores); the engine's first results may take seconds on a shared machine.
test.describe.configure({ mode: 'parallel', timeout: 120_000 });

/** Closes the open dialog or menu with Escape and waits for it to go. */
async function dismiss(page: Page, opened: Locator) {
  await page.keyboard.press('Escape');
  await expect(opened).toBeHidden();
}

test('the first view, its dialogs, menus and inspector, and presentation mode', async ({
  page,
}, info) => {
  await openFirstView(page);
  await audit(page, info, 'first-view', CANVAS);

  await page.getByRole('button', { name: /^Problem: .* — change$/ }).click();
  const picker = page.getByRole('dialog', { name: 'Choose a problem' });
  await expect(picker).toBeVisible();
  await picker.getByRole('textbox', { name: 'formula f(x, y)' }).fill('x^2 + 3*y^2');
  await expect(picker.getByTestId('formula-derivative')).toBeVisible();
  await audit(page, info, 'problem-picker', CANVAS);
  await dismiss(page, picker);

  const presets = await openDialog(page, 'Presets', 'Presets');
  await expect(presets.locator('.preset-card').first()).toBeVisible();
  await audit(page, info, 'presets', CANVAS);
  await dismiss(page, presets);

  await auditShareDialog(page, info, 'share');

  await page.getByTestId('export-menu').focus();
  await expect(page.getByTestId('export-menu')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const exportMenu = page.getByRole('menu', { name: 'Export' });
  await expect(exportMenu).toBeVisible();
  await audit(page, info, 'export-menu', CANVAS);
  await dismiss(page, exportMenu);

  await page.getByRole('button', { name: 'Inspect step' }).click();
  await expect(page.getByTestId('inspector-title')).toHaveText(/→/, { timeout: 20_000 });
  await audit(page, info, 'inspector', CANVAS);
  // The Code dialog, opened from the inspector: the target picker, the script, its actions.
  await page.getByTestId('inspector-code').click();
  const code = page.getByRole('dialog', { name: 'The code of this view' });
  await expect(code.locator('.hljs-keyword').first()).toBeVisible({ timeout: 20_000 });
  await audit(page, info, 'code-dialog', CANVAS);
  await dismiss(page, code);
  await page.getByRole('button', { name: 'Inspect step' }).click();
  await expect(page.getByTestId('inspector-title')).toHaveCount(0);

  await page.keyboard.press('p');
  await expect(page.locator('.app')).toHaveClass(/app--present/);
  await page.keyboard.press('h');
  await expect(page.getByTestId('predict-overlay')).toBeVisible();
  await audit(page, info, 'present-predict', CANVAS);
});

/** Opens the share dialog, scans it as `name`, and closes it. */
async function auditShareDialog(page: Page, info: TestInfo, name: string) {
  const dialog = await openDialog(page, 'Share', 'Share this view');
  // The dialog's content is a chunk of its own: scan it once it is there.
  await expect(dialog.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await audit(page, info, name, CANVAS);
  await dismiss(page, dialog);
  // Focus goes back to the Share button once the dialog has closed, a moment after it is hidden:
  // a test that moves focus on must wait for that, or lose it to the Share button (it once did).
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeFocused();
}

test('the lab: the λmax tab, the α sweep tab and the β/ε maps', async ({ page }, info) => {
  await openFirstView(page);
  // The curvature chart (issue 20): both runs' λmax and limits, the sharpness switch for Adam.
  await page.getByRole('tab', { name: 'λmax' }).click();
  await expect(page.getByTestId('curvature-panel')).toHaveAttribute('data-status', 'complete', {
    timeout: 20_000,
  });
  await expect(page.getByTestId('curvature-line-1')).toBeVisible();
  await audit(page, info, 'curvature', CANVAS);

  await page.getByRole('tab', { name: 'α sweep' }).click();
  await expect(page.getByTestId('sweep-chart-plot')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('progressbar', { name: 'Sweep progress' })).toHaveCount(0, {
    timeout: 20_000,
  });
  await audit(page, info, 'sweep', CANVAS);

  await page.getByRole('tab', { name: 'β, ε maps' }).click();
  // The first view selects gradient descent, which has no β: the notice offers the Adam run.
  await expect(page.getByTestId('maps-notice')).toBeVisible({ timeout: 20_000 });
  await audit(page, info, 'maps-notice', CANVAS);
  await page.getByRole('button', { name: /Show the maps of Adam \(run 2\)/ }).click();
  await expect(page.getByTestId('maps-status')).toHaveText(/^840 runs · /, { timeout: 45_000 });
  await expect(page.getByRole('progressbar', { name: 'Maps progress' })).toHaveCount(0);
  // The maps' cells are painted too: their canvases hold no text to judge.
  await audit(page, info, 'maps', [...CANVAS, '.sensitivity-map canvas']);
});

test('a model: the MLP with its Data tab and model settings, then the CSV dialog', async ({
  page,
}, info) => {
  await openFirstView(page);
  await state(page, `(s.setProblem({ type: 'mlp' }), s.setSteps(200), s.pause(), true)`);
  // The results of this scenario (not of an intermediate one: two setters ran, and setProblem
  // waits for the models' code on a first visit: src/state/kinds-gate.ts).
  await expectState(page, 's.scenario.problem.type').toBe('mlp');
  await settled(page);
  await page.getByRole('tab', { name: 'Data' }).click();
  await expect(page.getByTestId('decision-boundary')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Model settings' }).click();
  await expect(page.getByRole('spinbutton', { name: 'hidden layer 1 units' })).toBeVisible();
  await expect(page.getByTestId('mlp-architecture')).toHaveText(/parameters/);
  // The classifier's probability field is a painted canvas, like the landscape.
  const painted = [...CANVAS, '.classifier-panel canvas'];
  await audit(page, info, 'mlp-data-settings', painted);

  const dialog = await openDialog(page, 'Your data…', 'Your data');
  await dialog
    .getByRole('textbox', { name: 'CSV data' })
    .fill('x1,x2,label\n-1,-1,0\n1,1,1\n1,abc,0');
  await expect(dialog.getByTestId('csv-errors')).toBeVisible();
  await audit(page, info, 'csv', painted);
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('the first view and the share dialog in the dark theme', async ({ page }, info) => {
    await openFirstView(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await audit(page, info, 'dark', CANVAS);
    await auditShareDialog(page, info, 'dark-share');
    // The 3D view in place of the contours: its tools, its labels over the WebGL picture.
    await page.getByRole('button', { name: '3D', exact: true }).click();
    await open3dView(page);
    await audit(page, info, 'dark-3d', CANVAS);
  });
});

test('Chinese, then embed mode', async ({ page }, info) => {
  await openFirstView(page, '/?lang=zh');
  await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
  await audit(page, info, 'zh', CANVAS);
  // 2D and 3D side by side, in Chinese.
  await page.getByRole('button', { name: '2D 和 3D' }).click();
  await open3dView(page);
  await audit(page, info, 'zh-split', CANVAS);
  await openFirstView(page, '/?embed=1&lang=en');
  await audit(page, info, 'embed', CANVAS);
});

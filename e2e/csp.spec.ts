/**
 * The Content-Security-Policy (issue 8, point 1; docs/security.md): the built app is served
 * with a strict policy (no 'unsafe-eval', no inline script), and walking through every feature
 * that loads code, fonts, images, workers or files raises no violation. A control test shows
 * the listener and the policy are live, so the walk's empty list means something.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, frames, openFirstView, state } from './helpers';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Records every securitypolicyviolation the document sees, from before the first script. */
async function listenForViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      }),
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);

/** The policy the page runs under, directive by directive. */
async function policyOf(page: Page): Promise<Map<string, string>> {
  const content = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(content, 'the built index.html carries the policy').not.toBeNull();
  return new Map(
    content!.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values.join(' ')];
    }),
  );
}

test.beforeEach(async ({ page }) => {
  await listenForViolations(page);
});

test('the built page has a strict policy and no inline script', async ({ page, request }) => {
  await openFirstView(page);
  const policy = await policyOf(page);
  expect(policy.get('script-src')).toBe("'self'");
  expect(policy.get('default-src')).toBe("'self'");
  expect(policy.get('object-src')).toBe("'none'");
  for (const value of policy.values()) expect(value).not.toContain('unsafe-eval');
  expect(policy.get('script-src')).not.toContain('unsafe-inline');
  // The page as served: every script has a src, no element has an inline handler.
  const html = await (await request.get('/')).text();
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
  expect(html).not.toMatch(/<[^>]+\son[a-z]+=/);
});

test('the policy is enforced: eval and an injected inline script are refused and reported', async ({
  page,
}) => {
  await openFirstView(page);
  // From a task of the page's own (code evaluated by the test itself is exempt from the policy).
  const evalResult = await page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        setTimeout(() => {
          try {
            resolve(String((0, eval)('6 * 7')));
          } catch (error) {
            resolve((error as Error).name);
          }
        }),
      ),
  );
  expect(evalResult).toBe('EvalError');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__ran = true';
    document.body.append(script);
  });
  expect(await page.evaluate(() => 'ran' in window || '__ran' in window)).toBe(false);
  await expect
    .poll(async () => (await violations(page)).map((v) => v.directive))
    .toEqual(expect.arrayContaining(['script-src-elem']));
});

test('every feature runs under the policy without a violation', async ({ page }) => {
  // Every feature, several of them engine work: minutes on a shared machine.
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await openFirstView(page);

  // The step inspector: KaTeX's chunk, its stylesheet, its fonts and its inline-styled HTML.
  await page.getByRole('button', { name: 'Inspect step' }).click();
  await expect(page.getByTestId('inspector-title')).toHaveText(/→/, { timeout: 20_000 });
  await expect(page.locator('.katex').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.getByRole('button', { name: 'Inspect step' }).click();

  // The curvature tab (a lazy chunk, the lab worker's curvature call) and the lab's tabs.
  await page.getByRole('tab', { name: 'λmax' }).click();
  await expect(page.getByTestId('curvature-line-1')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('tab', { name: 'α sweep' }).click();
  await expect(page.getByTestId('sweep-chart-plot')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('tab', { name: 'β, ε maps' }).click();
  await page.getByRole('button', { name: /Show the maps of Adam \(run 2\)/ }).click();
  await expect(page.getByTestId('maps-status')).toContainText('runs', { timeout: 60_000 });

  // A typed formula: parsed and compiled without eval, drawn by the surfaces worker.
  await page.getByRole('button', { name: /^Problem: .* — change$/ }).click();
  const picker = page.getByRole('dialog', { name: 'Choose a problem' });
  const formula = picker.getByRole('textbox', { name: 'formula f(x, y)' });
  await formula.fill('sin(x) * cos(y) + 0.1*(x^2 + y^2)');
  await formula.press('Enter');
  await expect(picker).toBeHidden();
  await expect.poll(() => state(page, 's.scenario.problem.type')).toBe('expression');

  // Exports: a PNG (SVG drawn through a data: URL into a canvas), an SVG, the trajectories.
  for (const item of ['png', 'svg', 'csv']) {
    const download = page.waitForEvent('download');
    await page.getByTestId('export-menu').click();
    await page.locator(`[role="menu"]:popover-open [data-export="${item}"]`).click();
    expect((await download).suggestedFilename()).toMatch(new RegExp(`\\.${item}$`));
  }

  // The Code dialog: the exporter's and the highlighter's chunk, the script as highlighted HTML.
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: /^Code \(PyTorch, NumPy\)/ }).click();
  await expect(page.getByTestId('code-script').locator('.hljs-keyword').first()).toBeVisible({
    timeout: 20_000,
  });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('code-script')).toHaveCount(0);

  // A model on data: the decision-boundary grid, its canvas.
  await state(page, "(s.setProblem({ type: 'mlp' }), s.setSteps(100), true)");
  await page.getByRole('tab', { name: 'Data' }).click();
  await expect(page.getByTestId('decision-boundary')).toBeVisible({ timeout: 30_000 });

  // Dialogs, presentation, language and theme.
  await page.getByRole('button', { name: 'Presets' }).click();
  await expect(page.getByRole('dialog', { name: 'Presets' })).toBeVisible();
  await expect(page.locator('.preset-card').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Share' }).click();
  const share = page.getByRole('dialog', { name: 'Share this view' });
  await expect(share.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('p');
  await expect(page.locator('.app')).toHaveClass(/app--present/);
  await page.keyboard.press('p');
  await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption('zh');
  await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
  const theme = page.getByRole('button', { name: /^主题：/ });
  const preference = await theme.getAttribute('data-preference');
  await theme.click();
  await expect(theme).not.toHaveAttribute('data-preference', preference!);

  // A violation is reported in a task of its own: let the last change's tasks run first.
  await frames(page, 2);
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the 3D view runs under the policy without a violation: WebGL, its chunk and worker', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openFirstView(page);
  // The switch loads the view's chunk (ogl) and starts its worker; WebGL compiles its shaders.
  await page.getByRole('button', { name: '2D + 3D' }).click();
  const view = page.getByTestId('landscape-3d');
  await expect(view).toHaveAttribute('data-surface', 'ready', { timeout: 20_000 });
  await expect(view).toHaveAttribute('data-paths', '2', { timeout: 20_000 });
  // A turn (coarse frames while it moves: the moving level's buffers), the hover read-out, a PNG.
  const box = (await view.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(view).toHaveAttribute('data-resolution', 'full');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 10);
  await expect(page.getByTestId('hover-readout-3d')).toContainText(/f = \d/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PNG', exact: true }).click();
  expect((await download).suggestedFilename()).toMatch(/landscape-3d\.png$/);

  await frames(page, 2);
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

/**
 * The models' numerics load on demand (issue 17; src/kinds/load.ts): the first view never fetches
 * them, a link straight to a model loads them before it is read and shows the model's views, and
 * choosing a model in the problem picker from the first view loads them then.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors, expectState, openSettled, settled, state } from './helpers';
import { ProblemPickerPage } from './problem-picker';

/** Training under two busy cores can take seconds: generous, never a speed check. */
const ENGINE = { timeout: 20_000 };
test.describe.configure({ timeout: 90_000 });

/** The names of the models' numerics chunks the page (or a worker of it) has requested. */
function watchNumerics(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (name.startsWith('model-numerics')) requested.push(name);
  });
  // The workers' requests are the page's too in Chromium (a dedicated worker's fetches are seen
  // by the page's request event), so one list holds both.
  return requested;
}

test('a link to the digits network loads the models’ code first, then shows the model’s views', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const requested = watchNumerics(page);
  await page.goto('/?p=softmax-mlp(data=(set=digits))&n=30');
  await settled(page);
  await expectState(page, 's.scenario.problem.type').toBe('softmax-mlp');
  await expectState(page, 's.scenario.steps').toBe(30);
  // The link was read whole: no notice of anything ignored, the model's title in the header.
  await expectState(page, 's.linkNotices').toEqual([]);
  await expect(new ProblemPickerPage(page).button(/^MLP 64-32-10 \(relu\) on/)).toBeVisible();
  // Its views: the labelled 2D slice of its 2,410 parameters, the Data tab with the split.
  await expect(page.getByTestId('slice-badge')).toBeVisible(ENGINE);
  await page.getByRole('tab', { name: 'Data' }).click();
  await expect(page.getByTestId('table-panel').getByTestId('table-set')).toHaveValue('digits');
  expect(requested.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('a link to the moons MLP shows its decision boundary', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/?p=mlp&n=50&chart=data');
  await settled(page);
  await expectState(page, 's.scenario.problem').toEqual({ type: 'mlp' });
  await expect(page.getByTestId('classifier-points')).toHaveAttribute('data-count', '200', ENGINE);
  await expect(page.getByTestId('decision-boundary')).toBeVisible(ENGINE);
  expect(errors).toEqual([]);
});

test('the first view does not fetch the models’ code; picking the MLP fetches it and trains', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const requested = watchNumerics(page);
  await openSettled(page);
  expect(requested).toEqual([]);
  await expect.poll(() => state(page, 's.scenario.problem.type')).toBe('function');

  const picker = new ProblemPickerPage(page);
  await picker.open();
  // The picker's cards describe and draw the models: their code comes with the picker.
  await expect.poll(() => requested.length, ENGINE).toBeGreaterThan(0);
  await picker.dialog.locator('[data-problem="mlp"]').click();
  await expect(picker.dialog).toBeHidden();
  await expectState(page, 's.scenario.problem.type').toBe('mlp');
  await settled(page);
  await expect(picker.button(/^MLP 16-16 \(tanh\) on/)).toBeVisible();
  await expect(page.getByTestId('slice-badge')).toBeVisible(ENGINE);
  // Back to the first view and forward again: the model opens from the history, loaded already.
  await page.goBack();
  await expectState(page, 's.scenario.problem.type').toBe('function');
  await page.goForward();
  await expectState(page, 's.scenario.problem.type').toBe('mlp');
  expect(errors).toEqual([]);
});

test('a model that cannot be loaded leaves the view shown and says why', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openSettled(page);
  // Offline before the chunk was ever cached: its request fails. (The picker's own chunk carries
  // the numerics, so the problem is set as a preset or a lesson step would: through the store.)
  await page.route(/model-numerics/, (route) => route.abort());
  await state(page, `(s.setProblem({ type: 'mlp' }), true)`);
  await expect(page.getByRole('status', { name: 'Engine notice' })).toContainText(
    'The model could not be loaded',
    ENGINE,
  );
  await expectState(page, 's.scenario.problem.type').toBe('function');
  expect(errors).toEqual([]);
});

test('a Chinese link to a model that cannot be loaded opens the first view, in Chinese, and says why', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  // Offline before the chunk was ever cached: the page opens the first view instead.
  await page.route(/model-numerics/, (route) => route.abort());
  await page.goto('/?p=mlp&n=40&lang=zh');
  await expect(page.getByRole('status').filter({ hasText: '模型未能加载' })).toBeVisible(ENGINE);
  await expectState(page, 's.lang').toBe('zh');
  await expectState(page, 's.scenario.problem.type').toBe('function');
  await expect(page.getByRole('status').filter({ hasText: 'could not be loaded' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

for (const [lang, line] of [
  ['zh', '正在加载模型…'],
  ['en', 'Loading the model…'],
] as const) {
  test(`while a ${lang} link's model loads, the page says so in ${lang}`, async ({ page }) => {
    const errors = collectPageErrors(page);
    // The chunk held back until the line has been seen: a slow network, not a timer.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/model-numerics/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/?p=mlp&n=40${lang === 'en' ? '' : `&lang=${lang}`}`, {
      waitUntil: 'commit',
    });
    const status = page.getByRole('status').filter({ hasText: line });
    await expect(status).toBeVisible(ENGINE);
    await expect(status).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'en');
    release();
    await settled(page);
    await expectState(page, 's.scenario.problem.type').toBe('mlp');
    await expectState(page, 's.lang').toBe(lang);
    await expect(status).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

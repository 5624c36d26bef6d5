/**
 * The English of panels the first view does not show loads with those panels (issue 17;
 * docs/i18n.md, "How languages load"): opening each one, from the first view or by a link
 * straight to it, shows its words, never a raw key, in English and in Chinese.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { enAll } from '../src/i18n/en-all';
import { zh } from '../src/i18n/zh';
import type { Resources } from '../src/i18n/en';
import { collectPageErrors } from './helpers';

// A lazy chunk, the engine's first results and KaTeX can take a while on a loaded machine.
test.describe.configure({ timeout: 90_000 });
const SLOW = { timeout: 30_000 };

const LANGS = { en: enAll as Resources, zh } as const;
type Words = Resources;

/** The sections that load on demand: a key of theirs on screen means their strings did not. */
const RAW_KEY =
  /\b(?:inspect|shareClass|curvatureView|curvature|lab|sweep|maps|models|data|csv|formula|lesson|insight)\.[a-z][A-Za-z]+(?:\.[A-Za-z]+)*\b/g;

/** Every raw key among the page's text and its elements' accessible words. */
function rawKeys(page: Page): Promise<string[]> {
  return page.evaluate((source) => {
    const pattern = new RegExp(source, 'g');
    const texts = [document.body.innerText];
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]'))
      for (const name of ['aria-label', 'title', 'placeholder'])
        texts.push(element.getAttribute(name) ?? '');
    return texts.flatMap((text) => text.match(pattern) ?? []);
  }, RAW_KEY.source);
}

interface Panel {
  name: string;
  /** A link straight to the panel open, where the link can open it. */
  link?: string;
  /** Where to start before opening it by hand, and how. */
  start: string;
  open(page: Page, w: Words): Promise<void>;
  /** Words of the panel's own section, shown once it is open. */
  shown(page: Page, w: Words): Locator;
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();

const PANELS: Panel[] = [
  {
    name: 'the α sweep',
    link: '/?chart=sweep',
    start: '/',
    open: (page, w) => tab(page, w.chart.sweep.label),
    shown: (page, w) => page.getByRole('button', { name: w.sweep.tune, exact: true }),
  },
  {
    name: 'the β, ε maps',
    link: '/?chart=maps&sel=2',
    start: '/?sel=2',
    open: (page, w) => tab(page, w.chart.maps.label),
    shown: (page, w) => page.getByLabel(w.maps.mapBeta, { exact: true }),
  },
  {
    name: 'the λmax chart',
    link: '/?chart=curvature',
    start: '/',
    open: (page, w) => tab(page, w.curvature.tab.label),
    shown: (page, w) => page.getByLabel(w.curvature.sharpness, { exact: true }),
  },
  {
    name: 'the step inspector',
    link: '/?p=rosenbrock&o=adam(lr=0.01)&t=5&inspect=1',
    start: '/?p=rosenbrock&o=adam(lr=0.01)&t=5',
    open: (page, w) =>
      page.getByRole('button', { name: w.inspector.buttonLabel, exact: true }).click(),
    shown: (page, w) => page.getByText(w.inspect.symbols, { exact: true }),
  },
  {
    name: 'the Inside tab',
    link: '/?p=mlp&n=40&chart=inside',
    start: '/?p=mlp&n=40',
    open: (page, w) => tab(page, w.insight.tab.label),
    shown: (page, w) => page.getByRole('region', { name: w.insight.gradients, exact: true }),
  },
  {
    name: 'a model’s data panel',
    link: '/?p=mlp&n=40&chart=data',
    start: '/?p=mlp&n=40',
    open: (page, w) => tab(page, w.chart.classifierData.label),
    shown: (page, w) => page.getByRole('button', { name: w.models.settingsLabel, exact: true }),
  },
  {
    name: 'the lesson player',
    link: '/?lesson=training-a-model&step=1',
    start: '/',
    open: async (page, w) => {
      await page.getByRole('button', { name: w.lesson.menuLabel, exact: true }).click();
      await page
        .getByRole('menuitem', { name: new RegExp(`^${literal(w.lesson.course)}`) })
        .click();
    },
    shown: (page, w) => page.getByRole('button', { name: w.lesson.next, exact: true }),
  },
  {
    name: 'a table classifier’s data panel',
    link: '/?p=softmax-mlp(data=(set=digits))&n=20&chart=data',
    start: '/?p=softmax-mlp(data=(set=digits))&n=20',
    open: (page, w) => tab(page, w.chart.classifierData.label),
    shown: (page, w) => page.getByRole('region', { name: w.tables.panel, exact: true }),
  },
  {
    name: 'the share dialog',
    start: '/',
    open: (page, w) => page.getByRole('button', { name: w.share.button, exact: true }).click(),
    shown: (page, w) => page.getByRole('button', { name: w.share.copyLink, exact: true }),
  },
  {
    name: 'the legend',
    start: '/',
    open: (page, w) => page.getByRole('button', { name: w.legend.button, exact: true }).click(),
    shown: (page, w) => page.getByText(w.legend.title, { exact: true }),
  },
  {
    name: 'the code dialog',
    start: '/',
    open: async (page, w) => {
      await page.getByTestId('export-menu').click();
      await page
        .getByRole('menuitem', { name: new RegExp(`^${literal(w.code.menuItem)}`) })
        .click();
    },
    shown: (page, w) => page.getByText(w.code.title, { exact: true }),
  },
  {
    name: 'the video panel',
    start: '/',
    open: async (page, w) => {
      await page.getByTestId('export-menu').click();
      await page.getByRole('menuitem', { name: new RegExp(`^${literal(w.export.video)}`) }).click();
    },
    shown: (page, w) => page.getByText(w.export.videoTitle, { exact: true }),
  },
  {
    name: 'the problem picker',
    start: '/',
    open: (page) =>
      page
        .getByRole('button', { name: /^(Problem|问题)/ })
        .first()
        .click(),
    shown: (page, w) => page.getByRole('heading', { name: w.picker.title, exact: true }),
  },
  {
    name: 'the presets gallery',
    start: '/',
    open: (page, w) => page.getByRole('button', { name: w.presets.button, exact: true }).click(),
    shown: (page, w) => page.getByRole('heading', { name: w.presets.title, exact: true }),
  },
  {
    name: 'the 3D view',
    link: '/?view=3d',
    start: '/',
    open: (page, w) =>
      page.getByRole('button', { name: w.landscape3d.view3d, exact: true }).click(),
    shown: (page, w) => page.getByRole('button', { name: w.landscape3d.resetCamera, exact: true }),
  },
];

/** `text` as a literal in a regular expression. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const withLang = (url: string, lang: keyof typeof LANGS) =>
  lang === 'en' ? url : `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`;

for (const lang of ['en', 'zh'] as const) {
  const w = LANGS[lang];
  for (const panel of PANELS) {
    const { link } = panel;
    if (link)
      test(`${panel.name} shows its words (${lang}), from a link straight to it`, async ({
        page,
      }) => {
        const errors = collectPageErrors(page);
        await page.goto(withLang(link, lang));
        await expect(panel.shown(page, w)).toBeVisible(SLOW);
        expect(await rawKeys(page)).toEqual([]);
        expect(errors).toEqual([]);
      });

    test(`${panel.name} shows its words (${lang}), opened from the view before`, async ({
      page,
    }) => {
      const errors = collectPageErrors(page);
      await page.goto(withLang(panel.start, lang));
      await expect(page.getByTestId('trajectory-0')).toBeVisible(SLOW);
      await panel.open(page, w);
      await expect(panel.shown(page, w)).toBeVisible(SLOW);
      expect(await rawKeys(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}

/** The chunks of the on-demand English and of the components the first view does not render. */
const ON_DEMAND_CHUNK =
  /\/assets\/(?:en-[a-z0-9-]+|NoteStrip|LrStripPlot|ChartHeldOut|ChartEarlyStop|LineSearchMarks|SliceBadge|EpochTicks|RunLegend)-[\w-]+\.js$/;

test('the first view asks for none of them: it is whole without', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(request.url());
  });
  await page.goto('/');
  await expect(page.getByTestId('trajectory-1')).toBeVisible(SLOW);
  await expect(page.locator('.landscape__legend')).toBeVisible(SLOW);
  await expect(page.getByRole('tab', { name: enAll.chart.loss.label })).toBeVisible();
  expect(scripts.some((url) => /\/assets\/index-[\w-]+\.js$/.test(url))).toBe(true);
  expect(scripts.filter((url) => ON_DEMAND_CHUNK.test(url))).toEqual([]);
  expect(await rawKeys(page)).toEqual([]);
});

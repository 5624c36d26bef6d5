/**
 * Never a stale picture (issue 14, point 2; docs/app.md, "Results and the scenario they belong
 * to"): after a new problem opens, no view draws the old problem's paths, curves, losses or
 * surface under the new one's axes. A sampler records what the DOM shows on every animation frame
 * from the click until the new results are in, and every frame is checked; the surfaces the
 * store receives are recorded too (a coarse picture first, then the full one).
 */
import { expect, test, type Page } from '@playwright/test';
import { openFirstView } from './helpers';

interface Sample {
  /** The problem the landscape is drawn for (its axes, its title). */
  shown: string | null;
  /** The problem the drawn trajectories belong to, and how many are drawn. */
  paths: string | null;
  pathCount: number;
  /** The problem the loss chart's lines belong to, and how many are drawn. */
  curves: string | null;
  curveCount: number;
  /** The surface on the canvas: none, coarse or full, and the problem it was painted for. */
  surface: string | null;
  surfaceProblem: string | null;
  /** The run cards' loss read-outs. */
  losses: string[];
  busy: string | null;
}

interface Recorded {
  samples: Sample[];
  /** Every surface the store received: [coarse, problem name or type]. */
  surfaces: [boolean, string][];
}

async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Problem = { type: string; name?: string };
    type Surface = { coarse: boolean; problem: Problem };
    const w = window as unknown as {
      __recorded: Recorded;
      __recording: boolean;
      __stopStore: () => void;
      __descent: {
        store: {
          subscribe(
            f: (s: { surface: Surface | null }, p: { surface: Surface | null }) => void,
          ): () => void;
        };
      };
    };
    const recorded: Recorded = { samples: [], surfaces: [] };
    w.__recorded = recorded;
    w.__recording = true;
    w.__stopStore = w.__descent.store.subscribe((state, previous) => {
      const surface = state.surface;
      if (surface && surface !== previous.surface)
        recorded.surfaces.push([surface.coarse, surface.problem.name ?? surface.problem.type]);
    });
    const attr = (selector: string, name: string) =>
      document.querySelector(selector)?.getAttribute(name) ?? null;
    const tick = () => {
      recorded.samples.push({
        shown: attr('[data-testid="landscape"]', 'data-problem'),
        paths: attr('.landscape__trajectories', 'data-problem'),
        pathCount: document.querySelectorAll('[data-testid^="trajectory-"]').length,
        curves: attr('[data-testid="loss-chart"]', 'data-problem'),
        curveCount: document.querySelectorAll('[data-testid^="loss-line-"]').length,
        surface: attr('.landscape__canvas', 'data-surface'),
        surfaceProblem: attr('.landscape__canvas', 'data-problem'),
        losses: [...document.querySelectorAll('.run-status__loss .numeric')].map(
          (e) => e.textContent ?? '',
        ),
        busy: attr('[data-testid="landscape-busy"]', 'data-work'),
      });
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopRecording(page: Page): Promise<Recorded> {
  return page.evaluate(() => {
    const w = window as unknown as {
      __recorded: Recorded;
      __recording: boolean;
      __stopStore: () => void;
    };
    w.__recording = false;
    w.__stopStore();
    return w.__recorded;
  });
}

/** Every frame that shows `problem` draws nothing of another problem. */
function expectNothingStale(samples: Sample[], problem: string) {
  const shown = samples.filter((s) => s.shown === problem);
  expect(shown.length).toBeGreaterThan(0);
  for (const [i, s] of shown.entries()) {
    const where = `frame ${i}: ${JSON.stringify(s)}`;
    // Paths and curves are the new problem's or none at all.
    if (s.pathCount > 0) expect(s.paths, where).toBe(problem);
    if (s.curveCount > 0) expect(s.curves, where).toBe(problem);
    // The surface is the new problem's or none (never the old one under the new axes).
    if (s.surface !== 'none') expect(s.surfaceProblem, where).toBe(problem);
    // The cards never show the old problem's losses on the new runs.
    if (s.paths !== problem) expect(s.losses, where).toEqual([]);
  }
  return shown;
}

async function openPreset(page: Page, title: string | RegExp) {
  await page.getByRole('button', { name: 'Presets' }).click();
  const dialog = page.getByRole('dialog', { name: 'Presets' });
  await expect(dialog).toBeVisible();
  await startRecording(page);
  await dialog.getByRole('link', { name: title }).first().click();
}

test('opening a model after a function: nothing of the function is drawn under the model', async ({
  page,
}) => {
  await openFirstView(page);
  await expect(page.locator('.run-status__loss .numeric')).not.toHaveCount(0);
  await openPreset(page, 'A small network on two moons');

  // Until the model's runs, plane and full surface are in.
  await expect(page.locator('.landscape__trajectories')).toHaveAttribute('data-problem', 'mlp', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('trajectory-0')).toBeVisible();
  await expect(page.locator('.landscape__canvas')).toHaveAttribute('data-surface', 'full', {
    timeout: 60_000,
  });
  const { samples, surfaces } = await stopRecording(page);
  const shown = expectNothingStale(samples, 'mlp');
  // While the model computed, the landscape said so.
  expect(shown.some((s) => s.busy !== null)).toBe(true);
  // The slice came coarse first, then full.
  expect(surfaces.filter(([, problem]) => problem === 'mlp')).toEqual([
    [true, 'mlp'],
    [false, 'mlp'],
  ]);
  await expect(page.getByTestId('landscape-busy')).toHaveCount(0);
});

test('a new built-in function: coarse surface first, then full; no Rosenbrock under it', async ({
  page,
}) => {
  await openFirstView(page);
  await expect(page.locator('.landscape__canvas')).toHaveAttribute('data-surface', 'full');
  await openPreset(page, 'Four equal minima: where do you end up?');
  await expect(page.locator('.landscape__trajectories')).toHaveAttribute(
    'data-problem',
    'himmelblau',
    { timeout: 30_000 },
  );
  await expect(page.locator('.landscape__canvas')).toHaveAttribute('data-problem', 'himmelblau');
  await expect(page.locator('.landscape__canvas')).toHaveAttribute('data-surface', 'full');
  const { samples, surfaces } = await stopRecording(page);
  expectNothingStale(samples, 'himmelblau');
  expect(surfaces.filter(([, problem]) => problem === 'himmelblau').slice(0, 2)).toEqual([
    [true, 'himmelblau'],
    [false, 'himmelblau'],
  ]);
});

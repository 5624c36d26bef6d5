/**
 * What the export controls do: build a file from the app's current state and what is on screen,
 * and hand it to the browser's downloads.
 */
import { OPTIMIZER_TITLES } from '../core/optimizers';
import { t } from '../i18n';
import '../i18n/en-export'; // its words load with this chunk (docs/i18n.md)
import type { Engine } from '../engine/client';
import { landscapeInfo } from '../state/selectors';
import { appStore } from '../state/store';
import { runViews } from '../state/run-views';
import type { ChartTab } from '../ui/charts/tabs';
import { chartSvg } from './chart-export';
import { landscapeSvg, landscapeScene, surfacePicture } from './landscape-export';
import { CHART_FILE_WORDS, exportFileName, MIME_TYPES, problemSlug } from './names';
import { download, svgToPng } from './raster';
import { trajectoriesCsv, trajectoriesJson } from './trajectories';

/** PNGs are drawn at twice the size on screen: sharp on slides and projectors. */
export const PNG_SCALE = 2;

export type PictureFormat = 'png' | 'svg';

async function save(
  picture: { svg: string; width: number; height: number },
  format: PictureFormat,
  name: string,
): Promise<void> {
  if (format === 'svg') download(picture.svg, name, MIME_TYPES.svg);
  else
    download(
      await svgToPng(picture.svg, picture.width, picture.height, PNG_SCALE),
      name,
      MIME_TYPES.png,
    );
}

/** The landscape (`root`: its drawing area) as PNG or SVG. */
export async function exportLandscape(
  format: PictureFormat,
  root: HTMLElement,
  engine: Engine,
): Promise<void> {
  const state = appStore.getState();
  const live = root.querySelector<SVGSVGElement>('svg.landscape__svg');
  if (!live) throw new Error(t('export.notDrawn'));
  const { geo } = landscapeScene(state, live.width.baseVal.value, live.height.baseVal.value);
  const ratio = Math.max(PNG_SCALE, window.devicePixelRatio || 1);
  const surface = await surfacePicture(engine, state, geo, ratio);
  const picture = landscapeSvg(root, appStore.getState(), surface, { progress: true });
  await save(
    picture,
    format,
    exportFileName(problemSlug(state.scenario.problem), 'landscape', format),
  );
}

/** The chart panel's current tab (`body`: the tab's panel) as PNG or SVG. */
export async function exportChart(
  format: PictureFormat,
  body: HTMLElement,
  tab: ChartTab,
): Promise<void> {
  const state = appStore.getState();
  const picture = chartSvg(body, state, tab);
  await save(
    picture,
    format,
    exportFileName(problemSlug(state.scenario.problem), CHART_FILE_WORDS[tab.id] ?? tab.id, format),
  );
}

/** Every run's trajectory as CSV or JSON (the CLI's format). */
export function exportTrajectories(format: 'csv' | 'json'): void {
  const state = appStore.getState();
  // What the screen shows: the runs paired with the current problem (src/state/run-views.ts).
  const views = runViews(state);
  const results = views.runs.map((run) => run.result);
  if (!views.scenario || results.length === 0) throw new Error(t('export.noRuns'));
  const problem = views.scenario.problem;
  const name = exportFileName(problemSlug(problem), 'trajectories', format);
  if (format === 'json') {
    download(trajectoriesJson(results), name, MIME_TYPES.json);
    return;
  }
  const names = views.runs.map((run) => run.spec.label ?? OPTIMIZER_TITLES[run.spec.type]);
  const plane = views.plane
    ? {
        results: views.runs.map((run) => run.drawn),
        axes: landscapeInfo(problem, views.plane).axes,
        parameters: results[0]!.dim,
      }
    : undefined;
  const text = [
    ...trajectoriesCsv(results, {
      names,
      ...(plane ? { plane } : {}),
      accuracy: views.runs.some((run) => run.accuracy)
        ? views.runs.map((run) => run.accuracy ?? new Float64Array(0))
        : null,
    }),
  ].join('');
  download(text, name, MIME_TYPES.csv);
}

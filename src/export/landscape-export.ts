/**
 * The landscape as an SVG document: the live SVG (axes, minima, faint whole trajectories, start)
 * cloned with its styles, the painted surface under it as an <image>, each run's path up to the
 * cursor and its marker drawn as vectors (the app draws those on a canvas layer), a title and a
 * legend with the runs and the colour scale.
 */
import { runDisplayName } from '../i18n/text';
import type { RunResult } from '../core/run';
import type { SurfaceImage } from '../engine/api';
import type { Engine, SurfaceAsk } from '../engine/client';
import { runColor } from '../plot/palette';
import { trajectoryPath } from '../plot/trajectory-path';
import { formatValue } from '../ui/landscape/format';
import { geometry, MARGIN, type Geometry } from '../ui/landscape/geometry';
import { plotPicture } from '../ui/landscape/surface-place';
import { landscapeInfo } from '../state/selectors';
import type { AppState } from '../state/app-state';
import { pairedSurface, runViews } from '../state/run-views';
import { effectiveCursor } from '../state/view-slice';
import { exportSubtitle, exportTitle, legendRuns, TEXT } from './captions';
import { frameMeasures, readTheme, styledContent } from './dom-svg';
import { layoutLegend, type LegendRun, type LegendScale } from './legend';
import { escapeXml } from './safe-text';
import { frameSize, frameSvg, HEADER_HEIGHT } from './svg-document';

/** The surface as an image, with what its colour legend needs. */
export interface SurfacePicture {
  url: string;
  levels: SurfaceImage['levels'];
  min: number;
  max: number;
}

/** A run as drawn on the landscape. */
export interface DrawnRun extends LegendRun {
  index: number;
  result: RunResult;
  selected: boolean;
}

/** An exported picture: the SVG text and its size in CSS pixels. */
export interface Picture {
  svg: string;
  width: number;
  height: number;
}

/** Everything the landscape export reads from the page. */
export interface LandscapeScene {
  geo: Geometry;
  runs: DrawnRun[];
  title: string;
  subtitle: string;
  legendRuns: LegendRun[];
  step: number;
}

/** Same as the app's progress layer (ProgressLayer.tsx). */
const LINE_WIDTH = 2.5;
const SELECTED_LINE_WIDTH = 3.25;

function runName(state: AppState, index: number): string {
  const spec = state.scenario.optimizers[index];
  return spec ? runDisplayName(spec) : `run ${index + 1}`;
}

/** The landscape as the app shows it now, at the live SVG's size. */
export function landscapeScene(
  state: AppState,
  width: number,
  height: number,
  showStep = true,
): LandscapeScene {
  // The runs paired with the current problem, as the app draws them (src/state/run-views.ts).
  const views = runViews(state);
  const info = landscapeInfo(state.scenario.problem, views.plane);
  const geo = geometry(state.window ?? info.view, width, height);
  const results = views.runs.map((run) => run.drawn);
  const runs: DrawnRun[] = [];
  views.runs.forEach((run) => {
    if (run.hidden || run.drawn.loss.length === 0) return;
    runs.push({
      index: run.index,
      result: run.drawn,
      name: run.name,
      color: run.color,
      selected: run.index === state.selectedRun,
    });
  });
  // The selected run last, on top, as in the app.
  runs.sort((a, b) => Number(a.selected) - Number(b.selected));
  const step = effectiveCursor(state);
  return {
    geo,
    runs,
    // A slice's problem title already says so ("… (2D slice)").
    title: exportTitle(info.title, TEXT.landscape),
    subtitle: exportSubtitle(results.length, state.scenario.steps, showStep ? step : null),
    legendRuns: legendRuns(state.scenario.optimizers, (index) => ({
      name: runName(state, index),
      color: runColor(state.scenario.optimizers[index]?.color, index),
    })),
    step,
  };
}

/** Screen point k of a run (its last valid point after a divergence). */
export function pointAt(run: DrawnRun, geo: Geometry, step: number): [number, number] {
  const { trajectory, dim, loss } = run.result;
  const k = Math.min(step, loss.length - 1);
  return [geo.x(trajectory[k * dim]!), geo.y(trajectory[k * dim + 1]!)];
}

/** Each run's path up to `step`, solid, and its marker there, as SVG in plot coordinates. */
function progressSvg(scene: LandscapeScene): string {
  const { geo, runs, step } = scene;
  const parts: string[] = [];
  for (const run of runs) {
    const { dim, loss } = run.result;
    const points = Math.min(step, loss.length - 1) + 1;
    const path = trajectoryPath(
      run.result.trajectory.subarray(0, points * dim),
      dim,
      geo.x,
      geo.y,
      1.25,
      { width: geo.plotWidth, height: geo.plotHeight },
    );
    const width = run.selected ? SELECTED_LINE_WIDTH : LINE_WIDTH;
    if (path.d)
      parts.push(
        `<path class="landscape__progress-path" d="${path.d}" style="fill:none;stroke:${escapeXml(run.color)};stroke-width:${width}px;stroke-linecap:round;stroke-linejoin:round"/>`,
      );
  }
  for (const run of runs) {
    const [x, y] = pointAt(run, geo, step);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    parts.push(
      `<circle class="landscape__marker" cx="${x}" cy="${y}" r="${run.selected ? 7 : 6}" style="fill:${escapeXml(run.color)};stroke:#fff;stroke-width:2px"/>`,
    );
  }
  return `<g transform="translate(${MARGIN.left},${MARGIN.top})" clip-path="url(#landscape-clip)">${parts.join('')}</g>`;
}

/** The colour scale's legend entry. */
export function surfaceScale(surface: Pick<SurfacePicture, 'levels' | 'min' | 'max'>): LegendScale {
  return {
    name: TEXT.scale[surface.levels.scale],
    colors: surface.levels.colors,
    low: formatValue(surface.min),
    high: formatValue(surface.max),
  };
}

/**
 * The landscape document. `progress: false` leaves out the paths up to the cursor and the
 * markers: the video draws those itself, frame by frame, over this picture.
 */
export function landscapeSvg(
  root: HTMLElement,
  state: AppState,
  surface: SurfacePicture | null,
  options: { progress: boolean },
): Picture & { scene: LandscapeScene } {
  const live = root.querySelector<SVGSVGElement>('svg.landscape__svg');
  if (!live) throw new Error('the landscape is not drawn yet');
  const width = live.width.baseVal.value;
  const height = live.height.baseVal.value;
  const scene = landscapeScene(state, width, height, options.progress);
  const { geo } = scene;
  const image = surface
    ? `<image class="landscape__surface-image" x="${MARGIN.left}" y="${MARGIN.top}" width="${geo.plotWidth}" height="${geo.plotHeight}" preserveAspectRatio="none" href="${surface.url}"/>`
    : '';
  const content = image + styledContent(live) + (options.progress ? progressSvg(scene) : '');
  const theme = readTheme(root);
  const measures = frameMeasures(theme.fontFamily);
  const legend = layoutLegend(
    scene.legendRuns,
    surface ? surfaceScale(surface) : null,
    width,
    measures.legend,
  );
  const svg = frameSvg({
    title: scene.title,
    subtitle: scene.subtitle,
    width,
    height,
    content,
    legend,
    theme,
    measureTitle: measures.title,
  });
  return { svg, ...frameSize({ width, height, legend }), scene };
}

/** Where the plot's top left lies in the document (the video draws on it there). */
export const PLOT_ORIGIN = { x: MARGIN.left, y: HEADER_HEIGHT + MARGIN.top } as const;

/** How long to wait for the engine's sharper surface before using the one on screen. */
const ENGINE_TIMEOUT_MS = 4000;

/**
 * The surface painted afresh by the engine at `pixelRatio` (sharp on a 2× PNG), for the window
 * on screen; the picture on screen, as the plot shows it, when the engine cannot (busy).
 */
export async function surfacePicture(
  engine: Engine,
  state: AppState,
  geo: Geometry,
  pixelRatio: number,
): Promise<SurfacePicture | null> {
  const live = pairedSurface(state);
  if (!live) return null;
  const request: SurfaceAsk = {
    problem: state.scenario.problem,
    ...(live.plane ? { plane: live.plane } : {}),
    view: geo.view,
    width: geo.plotWidth,
    height: geo.plotHeight,
    pixelRatio,
  };
  try {
    const outcome = await Promise.race([
      engine.exportSurface(request),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), ENGINE_TIMEOUT_MS)),
    ]);
    if (outcome && outcome.status === 'done') {
      const { bitmap, levels, min, max } = outcome.value;
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
      bitmap.close();
      return { url: canvas.toDataURL('image/png'), levels, min, max };
    }
  } catch {
    // The picture on screen below.
  }
  const canvas = plotPicture(live.bitmap, live.view, geo, pixelRatio);
  return { url: canvas.toDataURL('image/png'), levels: live.levels, min: live.min, max: live.max };
}

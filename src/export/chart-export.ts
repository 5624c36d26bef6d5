/**
 * A chart of the chart panel as an SVG document, built from what is on screen: every drawn SVG
 * of the panel cloned with its styles and every canvas (the sensitivity maps' cells, a
 * classifier's probability field) as an <image>, each where it sits, cropped to what is drawn;
 * with a title (the problem and what the tab plots) and a legend of the runs it shows.
 */
import { runDisplayName } from '../i18n/text';
import { sequentialColor } from '../plot/colormap';
import { runColor } from '../plot/palette';
import { problemInfo } from '../state/selectors';
import type { AppState } from '../state/app-state';
import { effectiveCursor } from '../state/view-slice';
import type { ChartTab } from '../ui/charts/tabs';
import { exportSubtitle, exportTitle, legendRuns } from './captions';
import { cloneStyled, frameMeasures, readTheme, serialize } from './dom-svg';
import type { Picture } from './landscape-export';
import { layoutLegend, type LegendScale } from './legend';
import { frameSize, frameSvg } from './svg-document';

/** Drawn layers smaller than this (legend swatches, icons) are not part of the chart. */
const MIN_LAYER = { width: 40, height: 24 };
/** Room around the drawn layers. */
const PADDING = 8;

interface Layer {
  element: SVGSVGElement | HTMLCanvasElement;
  /** Where the element is on screen. */
  box: DOMRect;
  /** The part of it that has drawing: an SVG's content may leave part of its box empty. */
  drawn: { left: number; top: number; right: number; bottom: number };
}

/** An SVG's drawn part (its content's bounding box, plus a stroke's width), within its box. */
function drawnBox(element: Element, box: DOMRect): Layer['drawn'] {
  if (!(element instanceof SVGSVGElement) || element.viewBox.baseVal?.width) return box;
  try {
    const content = element.getBBox();
    if (content.width === 0 && content.height === 0) return box;
    const stroke = 3;
    return {
      left: Math.max(box.left, box.left + content.x - stroke),
      top: Math.max(box.top, box.top + content.y - stroke),
      right: Math.min(box.right, box.left + content.x + content.width + stroke),
      bottom: Math.min(box.bottom, box.top + content.y + content.height + stroke),
    };
  } catch {
    return box; // not rendered: getBBox throws in some browsers
  }
}

/** The chart's drawn layers in document (painting) order. */
function layersOf(body: HTMLElement): Layer[] {
  const layers: Layer[] = [];
  for (const element of body.querySelectorAll<SVGSVGElement | HTMLCanvasElement>('svg, canvas')) {
    if (element.parentElement?.closest('svg')) continue; // drawn with its outer SVG
    if (element.closest('.visually-hidden, [hidden], [popover]')) continue;
    const box = element.getBoundingClientRect();
    if (box.width < MIN_LAYER.width || box.height < MIN_LAYER.height) continue;
    layers.push({ element, box, drawn: drawnBox(element, box) });
  }
  return layers;
}

/** The maps' shared colour scale, read from their legend on screen. */
function mapsScale(body: HTMLElement): LegendScale | null {
  const legend = body.querySelector('.sensitivity-legend');
  if (!legend) return null;
  const ticks = [...legend.querySelectorAll<HTMLElement>('.sensitivity-legend__tick')]
    .map((tick) => ({ label: tick.textContent ?? '', at: parseFloat(tick.style.bottom) || 0 }))
    .sort((a, b) => a.at - b.at);
  if (ticks.length === 0) return null;
  const stops = 12;
  return {
    name: legend.querySelector('.sensitivity-legend__name')?.textContent ?? '',
    colors: Array.from({ length: stops + 1 }, (_, i) => sequentialColor(i / stops)),
    low: ticks[0]!.label,
    high: ticks[ticks.length - 1]!.label,
  };
}

/** The chart panel's current tab as a document; throws when it draws nothing. */
export function chartSvg(body: HTMLElement, state: AppState, tab: ChartTab): Picture {
  const layers = layersOf(body);
  if (layers.length === 0) throw new Error('this chart has nothing drawn to export yet');
  const left = Math.min(...layers.map((l) => l.drawn.left)) - PADDING;
  const top = Math.min(...layers.map((l) => l.drawn.top)) - PADDING;
  const width = Math.ceil(Math.max(...layers.map((l) => l.drawn.right)) + PADDING - left);
  const height = Math.ceil(Math.max(...layers.map((l) => l.drawn.bottom)) + PADDING - top);

  const parts = layers.map(({ element, box }) => {
    const x = Math.round((box.left - left) * 100) / 100;
    const y = Math.round((box.top - top) * 100) / 100;
    if (element instanceof HTMLCanvasElement) {
      return `<image x="${x}" y="${y}" width="${box.width}" height="${box.height}" preserveAspectRatio="none" href="${element.toDataURL('image/png')}"/>`;
    }
    const clone = cloneStyled(element);
    if (!clone) return '';
    clone.setAttribute('x', String(x));
    clone.setAttribute('y', String(y));
    clone.setAttribute('width', String(box.width));
    clone.setAttribute('height', String(box.height));
    clone.setAttribute('overflow', 'visible');
    return serialize(clone);
  });

  const { scenario, selectedRun } = state;
  const name = (index: number) => {
    const spec = scenario.optimizers[index];
    return {
      name: spec ? runDisplayName(spec) : `run ${index + 1}`,
      color: runColor(spec?.color, index),
    };
  };
  // The data view and the maps show the selected run; the other charts every visible run.
  const single = tab.id === 'data' || tab.id === 'maps';
  const runs = legendRuns(scenario.optimizers, name, single ? selectedRun : null);
  const theme = readTheme(body);
  const measures = frameMeasures(theme.fontFamily);
  const legend = layoutLegend(
    runs,
    tab.id === 'maps' ? mapsScale(body) : null,
    width,
    measures.legend,
  );
  const showsStep = tab.id !== 'sweep' && tab.id !== 'maps';
  const svg = frameSvg({
    title: exportTitle(problemInfo(scenario.problem).title, tab.title),
    subtitle: exportSubtitle(
      scenario.optimizers.length,
      scenario.steps,
      showsStep ? effectiveCursor(state) : null,
    ),
    width,
    height,
    content: parts.join(''),
    legend,
    theme,
    measureTitle: measures.title,
  });
  return { svg, ...frameSize({ width, height, legend }) };
}

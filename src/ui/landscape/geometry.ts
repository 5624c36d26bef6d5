/** The landscape's screen geometry: plot area, margins and the data ⇄ pixel scales. */
import { scaleLinear, type ScaleLinear } from 'd3';
import type { View } from '../../core/problems';
import { fitView } from '../../plot/viewport';

/** Room for tick labels on the left and bottom. */
export const MARGIN = { top: 10, right: 12, bottom: 34, left: 52 } as const;

export interface Geometry {
  /** Whole SVG size. */
  width: number;
  height: number;
  /** Plot area (where the surface is) size and offset. */
  plotWidth: number;
  plotHeight: number;
  /** The window shown: the requested view fitted to the plot's aspect ratio. */
  view: View;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

export function geometry(requested: View, width: number, height: number): Geometry {
  const plotWidth = Math.max(1, width - MARGIN.left - MARGIN.right);
  const plotHeight = Math.max(1, height - MARGIN.top - MARGIN.bottom);
  const view = fitView(requested, plotWidth, plotHeight);
  return {
    width,
    height,
    plotWidth,
    plotHeight,
    view,
    x: scaleLinear().domain(view.x).range([0, plotWidth]),
    y: scaleLinear().domain(view.y).range([plotHeight, 0]),
  };
}

/**
 * A canvas over the plot (the surface, the runs' progress): its backing store in device pixels
 * (`ratio` = devicePixelRatio, so it stays sharp), its CSS size in layout pixels.
 */
export function plotCanvasSize(geo: Geometry, ratio: number) {
  return {
    width: Math.round(geo.plotWidth * ratio),
    height: Math.round(geo.plotHeight * ratio),
    style: { width: geo.plotWidth, height: geo.plotHeight },
  };
}

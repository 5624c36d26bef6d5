/** CSS colours as the 3D scene takes them (0–255 per channel), and the theme's from the page. */
import { rgb } from 'd3';
import type { Rgb } from '../../plot/surface-raster';

export const rgbOf = (css: string): Rgb => {
  const { r, g, b } = rgb(css);
  return [Number.isFinite(r) ? r : 0, Number.isFinite(g) ? g : 0, Number.isFinite(b) ? b : 0];
};

/** The panel's background, the floor under the surface and its frame, in the theme shown. */
export function themeColours(element: Element): { background: Rgb; floor: Rgb; frame: Rgb } {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) =>
    rgbOf(style.getPropertyValue(name).trim() || fallback);
  return {
    background: read('--panel', '#ffffff'),
    floor: read('--panel-sunken', '#f6f7f9'),
    frame: read('--border-strong', '#b9c1ca'),
  };
}

/**
 * The painted surface. The bitmap comes from the worker for some window; while a newer one is
 * being painted (during pan and zoom), the old one is drawn stretched to where its window now
 * lies, so the picture follows the pointer at once and sharpens when the new bitmap arrives.
 */
import { useEffect, useRef } from 'react';
import { useApp } from '../../state/store';
import { pairedSurface, problemTag } from '../../state/run-views';
import { plotCanvasSize, type Geometry } from './geometry';

export function SurfaceCanvas({ geo }: { geo: Geometry }) {
  // Only a picture of the current problem (src/state/run-views.ts).
  const surface = useApp(pairedSurface);
  const canvas = useRef<HTMLCanvasElement>(null);
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;

  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!element || !ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, element.width, element.height);
    if (!surface) return;
    const { view } = surface;
    // Where the bitmap's window lies in the current plot, in device pixels.
    const left = geo.x(view.x[0]) * ratio;
    const right = geo.x(view.x[1]) * ratio;
    const top = geo.y(view.y[1]) * ratio;
    const bottom = geo.y(view.y[0]) * ratio;
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(surface.bitmap, left, top, right - left, bottom - top);
  }, [surface, geo, ratio]);

  return (
    <canvas
      ref={canvas}
      className="landscape__canvas"
      {...plotCanvasSize(geo, ratio)}
      aria-hidden="true"
      data-surface={surface ? (surface.coarse ? 'coarse' : 'full') : 'none'}
      data-problem={surface ? problemTag(surface.problem) : undefined}
    />
  );
}

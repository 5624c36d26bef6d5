/**
 * The painted surface. The bitmap comes from the worker for some window; while a newer one is
 * being painted (during pan and zoom), the old one is stretched to where its window now lies
 * (surface-place.ts), so the picture follows the pointer at once and sharpens when the new
 * bitmap arrives.
 *
 * A `bitmaprenderer` canvas placed with CSS, not a 2D canvas drawn on (issue 17): in software
 * compositing a 2D canvas is copied out to the compositor at every frame, changed or not (about
 * 0.15 ms a frame, two frames per slider input, every frame of playback); a bitmap handed to a
 * `bitmaprenderer` context is not (docs/benchmark.md, "Session 17"). A pan or a zoom moves the
 * element instead of redrawing the picture.
 */
import { useLayoutEffect, useRef } from 'react';
import { useApp } from '../../state/store';
import { pairedSurface, problemTag } from '../../state/run-views';
import type { Geometry } from './geometry';
import { surfaceRect } from './surface-place';

/**
 * A copy of `bitmap` to hand over: handing it over detaches it, and the store keeps its own for
 * a remount (the 3D view and back, a panel's reset) and for an export.
 */
function copyOf(bitmap: ImageBitmap): ImageBitmap {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
  return canvas.transferToImageBitmap();
}

export function SurfaceCanvas({ geo }: { geo: Geometry }) {
  // Only a picture of the current problem (src/state/run-views.ts).
  const surface = useApp(pairedSurface);
  const canvas = useRef<HTMLCanvasElement>(null);

  // Before the browser paints, so that the new picture and its new place show in one frame.
  useLayoutEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('bitmaprenderer');
    if (!element || !ctx) return;
    if (!surface) {
      ctx.transferFromImageBitmap(null);
      return;
    }
    const copy = copyOf(surface.bitmap);
    element.width = copy.width;
    element.height = copy.height;
    ctx.transferFromImageBitmap(copy);
  }, [surface]);

  const rect = surface ? surfaceRect(surface.view, geo) : null;
  return (
    <canvas
      ref={canvas}
      className="landscape__canvas"
      style={rect ?? undefined}
      hidden={!rect}
      aria-hidden="true"
      data-surface={surface ? (surface.coarse ? 'coarse' : 'full') : 'none'}
      data-problem={surface ? problemTag(surface.problem) : undefined}
    />
  );
}

/**
 * A small picture of `height` × `width` values on a canvas, one cell per value, scaled up with
 * crisp pixels: a digit's ink (white paper, black ink, 0 … 16) or a unit's weights (a diverging
 * blue–white–red scale symmetric about 0). Decorative to assistive technology: its caption or
 * label carries its meaning.
 */
import { useEffect, useRef } from 'react';

export type PixelScale = { kind: 'ink'; max: number } | { kind: 'diverging'; maxAbs: number };

/** The RGB of a value on the scale (pure: src/ui/insight tests read it). */
export function pixelColor(value: number, scale: PixelScale): [number, number, number] {
  if (scale.kind === 'ink') {
    const ink = Math.max(0, Math.min(1, value / Math.max(1e-12, scale.max)));
    const grey = Math.round(255 * (1 - ink));
    return [grey, grey, grey];
  }
  const t = Math.max(-1, Math.min(1, value / Math.max(1e-12, scale.maxAbs)));
  // White at 0, towards red (178, 24, 43) above and blue (33, 102, 172) below: ColorBrewer's
  // RdBu ends, legible on a projector and to red–green colour-blind readers.
  const end = t >= 0 ? [178, 24, 43] : [33, 102, 172];
  const a = Math.abs(t);
  return [0, 1, 2].map((i) => Math.round(255 + (end[i]! - 255) * a)) as [number, number, number];
}

export function PixelImage({
  values,
  height,
  width,
  scale,
  size,
}: {
  values: ArrayLike<number>;
  height: number;
  width: number;
  scale: PixelScale;
  /** CSS pixels per side. */
  size: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(width, height);
    for (let i = 0; i < width * height; i++) {
      const [r, g, b] = pixelColor(values[i] ?? 0, scale);
      image.data.set([r, g, b, 255], 4 * i);
    }
    context.putImageData(image, 0, 0);
  }, [values, height, width, scale]);
  return (
    <canvas
      ref={canvas}
      className="pixel-image"
      width={width}
      height={height}
      style={{ width: size, height: size }}
      aria-hidden="true"
    />
  );
}

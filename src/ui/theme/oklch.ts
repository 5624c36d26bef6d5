/**
 * The lightness floor that src/ui/theme/dark-runs.css applies to run colours in the dark theme
 * (`oklch(from currentColor max(l, floor) c h)`), computed here so a test can check the palette's
 * contrast with it. OKLab after Ottosson (2020); out-of-gamut results lose chroma, not lightness,
 * as CSS Color 4's gamut mapping does.
 */
import type { Rgba } from './contrast';

type Lab = [l: number, a: number, b: number];

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** sRGB (0…255) to OKLab. */
export function toOklab({ r, g, b }: Rgba): Lab {
  const [R, G, B] = [r, g, b].map((c) => toLinear(c / 255)) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * R + 0.5363325363 * G + 0.0514459929 * B);
  const m = Math.cbrt(0.2119034982 * R + 0.6806995451 * G + 0.1073969566 * B);
  const s = Math.cbrt(0.0883024619 * R + 0.2817188376 * G + 0.6299787005 * B);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/** OKLab to linear sRGB channels (may fall outside 0…1). */
function toLinearRgb([L, a, b]: Lab): [number, number, number] {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

const inGamut = (rgb: number[]) => rgb.every((c) => c >= -1e-6 && c <= 1 + 1e-6);

/** A colour with its OKLCH lightness raised to at least `floor` (0…1), hue kept. */
export function liftLightness(color: Rgba, floor: number): Rgba {
  const [L, a, b] = toOklab(color);
  if (L >= floor) return color;
  // Bisect the chroma scale: the largest share of the original chroma that stays in sRGB.
  let [low, high] = [0, 1];
  if (!inGamut(toLinearRgb([floor, a, b]))) {
    for (let i = 0; i < 30; i++) {
      const mid = (low + high) / 2;
      if (inGamut(toLinearRgb([floor, a * mid, b * mid]))) low = mid;
      else high = mid;
    }
  } else low = 1;
  const [R, G, B] = toLinearRgb([floor, a * low, b * low]).map(
    (c) => 255 * fromLinear(Math.min(1, Math.max(0, c))),
  ) as [number, number, number];
  return { r: R, g: G, b: B, a: color.a };
}

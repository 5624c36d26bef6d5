/**
 * WCAG 2.x contrast arithmetic and a reader for the colour tokens of global.css, so a unit test
 * can check that each theme's text keeps AA contrast (4.5:1) on the surfaces it sits on. Pure.
 */

/** An sRGB colour with channels in 0…255 (and alpha in 0…1). */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/**
 * "#rgb", "#rrggbb" or "rgb(a)(r, g, b[, a])" as channels; null for anything else (names,
 * var(), color-mix() …), which the contrast checks then refuse rather than guess.
 */
export function parseColor(text: string): Rgba | null {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value);
  if (hex) {
    const digits = hex[1]!;
    const full =
      digits.length === 3
        ? digits
            .split('')
            .map((d) => d + d)
            .join('')
        : digits;
    return {
      r: parseInt(full.slice(0, 2), 16),
      g: parseInt(full.slice(2, 4), 16),
      b: parseInt(full.slice(4, 6), 16),
      a: 1,
    };
  }
  const rgb = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(
    value,
  );
  if (rgb) {
    return { r: +rgb[1]!, g: +rgb[2]!, b: +rgb[3]!, a: rgb[4] === undefined ? 1 : +rgb[4] };
  }
  return null;
}

/** WCAG relative luminance of an opaque colour (sRGB channels linearised, Rec. 709 weights). */
export function luminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** `top` composited over an opaque `bottom` (a translucent overlay shows what is under it). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, u: number) => t * top.a + u * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** The WCAG contrast ratio of two opaque colours, 1…21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The custom properties declared in the first rule whose selector list is exactly `selector`
 * in a stylesheet's text: `--text: #17212b;` → { '--text': '#17212b' }. Comments are skipped;
 * a value spanning lines is joined. Throws when the rule is missing, so a renamed selector
 * fails the test rather than checking nothing.
 */
export function readTokens(css: string, selector: string): Record<string, string> {
  // Comments and statement at-rules (@import …;) would otherwise run into the next selector.
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@[^{};]*;/g, '');
  const rules = /([^{}]+)\{([^{}]*)\}/g;
  for (let match = rules.exec(text); match; match = rules.exec(text)) {
    if (match[1]!.trim().replace(/\s+/g, ' ') !== selector) continue;
    const tokens: Record<string, string> = {};
    for (const declaration of match[2]!.split(';')) {
      const colon = declaration.indexOf(':');
      const name = declaration.slice(0, colon).trim();
      if (colon > 0 && name.startsWith('--'))
        tokens[name] = declaration
          .slice(colon + 1)
          .trim()
          .replace(/\s+/g, ' ');
    }
    return tokens;
  }
  throw new Error(`no rule for "${selector}"`);
}

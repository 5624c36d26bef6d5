/**
 * The width, in `ch`, of the box that holds a run's loss (RunStatus): the text's own width,
 * estimated from its characters, rounded up to half a `ch`. The box contains its layout (issue
 * 17), so it cannot take the text's width by itself; estimated, it leaves no gap after the
 * value and keeps one width while a dragged slider changes the digits but not the value's form
 * ("4.47" → "12.5", "9.43e-3" → "1.02e-2"): only a new form lays the page out again.
 *
 * The widths are the UI font's, bold, with tabular figures (DejaVu Sans, measured in Chromium:
 * "4.47" 3.55ch, "9.43e-3" 6.12ch, "−1.03e3" 6.73ch, "undefined" 8.14ch, "未定义" 4.31ch).
 * Another font differs by a little: the box's overflow is drawn, never clipped.
 */
const WIDTHS: Readonly<Record<string, number>> = {
  '.': 0.55,
  e: 1,
  '-': 0.6,
  '−': 1.2,
  '∞': 1.2,
};

/** A letter of "undefined" and the like. */
const LETTER = 0.95;
/** A CJK character ("未定义"). */
const WIDE = 1.5;
/** Room for rounding and a slightly wider font. */
const MARGIN = 0.3;

export function valueWidth(text: string): number {
  let width = MARGIN;
  for (const char of text) {
    if (char >= '0' && char <= '9') width += 1;
    else width += WIDTHS[char] ?? ((char.codePointAt(0) ?? 0) >= 0x2e80 ? WIDE : LETTER);
  }
  return Math.ceil(width * 2) / 2;
}

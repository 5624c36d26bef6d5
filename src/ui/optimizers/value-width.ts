/**
 * The widths, in `ch`, of the boxes that hold a run's loss (RunStatus) and a step (the
 * timeline's, a card's "loss at 120"), estimated from their characters. The boxes contain their
 * layout (issue 17, src/ui/contained-text.tsx), so they cannot take the text's width by
 * themselves, and a box that changes width lays the page out again from its root.
 *
 * The widths are the UI font's, bold, with tabular figures (DejaVu Sans, measured in Chromium:
 * "4.47" 3.55ch, "9.43e-3" 6.12ch, "−1.03e3" 6.73ch, "undefined" 8.14ch, "未定义" 4.31ch).
 * Another font differs by a little: the box's overflow is drawn, never clipped.
 */
const WIDTHS: Readonly<Record<string, number>> = {
  '.': 0.55,
  // A thousands separator, as in the timeline's step ("1,234"): as wide as the point.
  ',': 0.55,
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

/** A character's width in `ch`: a figure one, the signs as measured, letters and CJK estimated. */
function charWidth(char: string): number {
  if (char >= '0' && char <= '9') return 1;
  return WIDTHS[char] ?? ((char.codePointAt(0) ?? 0) >= 0x2e80 ? WIDE : LETTER);
}

const textWidth = (text: string) => [...text].reduce((sum, char) => sum + charWidth(char), 0);

/** The text's own width, rounded up to half a `ch`, with room to spare for the font. */
export function valueWidth(text: string): number {
  return Math.ceil((MARGIN + textWidth(text)) * 2) / 2;
}

/**
 * The width, in `ch`, of a whole number's figures ("120", "1,234"): exact, with no margin, for
 * a step in a box beside words ("loss at 120"), where a spare half `ch` shows as a gap. A
 * figure is one `ch` wide wherever figures are tabular (the UI font's are); a separator as
 * `valueWidth` counts it.
 */
export function figuresWidth(text: string): number {
  return textWidth(text);
}

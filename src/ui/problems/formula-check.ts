/**
 * The formula editor's logic without React: what a typed text is (empty, a formula with its
 * derivative, or an error at a place), how an error's place is shown, and the examples offered.
 * Parsing is cheap (one linear pass), so it runs on the main thread as the user types; nothing
 * here evaluates the formula over a grid — that is the worker's job once the formula is applied.
 */
import { ExpressionError, parseExpression } from '../../core/expression';
import type { ProblemSpec } from '../../scenario/types';
import { t } from '../../i18n';
import '../../i18n/en-models'; // its words load with this chunk (docs/i18n.md)
import type { Resources } from '../../i18n/en';

/** What the editor knows about the text in its field. */
export type FormulaCheck =
  | { status: 'empty' }
  | {
      status: 'ok';
      /** The text to apply: as typed, without surrounding spaces. */
      expr: string;
      /** [∂f/∂x, ∂f/∂y], printed for reading (see `readableFormula`). */
      derivative: readonly [string, string];
    }
  | {
      status: 'error';
      message: string;
      /** 0-based index of the offending character in the text as typed. */
      position: number;
      /** True when something is missing at the end ("the formula ends too early"). */
      atEnd: boolean;
    };

/**
 * Parses `text` and says what it is. Only blank text is "empty": the field starts blank and a
 * blank field is not a mistake worth a red message.
 *
 * @example
 * checkFormula('x^2 +* y'); // { status: 'error', message: 'Expected a number, …', position: 5 }
 */
export function checkFormula(text: string): FormulaCheck {
  const expr = text.trim();
  if (expr === '') return { status: 'empty' };
  try {
    const expression = parseExpression(expr);
    const [dx, dy] = expression.derivative;
    return { status: 'ok', expr, derivative: [readableFormula(dx), readableFormula(dy)] };
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    // Positions count in the trimmed text; the field shows the text as typed, spaces and all.
    const atEnd = error.position >= expr.length;
    const lead = text.length - text.trimStart().length;
    const position = atEnd ? text.length : error.position + lead;
    return { status: 'error', message: error.message, position, atEnd };
  }
}

/**
 * A formula printed by the core (ASCII `*` and `-`) made easier to read on a projector: `·` for
 * products and `−` for minus signs. Both are accepted by the parser, so what is shown can be
 * copied back into the field. The `-` of an exponent (`1e-3`) stays, since `1e−3` would not parse.
 *
 * @example
 * readableFormula('4*x^3 - 2*x'); // '4·x^3 − 2·x'
 */
export function readableFormula(text: string): string {
  return text.replace(/\*/g, '·').replace(/(?<![0-9.][eE])-/g, '−');
}

/** The neighbourhood of an error, cut to fit one line under the field. */
export interface ErrorExcerpt {
  /** Text before the offending character (starting with … when cut). */
  before: string;
  /** The offending character; a space when the error is at the end of the text. */
  at: string;
  /** Text after it (ending with … when cut). */
  after: string;
  /** True when the error is past the last character ("the formula ends too early"). */
  atEnd: boolean;
}

/**
 * The text around `position`, at most about `width` characters, with the offending character on
 * its own so it can be marked. Long formulas keep `width / 3` characters of context on the left,
 * so the marker stays in view instead of falling off the end.
 *
 * @example
 * errorExcerpt('x^2 +* y', 5); // { before: 'x^2 +', at: '*', after: ' y', atEnd: false }
 */
export function errorExcerpt(text: string, position: number, width = 48): ErrorExcerpt {
  const at = Math.max(0, Math.min(position, text.length));
  const atEnd = at >= text.length;
  // One code point, not one UTF-16 unit, so a character outside the BMP is not split.
  const char = atEnd ? ' ' : String.fromCodePoint(text.codePointAt(at)!);
  const end = at + (atEnd ? 0 : char.length);
  let from = 0;
  let to = text.length;
  if (text.length > width) {
    from = Math.max(0, Math.min(at - Math.floor(width / 3), text.length - width));
    to = Math.min(text.length, from + width);
  }
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, at),
    at: char,
    after: text.slice(end, Math.max(end, to)) + (to < text.length ? '…' : ''),
    atEnd,
  };
}

/** "at character 6" (1-based, as people count), or "at the end" for an error past the text. */
export function errorPlace(text: string, position: number): string {
  return position >= text.trimEnd().length
    ? t('formula.atEnd')
    : t('formula.atCharacter', { n: position + 1 });
}

/** A formula the editor offers as a chip, with what it shows when tried. */
export interface FormulaExample {
  /** The text put in the field (valid in our grammar; see docs/expressions.md). */
  expr: string;
  /** What to look for, said on hover (in the language shown). */
  readonly hint: string;
}

/** A chip: its formula and the key of its hint, read when shown so the language can change. */
function example(expr: string, key: keyof Resources['formula']['example']): FormulaExample {
  return {
    expr,
    get hint() {
      return t(`formula.example.${key}`);
    },
  };
}

/** The chips under the field: classic shapes a class can try at once. */
export const FORMULA_EXAMPLES: readonly FormulaExample[] = [
  example('x^2 + 10y^2', 'valley'),
  example('x^4 − x^2 + y^2', 'twoMinima'),
  example('x^2 − y^2', 'saddle'),
  example('sin(2x)·cos(2y) + (x^2 + y^2)/5', 'bumpy'),
  example('abs(x) + abs(y)', 'abs'),
  example('(x^2+y−11)^2+(x+y^2−7)^2', 'himmelblau'),
];

/**
 * The chip index a key moves focus to among `count` chips in a row, or null for other keys.
 * Left/Up and Right/Down step and stop at the ends; Home and End jump.
 */
export function chipMove(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, index + 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * The spec Apply sets, or null when the formula is already the current problem (then Apply only
 * closes the picker, so the start point and the window the user set are kept).
 */
export function formulaSpecToSet(expr: string, current: ProblemSpec): ProblemSpec | null {
  if (current.type === 'expression' && current.expr === expr) return null;
  return { type: 'expression', expr };
}

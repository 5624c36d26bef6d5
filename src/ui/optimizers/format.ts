/** Text of the optimizers panel: hyperparameter values, their parsing and checking, final losses. */
import type { NumericHyperparamSpec } from '../../core/optimizers';
import { t } from '../../i18n';

const MINUS = '−';

/**
 * A hyperparameter as typed into its field: plain decimals between 1e-3 and 1e4 (0.001, 0.9,
 * 0.99987), exponent form outside (1e-8, 2.5e-4), the shortest text that reads back the same.
 */
export function formatHyperparam(value: number): string {
  const abs = Math.abs(value);
  // ASCII signs: this is text a user edits and may paste elsewhere.
  return Number.isFinite(value) && abs !== 0 && (abs < 1e-3 || abs >= 1e4)
    ? value.toExponential().replace('e+', 'e')
    : String(value);
}

/**
 * A final loss: three significant digits, plain between 0.1 and 1000 (4.47, 0.500, 123), in
 * short exponent form outside (3.69e-3, 1.20e5, −1.03e-4), so orders of magnitude compare at a
 * glance; 0 as "0".
 */
export function formatLoss(value: number): string {
  if (Number.isNaN(value)) return t('optimizers.undefined');
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const text =
    abs >= 0.1 && abs < 1000 ? abs.toPrecision(3) : abs.toExponential(2).replace('e+', 'e');
  return value < 0 ? MINUS + text : text;
}

export type ParseResult = { ok: true; value: number } | { ok: false; message: string };

/** Decimal or exponent notation, a leading sign (the true minus sign too) allowed. */
// \d+(?:\.\d*)? rather than \d+\.?\d*: the latter splits a run of digits between \d+ and
// \d* in n ways, so 10⁵ digits and a letter backtracked for minutes (test/hostile-inputs).
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

type Range = Pick<
  NumericHyperparamSpec,
  'symbol' | 'min' | 'max' | 'minExclusive' | 'maxExclusive' | 'integer'
>;

/** The valid range of a hyperparameter in words, e.g. "0 ≤ β1 < 1", "0 < η₋ < 1". */
export function describeRange(spec: Range): string {
  const lower = spec.minExclusive ? '<' : '≤';
  const upper = spec.maxExclusive ? '<' : '≤';
  return `${formatHyperparam(spec.min)} ${lower} ${spec.symbol} ${upper} ${formatHyperparam(spec.max)}`;
}

/**
 * A typed hyperparameter: any number in its valid range (not only the slider's), written like
 * 0.001, 1e-3, .5 or 1E-3; otherwise a short message to show beside the field.
 */
export function parseHyperparam(text: string, spec: Range): ParseResult {
  const normalised = text.trim().replaceAll(MINUS, '-');
  if (!NUMBER.test(normalised)) return { ok: false, message: t('optimizers.enterNumber') };
  const value = Number(normalised);
  const aboveMax = spec.maxExclusive ? value >= spec.max : value > spec.max;
  const belowMin = spec.minExclusive ? value <= spec.min : value < spec.min;
  if (!Number.isFinite(value) || belowMin || aboveMax) {
    return { ok: false, message: t('optimizers.needs', { range: describeRange(spec) }) };
  }
  if (spec.integer && !Number.isInteger(value))
    return { ok: false, message: t('optimizers.wholeNumber') };

  // −0 is 0: typed "-0" would otherwise travel as lr=-0 in links and files.
  return { ok: true, value: value === 0 ? 0 : value };
}

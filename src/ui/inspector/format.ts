/** Numbers of the step inspector: compact, 4 significant digits, a true minus sign. */

const MINUS = '−';

/**
 * 4 significant digits without trailing zeros, plain between 1e-3 and 1e5 (0.1234, −12.5,
 * 4096), exponent form outside (1.235e−8, 3e6); "—" for an undefined value (null), and
 * "∞"/"NaN" for the non-finite values a diverging step produces.
 */
export function formatNumber(value: number | null): string {
  if (value === null) return '—';
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  if (value === 0) return '0';
  const abs = Math.abs(value);
  let text: string;
  if (abs < 1e-3 || abs >= 1e5) {
    const [mantissa, exponent] = abs.toExponential(3).split('e') as [string, string];
    text = `${stripZeros(mantissa)}e${Number(exponent) < 0 ? MINUS : ''}${Math.abs(Number(exponent))}`;
  } else {
    text = stripZeros(abs.toPrecision(4));
  }
  return value < 0 ? MINUS + text : text;
}

/** "1.500" → "1.5", "2.000" → "2"; integers and exponent-free text without a point stay. */
function stripZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

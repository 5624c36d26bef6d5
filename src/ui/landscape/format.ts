/** Number formats of the landscape's read-outs. */

/** A compact number: 4 significant digits, exponent form for very large or small values, a true minus sign. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'undefined' : value > 0 ? '∞' : '−∞';
  const abs = Math.abs(value);
  const text =
    abs !== 0 && (abs < 1e-3 || abs >= 1e5)
      ? value.toExponential(2)
      : String(+value.toPrecision(4));
  return text.replace('-', '−');
}

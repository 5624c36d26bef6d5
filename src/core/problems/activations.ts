/** The hidden activations' numerics the MLP's passes share (mlp.ts, mlp-hvp.ts). */

/**
 * tanh as expm1(2x)/(expm1(2x) + 2): within 5e-16 relative of Math.tanh and about 1.7× as fast
 * in V8 (Node 20: 18 against 31 ns), where Math.tanh took about half of a training step. Beyond |x| = 20, tanh is ±1 to
 * double precision (1 − tanh 20 ≈ 8e-18), and expm1 would overflow a little further on.
 */
export function fastTanh(x: number): number {
  if (x > 20) return 1;
  if (x < -20) return -1;
  const e = Math.expm1(2 * x);
  return e / (e + 2);
}

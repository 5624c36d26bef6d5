/**
 * `hessian(theta)` of the NumPy script, for Newton's runs (docs/code-export.md, "Optimizers"):
 * for a formula f(x, y) (a built-in function, docs/functions.md, or a typed one) its second
 * partial derivatives differentiated symbolically, as the core's exact Hessian is
 * (src/core/curvature/formula-hessian.ts); for a problem on data, whose gradient the script writes
 * by hand but NumPy cannot differentiate again, the 5-point central difference of that exact
 * gradient, column by column: error O(h⁴) + O(ε/h), about 1e-12 relative with h = 10⁻³·max(1, |θⱼ|).
 */
import { FUNCTION_FORMULAS } from '../../core/curvature/function-formulas';
import { differentiate } from '../../core/expression/derivative';
import { parseAst } from '../../core/expression/parse';
import type { ProblemSpec } from '../../scenario/types';
import type { Say } from './comments';
import { toPython } from './expression';
import { comment, indent, withComment } from './python';

/** The formula of a 2-parameter problem given by one, else null. */
function formulaOf(spec: ProblemSpec): string | null {
  if (spec.type === 'function') return FUNCTION_FORMULAS[spec.name] ?? null;
  if (spec.type === 'expression') return spec.expr;
  return null;
}

/** `def hessian(theta)` for the problem of `spec` (the NumPy script's `loss_and_grad` beside it). */
export function numpyHessianSource(spec: ProblemSpec, onData: boolean, say: Say): string[] {
  const formula = formulaOf(spec);
  if (formula !== null) {
    const ast = parseAst(formula);
    const dx = differentiate(ast, 'x');
    const dy = differentiate(ast, 'y');
    const py = (e: Parameters<typeof toPython>[0]) => toPython(e, 'numpy');
    return [
      'def hessian(theta):',
      ...comment(say('hessianSymbolic'), '    '),
      '    x, y = theta',
      ...indent([
        `fxx = ${py(differentiate(dx, 'x'))}`,
        `fxy = (${py(differentiate(dx, 'y'))} + ${py(differentiate(dy, 'x'))}) / 2`,
        `fyy = ${py(differentiate(dy, 'y'))}`,
        'return np.array([[fxx, fxy], [fxy, fyy]], dtype=float)',
      ]),
    ];
  }
  const rows = onData ? ', ALL' : '';
  return [
    'def hessian(theta):',
    ...comment(say('hessianDifferences'), '    '),
    ...indent([
      'n = len(theta)',
      'H = np.zeros((n, n))',
      'for j in range(n):',
      '    h = 1e-3 * max(1.0, abs(theta[j]))',
      '    def grad_at(shift):',
      '        moved = theta.copy()',
      '        moved[j] += shift',
      `        return loss_and_grad(moved${rows})[1]`,
      '    H[:, j] = (grad_at(-2 * h) - 8 * grad_at(-h) + 8 * grad_at(h) - grad_at(2 * h)) / (12 * h)',
      ...withComment('return (H + H.T) / 2', say('newtonSymmetric')),
    ]),
  ];
}

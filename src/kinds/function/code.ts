/**
 * A built-in function in the exported scripts (docs/code-export.md, "Problems"): f(θ) with torch
 * operations for autograd, or f and its hand-derived gradient with NumPy.
 */
import { comment, indent, withComment } from '../../export/code/python';
import type { KindCode, KindCodeContext } from '../../export/code/types';
import { FUNCTION_FORMULAS, type FunctionFormula } from './code-formulas';
import type { FunctionSpec } from './spec';

function formulaOf(spec: FunctionSpec): FunctionFormula {
  const formula = FUNCTION_FORMULAS[spec.name];
  if (!formula) throw new Error(`no Python for the function "${spec.name}"`);
  return formula;
}

const inModule = (text: string, module: string) => text.replaceAll('{m}', module);

function assignments(pairs: readonly (readonly [string, string])[] | undefined, module: string) {
  return (pairs ?? []).map(([name, value]) => `${name} = ${inModule(value, module)}`);
}

/** `def f(theta)` with torch operations, and θ as one tensor of two coordinates. */
export function torchSurface(
  { say }: KindCodeContext,
  bodyLines: readonly string[],
  value: string,
  extra: readonly string[] = [],
) {
  return {
    definitions: [
      ...extra,
      'def f(theta):',
      ...withComment('x, y = theta', say('fUnpack'), '    '),
      ...indent([...bodyLines, `return ${value}`]),
    ],
    init: [
      ...withComment('theta = torch.tensor(START, requires_grad=True)', say('thetaTensor')),
      'params = [theta]',
    ],
    loss: 'f(theta)',
    point: 'theta.tolist()',
    points: null,
  };
}

/** `def loss_and_grad(theta)` returning f and [∂f/∂x, ∂f/∂y]. */
export function numpySurface(
  { say }: KindCodeContext,
  bodyLines: readonly string[],
  value: string,
  grad: readonly [string, string],
  extra: readonly string[] = [],
) {
  return {
    definitions: [
      ...extra,
      'def loss_and_grad(theta):',
      ...comment(say('lossAndGradSurface'), '    '),
      ...withComment('x, y = theta', say('fUnpack'), '    '),
      ...indent(bodyLines),
      `    loss = ${value}`,
      ...withComment(`grad = np.array([${grad[0]}, ${grad[1]}])`, say('gradByHand'), '    '),
      '    return loss, grad',
    ],
    points: null,
  };
}

export const functionCode: KindCode<FunctionSpec> = {
  torch(spec, context) {
    const formula = formulaOf(spec);
    return torchSurface(
      context,
      assignments(formula.locals, 'torch'),
      inModule(formula.f, 'torch'),
    );
  },
  numpy(spec, context) {
    const formula = formulaOf(spec);
    const body = [...assignments(formula.locals, 'np'), ...assignments(formula.gradLocals, 'np')];
    const grad = formula.grad.map((g) => inModule(g, 'np')) as [string, string];
    return numpySurface(context, body, inModule(formula.f, 'np'), grad);
  },
};

/**
 * A typed formula in the exported scripts (docs/code-export.md, "Problems"): its tree written
 * with torch operations (autograd differentiates it), or with NumPy together with its symbolic
 * derivative, the one the problem picker shows (src/core/expression/derivative.ts).
 */
import { differentiate } from '../../core/expression/derivative';
import { parseAst } from '../../core/expression/parse';
import type { Say } from '../../export/code/comments';
import { helpersOf, toPython } from '../../export/code/expression';
import { comment, withComment } from '../../export/code/python';
import type { KindCode } from '../../export/code/types';
import { numpySurface, torchSurface } from '../function/code';
import type { ExpressionSpec } from './spec';

/** The definitions of the helpers a formula calls, in the order they need each other. */
function helpers(
  used: ReadonlySet<'sign' | 'step'>,
  flavour: 'torch' | 'numpy',
  say: Say,
): string[] {
  const lines: string[] = [];
  if (used.has('sign') && flavour === 'torch')
    lines.push(
      'def sign(t):',
      ...comment(say('signTorch'), '    '),
      '    return torch.where(torch.isnan(t), t, torch.sign(t))',
      '',
      '',
    );
  if (used.has('step'))
    lines.push(
      'def step(t):',
      ...comment(say(flavour === 'torch' ? 'stepTorch' : 'stepNumpy'), '    '),
      flavour === 'torch' ? '    return (sign(t) + 1) / 2' : '    return np.heaviside(t, 0.5)',
      '',
      '',
    );
  return lines;
}

export const expressionCode: KindCode<ExpressionSpec> = {
  torch(spec, context) {
    const ast = parseAst(spec.expr);
    const extra = helpers(helpersOf(ast, 'torch'), 'torch', context.say);
    return torchSurface(context, [], toPython(ast, 'torch'), extra);
  },
  numpy(spec, context) {
    const ast = parseAst(spec.expr);
    const dx = differentiate(ast, 'x');
    const dy = differentiate(ast, 'y');
    const used = new Set([ast, dx, dy].flatMap((e) => [...helpersOf(e, 'numpy')]));
    const body = [
      ...withComment(`dfdx = ${toPython(dx, 'numpy')}`, context.say('derivativeX')),
      ...withComment(`dfdy = ${toPython(dy, 'numpy')}`, context.say('derivativeY')),
    ];
    const extra = helpers(used, 'numpy', context.say);
    return numpySurface(context, body, toPython(ast, 'numpy'), ['dfdx', 'dfdy'], extra);
  },
};

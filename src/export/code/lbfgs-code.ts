/**
 * L-BFGS in the exported scripts (docs/code-export.md, "Optimizers"): torch.optim.LBFGS with
 * max_iter=1 and a closure in the PyTorch script, and in the NumPy script the core's rule line for
 * line (src/core/optimizers/lbfgs.ts) with torch's strong-Wolfe search (strong-wolfe.ts, itself
 * torch's `_strong_wolfe` and `_cubic_interpolate`), so that its float64 steps are the app's.
 * With the words of both languages, spread into comments-en.ts and comments-zh.ts.
 */
import type { ResolvedHyperparams } from '../../core/optimizers';
import type { CommentKey, Say } from './comments';
import { comment, indent, pyFloat, withComment } from './python';
import { init, step } from './numpy-rules-sgd';

/**
 * torch.optim.LBFGS with max_iter=1 and every hyperparameter of the run (optimizers-torch.ts); the
 * script defines `lbfgs_closure` beside its custom classes (index.ts, torchRuns).
 */
export function lbfgsTorch(hp: ResolvedHyperparams): {
  constructor: string;
  kwargs: readonly (readonly [name: string, value: string, words: CommentKey])[];
} {
  const lineSearch = hp.lineSearchFn === 'strong-wolfe' ? '"strong_wolfe"' : 'None';
  return {
    constructor: 'torch.optim.LBFGS',
    kwargs: [
      ['lr', pyFloat(hp.lr), 'kwLbfgsLr'],
      ['max_iter', '1', 'kwMaxIter'],
      ['history_size', String(hp.historySize), 'kwHistorySize'],
      ['tolerance_grad', pyFloat(hp.toleranceGrad), 'kwToleranceGrad'],
      ['tolerance_change', pyFloat(hp.toleranceChange), 'kwToleranceChange'],
      ['line_search_fn', lineSearch, 'kwLineSearch'],
    ],
  };
}

/** The torch loop's call of L-BFGS's step with its closure (`loss` is θ's, just computed). */
export function torchLbfgsStep(loss: string, say: Say): string[] {
  return [
    'if isinstance(optimizer, torch.optim.LBFGS):',
    ...withComment(
      `optimizer.step(lbfgs_closure(optimizer, loss, lambda: ${loss}))`,
      say('lbfgsClosureCall'),
      '    ',
    ),
  ];
}

/** `lbfgs_closure(optimizer, loss, evaluate)`: torch's closure for one step of L-BFGS. */
export function torchLbfgsClosure(say: Say): string[] {
  return [
    'def lbfgs_closure(optimizer, loss, evaluate):',
    ...comment(say('lbfgsClosureFn'), '    '),
    '    calls = []',
    '',
    '    def closure():',
    '        calls.append(1)',
    '        if len(calls) == 1:',
    ...withComment('return loss', say('lbfgsClosureFirst'), '            '),
    '        optimizer.zero_grad()',
    ...withComment('trial = evaluate()', say('lbfgsClosureTrial'), '        '),
    '        trial.backward()',
    '        return trial',
    '',
    '    return closure',
  ];
}

/** The NumPy rule: src/core/optimizers/lbfgs.ts line for line, and torch's line search. */
export function lbfgsClass(say: Say): string[] {
  return [
    'def cubic_interpolate(x1, f1, g1, x2, f2, g2, bounds=None):',
    ...comment(say('cubicFn'), '    '),
    '    lo, hi = bounds if bounds is not None else ((x1, x2) if x1 <= x2 else (x2, x1))',
    '    d1 = g1 + g2 - 3 * (f1 - f2) / (x1 - x2)',
    '    d2_square = d1 * d1 - g1 * g2',
    '    if d2_square >= 0:',
    '        d2 = math.sqrt(d2_square)',
    '        if x1 <= x2:',
    '            min_pos = x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2))',
    '        else:',
    '            min_pos = x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2))',
    '        return min(max(min_pos, lo), hi)',
    '    return (lo + hi) / 2',
    '',
    '',
    'def strong_wolfe(evaluate, t, f, gtd, d_norm, c1=1e-4, c2=0.9, tol=1e-9, max_ls=25):',
    ...comment(say('strongWolfeFn'), '    '),
    '    f_new, gtd_new = evaluate(t)',
    '    t_prev, f_prev, gtd_prev = 0.0, f, gtd',
    '    done, ls_iter = False, 0',
    '    b, bf, bg = [t], [f_new], [gtd_new]',
    '    while ls_iter < max_ls:',
    '        if f_new > f + c1 * t * gtd or (ls_iter > 1 and f_new >= f_prev):',
    '            b, bf, bg = [t_prev, t], [f_prev, f_new], [gtd_prev, gtd_new]',
    '            break',
    '        if abs(gtd_new) <= -c2 * gtd:',
    '            b, bf, bg = [t], [f_new], [gtd_new]',
    '            done = True',
    '            break',
    '        if gtd_new >= 0:',
    '            b, bf, bg = [t_prev, t], [f_prev, f_new], [gtd_prev, gtd_new]',
    '            break',
    '        t_next = cubic_interpolate(t_prev, f_prev, gtd_prev, t, f_new, gtd_new, (t + 0.01 * (t - t_prev), t * 10))',
    '        t_prev, f_prev, gtd_prev = t, f_new, gtd_new',
    '        t = t_next',
    '        f_new, gtd_new = evaluate(t)',
    '        ls_iter += 1',
    '    if ls_iter == max_ls:',
    '        b, bf, bg = [0.0, t], [f, f_new], [gtd, gtd_new]',
    '    low = 0 if bf[0] <= bf[-1] else 1',
    '    insuf = False',
    '    while not done and ls_iter < max_ls:',
    '        if abs(b[1] - b[0]) * d_norm < tol:',
    '            break',
    '        t = cubic_interpolate(b[0], bf[0], bg[0], b[1], bf[1], bg[1])',
    '        hi_b, lo_b = max(b), min(b)',
    '        eps = 0.1 * (hi_b - lo_b)',
    '        if min(hi_b - t, t - lo_b) < eps:',
    '            if insuf or t >= hi_b or t <= lo_b:',
    '                t = hi_b - eps if abs(t - hi_b) < abs(t - lo_b) else lo_b + eps',
    '                insuf = False',
    '            else:',
    '                insuf = True',
    '        else:',
    '            insuf = False',
    '        f_new, gtd_new = evaluate(t)',
    '        ls_iter += 1',
    '        high = 1 - low',
    '        if f_new > f + c1 * t * gtd or f_new >= bf[low]:',
    '            b[high], bf[high], bg[high] = t, f_new, gtd_new',
    '            low = 0 if bf[0] <= bf[1] else 1',
    '        else:',
    '            if abs(gtd_new) <= -c2 * gtd:',
    '                done = True',
    '            elif gtd_new * (b[high] - b[low]) >= 0:',
    '                b[high], bf[high], bg[high] = b[low], bf[low], bg[low]',
    '            b[low], bf[low], bg[low] = t, f_new, gtd_new',
    '    return b[low]',
    '',
    '',
    'def dot(a, b):',
    ...comment(say('lbfgsDot'), '    '),
    '    total = 0.0',
    '    for x, y in zip(a.tolist(), b.tolist()):',
    '        total += x * y',
    '    return total',
    '',
    '',
    'class LBFGS:',
    ...comment(say('ruleLbfgs'), '    '),
    ...init(
      ['history_size', 'line_search_fn', 'tolerance_grad', 'tolerance_change', 'evaluate'],
      [
        ['n_iter', '0', say('stateT')],
        ['d', 'None', say('lbfgsFirst')],
        ['t', 'None', say('lbfgsStep')],
        ['prev_g', 'None', say('lbfgsPair')],
        ['pairs', '[]', say('lbfgsPair')],
        ['h_diag', '1.0', say('lbfgsTwoLoops')],
      ],
    ),
    ...step([
      'if np.max(np.abs(g)) <= self.tolerance_grad:',
      ...withComment('return theta', say('lbfgsStop'), '    '),
      'self.n_iter += 1',
      'if self.n_iter == 1:',
      ...withComment('self.d = -g', say('lbfgsFirst'), '    '),
      '    self.pairs = []',
      '    self.h_diag = 1.0',
      'else:',
      ...indent([
        ...withComment('y = g - self.prev_g', say('lbfgsPair')),
        's = self.d * self.t',
        'ys = dot(y, s)',
        'if ys > 1e-10:',
        '    if len(self.pairs) == self.history_size:',
        '        self.pairs.pop(0)',
        '    self.pairs.append((s, y, 1.0 / ys))',
        '    self.h_diag = ys / dot(y, y)',
        ...withComment('q = -g', say('lbfgsTwoLoops')),
        'al = [0.0] * len(self.pairs)',
        'for i in reversed(range(len(self.pairs))):',
        '    s_i, y_i, ro_i = self.pairs[i]',
        '    al[i] = dot(s_i, q) * ro_i',
        '    q = q + -al[i] * y_i',
        'r = q * self.h_diag',
        'for i, (s_i, y_i, ro_i) in enumerate(self.pairs):',
        '    be = dot(y_i, r) * ro_i',
        '    r = r + (al[i] - be) * s_i',
        'self.d = r',
      ]),
      'self.prev_g = g.copy()',
      'if self.n_iter == 1:',
      ...withComment(
        'self.t = min(1.0, 1.0 / dot(np.abs(g), np.ones_like(g))) * lr',
        say('lbfgsFirstT'),
        '    ',
      ),
      'else:',
      '    self.t = lr',
      'gtd = dot(g, self.d)',
      'if not gtd <= -self.tolerance_change:',
      ...withComment('return theta', say('lbfgsNotDescent'), '    '),
      'if self.line_search_fn == "strong_wolfe":',
      ...indent([
        ...withComment('f, _ = self.evaluate(theta)', say('lbfgsLineSearch')),
        'd = self.d',
        '',
        'def along(t):',
        '    f_t, g_t = self.evaluate(theta + t * d)',
        '    return f_t, dot(g_t, d)',
        '',
        'self.t = strong_wolfe(along, self.t, f, gtd, float(np.max(np.abs(d))))',
      ]),
      ...withComment('return theta + self.t * self.d', say('lbfgsStep')),
    ]),
  ];
}

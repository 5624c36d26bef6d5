/**
 * L-BFGS in the exported scripts (docs/code-export.md, "Optimizers"): torch.optim.LBFGS with
 * max_iter=1 and a closure in the PyTorch script, and in the NumPy script the core's rule line for
 * line (src/core/optimizers/lbfgs.ts) with torch's strong-Wolfe search (strong-wolfe.ts, itself
 * torch's `_strong_wolfe` and `_cubic_interpolate`), so that its float64 steps are the app's.
 * With the words of both languages, spread into comments-en.ts and comments-zh.ts.
 */
import type { Say } from './comments';
import { comment, indent, withComment } from './python';
import { init, step } from './numpy-rules-sgd';

export const EN_LBFGS = {
  ruleLbfgs:
    'L-BFGS: d = −H̃g from the last m steps s and gradient changes y (two loops), then θ ← θ + t·d with t = α or what the strong-Wolfe line search accepts.',
  kwLbfgsLr:
    'α: the step length t (the line search starts from it); the first step is min(1, 1/Σ|g|)·α',
  kwMaxIter: 'one iteration per step(closure): one step of Descent’s trajectory',
  kwHistorySize: 'm: how many pairs (s, y) the inverse-Hessian estimate keeps',
  kwToleranceGrad: 'ε_g: a step with max|g| ≤ ε_g stops and leaves θ where it is',
  kwToleranceChange: 'ε_d: a step with g·d > −ε_d (not downhill) stops and leaves θ where it is',
  kwLineSearch: 'None: t = α; "strong_wolfe": torch’s line search from t = α',
  lbfgsClosureFn:
    'The closure L-BFGS calls for f and ∇f: first at θ, whose loss and gradient the loop has just computed (as the app hands them to the step), then at each line-search trial point.',
  lbfgsClosureFirst: 'θ itself: the gradient is already in .grad',
  lbfgsClosureTrial: 'a trial point θ + t·d: the full loss and its gradient there',
  lbfgsClosureCall: 'L-BFGS evaluates f again in its line search: it gets f as a closure',
  lbfgsStop: 'max|g| ≤ ε_g: stop, θ unchanged',
  lbfgsFirst: 'first step: d = −g, no history yet',
  lbfgsPair: 'y = g − g_prev, s = t·d: kept where y·s > 1e-10 (the oldest pair leaves at m)',
  lbfgsTwoLoops: 'two loops: q = −g through the pairs newest to oldest, H₀ = y·s/y·y, then back',
  lbfgsFirstT: 'the first step is scaled by 1/Σ|g|',
  lbfgsNotDescent: 'g·d > −ε_d: not downhill, stop (θ unchanged, d and t kept)',
  lbfgsLineSearch: 'strong Wolfe from t = α: f at θ, then trial points θ + t·d',
  lbfgsStep: 'θ ← θ + t·d',
  lbfgsDot: 'a·b summed in index order, as the app (and torch on a short vector) sums it',
  strongWolfeFn:
    'torch’s _strong_wolfe (torch/optim/lbfgs.py) with c1 = 1e-4, c2 = 0.9, tolerance 1e-9, at most 25 evaluations: bracket a step that decreases f enough, then zoom by cubic interpolation until the slope has flattened.',
  cubicFn:
    'torch’s _cubic_interpolate: the minimiser of the cubic through two points with their values and slopes, kept within bounds.',
};

export const ZH_LBFGS: Record<keyof typeof EN_LBFGS, string> = {
  ruleLbfgs:
    'L-BFGS：由最近 m 步的位移 s 和梯度变化 y 得到 d = −H̃g（两重循环），然后 θ ← θ + t·d，t = α 或强 Wolfe 线搜索接受的步长。',
  kwLbfgsLr: 'α：步长 t（线搜索从它开始）；第一步为 min(1, 1/Σ|g|)·α',
  kwMaxIter: '每次 step(closure) 只迭代一次：即 Descent 轨迹上的一步',
  kwHistorySize: 'm：逆黑塞矩阵估计保留的 (s, y) 对数',
  kwToleranceGrad: 'ε_g：max|g| ≤ ε_g 时这一步停止，θ 不动',
  kwToleranceChange: 'ε_d：g·d > −ε_d（不是下降方向）时这一步停止，θ 不动',
  kwLineSearch: 'None：t = α；"strong_wolfe"：从 t = α 开始的 torch 线搜索',
  lbfgsClosureFn:
    'L-BFGS 求 f 和 ∇f 时调用的闭包：第一次在 θ 处，循环刚算过它的损失和梯度（与应用交给这一步的相同），之后在线搜索的每个试探点上。',
  lbfgsClosureFirst: 'θ 本身：梯度已经在 .grad 里',
  lbfgsClosureTrial: '试探点 θ + t·d：那里的完整损失及其梯度',
  lbfgsClosureCall: 'L-BFGS 在线搜索中还要计算 f：以闭包的形式交给它',
  lbfgsStop: 'max|g| ≤ ε_g：停止，θ 不变',
  lbfgsFirst: '第一步：d = −g，还没有历史',
  lbfgsPair: 'y = g − g_prev，s = t·d：仅当 y·s > 1e-10 时保留（满 m 对时丢掉最旧的一对）',
  lbfgsTwoLoops: '两重循环：q = −g 从最新到最旧经过各对，H₀ = y·s/y·y，再反向',
  lbfgsFirstT: '第一步按 1/Σ|g| 缩放',
  lbfgsNotDescent: 'g·d > −ε_d：不是下降方向，停止（θ 不变，保留 d 和 t）',
  lbfgsLineSearch: '从 t = α 开始的强 Wolfe 线搜索：θ 处的 f，然后是试探点 θ + t·d',
  lbfgsStep: 'θ ← θ + t·d',
  lbfgsDot: 'a·b 按下标顺序求和，与应用（以及 torch 对短向量）的求和顺序相同',
  strongWolfeFn:
    'torch 的 _strong_wolfe（torch/optim/lbfgs.py），c1 = 1e-4，c2 = 0.9，容差 1e-9，最多 25 次求值：先找出使 f 充分下降的步长区间，再用三次插值缩小，直到斜率变平。',
  cubicFn:
    'torch 的 _cubic_interpolate：过两点（带函数值和斜率）的三次多项式的极小点，限制在区间内。',
};

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

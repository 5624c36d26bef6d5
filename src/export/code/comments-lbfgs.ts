/**
 * The words of the exported scripts for L-BFGS (lbfgs-code.ts; issue 21), English and Chinese,
 * spread into comments-en.ts and comments-zh.ts (the Chinese typed by the English keys).
 */
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

/**
 * 简体中文 titles and teaching notes of the built-in problems, keyed by the function's name (or
 * the model's type). The English stays in src/core (the CLI and tests read it); problem-text.ts
 * picks one or the other. Formulas and axis names are symbols and are not translated. Part of the
 * Chinese chunk (zh-chunk.ts), loaded only when Chinese is shown: the problem kinds receive these
 * tables as `ProblemsZh` and import only its type (docs/i18n.md, "How languages load").
 */
import type { ClassificationGenerator } from '../scenario/types';

export interface ProblemText {
  title: string;
  note: string;
}

/** The 16 built-in functions (src/core/problems/functions.ts). */
export const FUNCTIONS_ZH: Readonly<Record<string, ProblemText>> = {
  sphere: { title: '球面函数', note: '各向同性的碗：任何方法都能收敛。作为基准。' },
  ellipse: {
    title: '病态椭圆',
    note: '病态的碗（条件数 κ = 20）：梯度下降在横向来回震荡、沿纵向缓慢爬行；动量法和 Adam 可以解决。',
  },
  rosenbrock: {
    title: 'Rosenbrock 函数',
    note: '弯曲而狭窄的山谷：很快进入谷底，沿谷底前进却很慢。',
  },
  beale: { title: 'Beale 函数', note: '平坦的高原与陡峭的山脊：梯度的大小相差好几个数量级。' },
  himmelblau: {
    title: 'Himmelblau 函数',
    note: '四个同样低的极小值：最终到达哪一个取决于起点和方法。',
  },
  booth: {
    title: 'Booth 函数',
    note: '一个简单的二次函数，展示学习率的上限：梯度下降稳定当且仅当 α < 2/L。',
  },
  matyas: { title: 'Matyas 函数', note: '旋转过的平底山谷。' },
  saddle: {
    title: '鞍面',
    note: '鞍点：梯度下降在此徘徊，动量法和 Adam 能够逃离。函数无下界，因此发散是预料之中的。',
  },
  'monkey-saddle': { title: '猴鞍面', note: '平坦的退化鞍点（三条山谷在此交汇）。无下界。' },
  'six-hump-camel': { title: '六峰驼背函数', note: '多个深浅不同的局部极小值。' },
  rastrigin: {
    title: 'Rastrigin 函数',
    note: '格点上排列着许多局部极小值：小的 α 能找到全局最小值吗？',
  },
  ackley: { title: 'Ackley 函数', note: '几乎平坦的外围区域，中间是一个深深的漏斗。' },
  'styblinski-tang': {
    title: 'Styblinski–Tang 函数',
    note: '从局部极大值附近出发：有四个盆地可以落入。',
  },
  mccormick: { title: 'McCormick 函数', note: '一个平缓的非凸碗。' },
  'two-basins': { title: '双盆地', note: '一浅一深两个盆地：每个优化器各会落入哪一个？' },
  'goldstein-price': {
    title: 'Goldstein–Price 函数',
    note: '函数值跨越六个数量级：对数色标必不可少。',
  },
};

/** The data a classifier is fitted to, as its title names it. */
export const GENERATORS_ZH: Readonly<Record<ClassificationGenerator | 'your data', string>> = {
  blobs: '两团数据',
  moons: '双月数据',
  circles: '同心圆数据',
  spiral: '螺旋数据',
  xor: '异或数据',
  'your data': '你的数据',
};

export const MODELS_ZH = {
  expression: {
    title: '你的公式',
    note: '你自己写的 x、y 的函数。它的梯度是精确的（前向模式自动微分），从不用有限差分。',
  },
  linearRegression: { title: '线性回归（均方误差）', note: '' },
  linearRegressionOwn: { title: '线性回归（你的数据）', note: '' },
  /** A logistic regression's title before its data's name ("逻辑回归 · 双月数据"). */
  logisticTitle: '逻辑回归',
  linearNote: '用 y = w·x + b 拟合带噪声的数据：损失曲面是一条倾斜的山谷，因为 w 和 b 此消彼长。',
  logisticNote:
    '用一条直线分开两类：交叉熵关于 (w₁, w₂, b) 是凸的，所以每个切片都是碗，但在可分数据上碗底位于无穷远处。',
  mlpNote:
    '一个小型神经网络：它的损失非凸，有许多等价的极小值（交换两个隐藏单元即可），并在单元饱和处有平坦的区域。',
} as const;

/** The classifiers on tables (issue 22): their data sets' names, titles and notes. */
export const TABLES_ZH = {
  sets: {
    digits: '手写数字',
    iris: '鸢尾花',
    wine: '葡萄酒',
    'breast-cancer': '乳腺癌',
    'your data': '你的数据',
  } as Readonly<Record<string, string>>,
  softmaxTitle: 'Softmax 回归',
  softmaxNote:
    '每个类别一个线性得分，再取 softmax：交叉熵关于权重是凸的，留出的数据显示一条直的边界能推广得多好。',
  mlpNote:
    '真实数据上的网络：训练损失一直下降，而在从未训练过的行上计算的验证损失，说明它是在学习还是在死记。',
} as const;

/** The tables above, as the Chinese chunk hands them to the problem kinds (their ui.ts). */
export interface ProblemsZh {
  readonly functions: typeof FUNCTIONS_ZH;
  readonly generators: typeof GENERATORS_ZH;
  readonly models: typeof MODELS_ZH;
  readonly tables: typeof TABLES_ZH;
}

export const PROBLEMS_ZH: ProblemsZh = {
  functions: FUNCTIONS_ZH,
  generators: GENERATORS_ZH,
  models: MODELS_ZH,
  tables: TABLES_ZH,
};

/**
 * Chapter 5 of the course: momentum and Nesterov in a ravine, the ill-conditioned bowl
 * `ellipse` (0.1x² + 2y², curvatures 0.2 and 4: docs/functions.md); the rules are PyTorch's SGD
 * (docs/optimizers.md, `momentum`, `nesterov`). The presets momentum-ellipse and
 * nesterov-vs-heavy-ball tell the same story in two sentences each. Checked against the runs by
 * test/lessons/course.test.ts.
 */
import type { LessonStep } from '../types';

/** The ravine, from the start the presets use, with plain gradient descent as run 1. */
const RAVINE = 'v=1&p=ellipse&n=100&o=gd(lr=0.45)';

export const chapter5: LessonStep[] = [
  {
    chapter: { en: '5 · Momentum and Nesterov in a ravine', zh: '5 · 山谷中的动量与 Nesterov' },
    title: { en: 'A ravine', zh: '狭长的山谷' },
    link: `${RAVINE}&show=play`,
    text: {
      en:
        'Real loss surfaces are often **ravines**: steep across, nearly flat along. This one is $f = 0.1x^2 + 2y^2$, whose curvature is 4 across (in $y$) and 0.2 along (in $x$), twenty times less.\n\n' +
        'Gradient descent runs here at $\\alpha = 0.45$, just under the limit $2/L = 0.5$ that the steep direction sets. Watch the path: it bounces between the walls while creeping along the floor, and it needs 52 steps to bring the loss below $10^{-4}$.',
      zh:
        '真实的损失曲面常常是**狭长的山谷**：横向陡峭，纵向几乎平坦。这里是 $f = 0.1x^2 + 2y^2$，横向（$y$ 方向）的曲率是 4，纵向（$x$ 方向）是 0.2，小了二十倍。\n\n' +
        '梯度下降在这里以 $\\alpha = 0.45$ 运行，恰好低于陡峭方向设定的上限 $2/L = 0.5$。观察路径：它在两壁之间来回反弹，同时沿谷底缓慢爬行，需要 52 步才能把损失降到 $10^{-4}$ 以下。',
    },
    prediction: {
      question: {
        en: 'What holds gradient descent back here?',
        zh: '是什么拖慢了这里的梯度下降？',
      },
      choices: [
        {
          en: 'α is too small for the steep direction',
          zh: '对陡峭方向来说 α 太小了',
        },
        {
          en: 'The steep direction caps α, and that cap is far too small for the gentle one',
          zh: '陡峭方向限制了 α 的上限，而这个上限对平缓方向来说太小了',
        },
        {
          en: 'The gradient points the wrong way',
          zh: '梯度的方向错了',
        },
      ],
      answer: 1,
      explanation: {
        en: 'Across the ravine α must stay under 2/4 = 0.5; at 0.45 each step flips the sign of y and keeps 0.8 of it, so y reverses on every step. Along the ravine the same α cuts x by only 9% per step, and x never turns back. Raise α past 0.5 to hurry x along, and y blows up.',
        zh: '横穿山谷的方向要求 α 低于 2/4 = 0.5；在 0.45 时，每一步都让 y 变号并保留其 0.8 倍，所以 y 每一步都在反向。沿山谷方向，同样的 α 每步只让 x 缩小 9%，而 x 从不回头。把 α 提高到 0.5 以上来加快 x，y 就会发散。',
      },
    },
    teacherNote: {
      en: 'The ratio of the largest to the smallest curvature, here 20, is the condition number κ. Gradient descent needs a number of steps proportional to κ; large models can have enormous κ, one reason the optimizers of the following chapters exist.',
      zh: '最大曲率与最小曲率之比（这里是 20）称为条件数 κ。梯度下降所需的步数与 κ 成正比；大型模型的 κ 可能极大，这是后面各章中那些优化器存在的原因之一。',
    },
  },
  {
    title: { en: 'Momentum', zh: '动量' },
    link: `${RAVINE}&o=momentum(lr=0.45,momentum=0.5)&sel=2&t=5&arrows=step,state&show=momentum,play`,
    text: {
      en:
        '**Momentum** gives the run a memory: a velocity $b$ that adds up the gradients, each older one weighted down by the factor $\\mu$:\n\n' +
        '$$b \\leftarrow \\mu b + \\nabla J(\\theta), \\qquad \\theta \\leftarrow \\theta - \\alpha b$$\n\n' +
        'Where successive gradients agree, as along the ravine, $b$ builds up towards $1/(1 - \\mu)$ times the gradient; where they alternate, as across it, they cancel. The violet arrow $-\\alpha b$ shows where the velocity is carrying the second run, momentum with $\\mu = 0.5$.',
      zh:
        '**动量法**给运行加上记忆：一个把梯度累加起来的速度 $b$，越旧的梯度被因子 $\\mu$ 衰减得越多：\n\n' +
        '$$b \\leftarrow \\mu b + \\nabla J(\\theta), \\qquad \\theta \\leftarrow \\theta - \\alpha b$$\n\n' +
        '在相邻梯度方向一致的地方（比如沿山谷方向），$b$ 逐渐增大到梯度的 $1/(1 - \\mu)$ 倍；在梯度方向交替的地方（比如横穿山谷），它们相互抵消。紫色箭头 $-\\alpha b$ 显示速度正把第二个运行（$\\mu = 0.5$ 的动量法）带往哪里。',
    },
    prediction: {
      question: {
        en: 'Both runs use α = 0.45. Which one brings the loss below 10⁻⁴ first?',
        zh: '两个运行都用 α = 0.45。哪个先把损失降到 10⁻⁴ 以下？',
      },
      choices: [
        { en: 'Gradient descent: momentum overshoots', zh: '梯度下降：动量法会冲过头' },
        { en: 'Momentum', zh: '动量法' },
        { en: 'They tie: same α, same gradients', zh: '打成平手：α 相同，梯度也相同' },
      ],
      answer: 1,
      explanation: {
        en: 'Momentum needs 18 steps, gradient descent 52. Across the ravine the alternating pushes cancel in b, so the bouncing dies down; along it the pushes add up, so the run speeds along the floor.',
        zh: '动量法需要 18 步，梯度下降需要 52 步。横穿山谷时，方向交替的推力在 b 中相互抵消，所以反弹逐渐平息；沿山谷方向推力不断累加，所以运行沿谷底加速前进。',
      },
    },
  },
  {
    title: { en: 'Too much momentum', zh: '动量过大' },
    link: `${RAVINE}&o=momentum(lr=0.45,momentum=0.9)&sel=2&show=momentum,play`,
    text: {
      en:
        'More memory is not always better. With $\\mu = 0.9$ the velocity can build up to ten times the gradient, and it carries the run far past the bottom. The run spirals in, overshooting again and again, and needs 77 steps to bring the loss below $10^{-4}$: more than plain gradient descent.\n\n' +
        'So $\\mu$ has a sweet spot, like $\\alpha$: too little memory does not cancel the bouncing, too much adds swinging of its own.',
      zh:
        '记忆并不是越多越好。当 $\\mu = 0.9$ 时，速度可以增大到梯度的十倍，并把运行带到远远越过谷底的地方。运行螺旋式地收敛，一次又一次地冲过头，需要 77 步才能把损失降到 $10^{-4}$ 以下：比普通梯度下降还多。\n\n' +
        '所以 $\\mu$ 和 $\\alpha$ 一样有一个最佳区间：记忆太少不能抵消反弹，太多则会带来自身的摆动。',
    },
    task: {
      prompt: {
        en: 'Tune μ so that momentum brings the loss below 10⁻⁴ within 25 steps.',
        zh: '调节 μ，使动量法在 25 步之内把损失降到 10⁻⁴ 以下。',
      },
      condition: 'run 2 stepsTo 1e-4 <= 25',
      hint: {
        en: 'Somewhere between no memory (μ = 0, gradient descent) and a lot (0.9): try around 0.5.',
        zh: '在没有记忆（μ = 0，即梯度下降）和记忆很多（0.9）之间：试试 0.5 左右。',
      },
      success: {
        en: 'At μ = 0.5 momentum takes 18 steps and at 0.55 only 15; at 0.3 it takes 34 and at 0.9 it takes 77. Too little memory and too much both cost time.',
        zh: 'μ = 0.5 时动量法需要 18 步，μ = 0.55 时只需 15 步；μ = 0.3 时需要 34 步，μ = 0.9 时需要 77 步。记忆太少和太多都会浪费时间。',
      },
    },
  },
  {
    title: { en: 'Momentum stretches the limit', zh: '动量放宽了上限' },
    link: `${RAVINE}&o=momentum(lr=0.45,momentum=0.5)&show=lr,play`,
    text: {
      en:
        'In chapter 4 the learning rate had a hard limit, $\\alpha < 2/L$, here 0.5. With momentum the limit moves: on a quadratic the heavy ball is stable while\n\n' +
        '$$\\alpha < \\frac{2(1 + \\mu)}{L},$$\n\n' +
        'which for $\\mu = 0.5$ is 0.75 here. The velocity is damped by $\\mu$ on every step, and that damping absorbs part of the overshoot that would make gradient descent diverge.',
      zh:
        '第 4 章中学习率有一个硬性上限 $\\alpha < 2/L$，这里是 0.5。有了动量，这个上限会移动：在二次函数上，重球法在\n\n' +
        '$$\\alpha < \\frac{2(1 + \\mu)}{L},$$\n\n' +
        '时是稳定的，当 $\\mu = 0.5$ 时这里就是 0.75。速度每一步都被 $\\mu$ 衰减，这种阻尼吸收了一部分会让梯度下降发散的过冲。',
    },
    task: {
      prompt: {
        en: 'Raise momentum’s α above gradient descent’s limit 0.5, and keep it bringing the loss below 10⁻⁴.',
        zh: '把动量法的 α 提高到梯度下降的上限 0.5 以上，并保持它仍能把损失降到 10⁻⁴ 以下。',
      },
      condition: 'run 2 lr > 0.5 and run 2 stepsTo 1e-4 != null',
      hint: {
        en: 'Drag the second run’s α to about 0.6. Gradient descent itself would diverge there.',
        zh: '把第二个运行的 α 拖到 0.6 左右。梯度下降本身在那里会发散。',
      },
      success: {
        en: 'At α = 0.6 momentum reaches 10⁻⁴ in 17 steps, where gradient descent at the same α diverges by step 23. Past 0.75 momentum diverges too.',
        zh: '在 α = 0.6 时，动量法 17 步就达到 10⁻⁴，而同样 α 的梯度下降在第 23 步就已发散。超过 0.75 后，动量法也会发散。',
      },
    },
  },
  {
    title: { en: 'Nesterov: look before you leap', zh: 'Nesterov：先看再跳' },
    link: 'v=1&p=ellipse&n=150&o=momentum(lr=0.1,momentum=0.9)&o=nesterov(lr=0.1,momentum=0.9)&show=play',
    text: {
      en:
        '**Nesterov momentum** takes its gradient where the velocity is about to carry it, in effect looking ahead before each step. PyTorch writes it as\n\n' +
        '$$b \\leftarrow \\mu b + g, \\qquad \\theta \\leftarrow \\theta - \\alpha\\,(g + \\mu b)$$\n\n' +
        'Both runs here use $\\alpha = 0.1$ and $\\mu = 0.9$, a lot of memory for this ravine, and both overshoot the minimum before they settle: the first is momentum as before (the **heavy ball**), the second Nesterov.',
      zh:
        '**Nesterov 动量**在速度即将把它带到的位置计算梯度，相当于每一步之前先向前看一眼。PyTorch 把它写成\n\n' +
        '$$b \\leftarrow \\mu b + g, \\qquad \\theta \\leftarrow \\theta - \\alpha\\,(g + \\mu b)$$\n\n' +
        '这里两个运行都用 $\\alpha = 0.1$ 和 $\\mu = 0.9$，对这个山谷来说记忆很多，两者在安定之前都会冲过最小值：第一个是前面的动量法（**重球法**），第二个是 Nesterov。',
    },
    prediction: {
      question: {
        en: 'Which one overshoots less, and reaches a loss of 10⁻⁴ first?',
        zh: '哪一个冲过头更少，并先达到 10⁻⁴ 的损失？',
      },
      choices: [
        { en: 'The heavy ball', zh: '重球法' },
        { en: 'Nesterov', zh: 'Nesterov' },
        { en: 'Neither: same α, same μ, same path', zh: '都不是：α 和 μ 都相同，路径也相同' },
      ],
      answer: 1,
      explanation: {
        en: 'Nesterov swings past x = 0 by about 0.9 where the heavy ball swings about 1.2, and reaches 10⁻⁴ in 38 steps against 83. Its gradient is taken where it is going, so it brakes before the bottom rather than after.',
        zh: 'Nesterov 越过 x = 0 大约 0.9，而重球法越过约 1.2；Nesterov 用 38 步达到 10⁻⁴，重球法用 83 步。它在将要到达的地方计算梯度，所以在到达谷底之前而不是之后刹车。',
      },
    },
    teacherNote: {
      en: 'PyTorch’s form hides the look-ahead: it stores the look-ahead point as θ (docs/optimizers.md, Nesterov). Ask why looking ahead matters more when μ is large: the look-ahead distance αμb grows with μ.',
      zh: 'PyTorch 的写法把前瞻藏了起来：它把前瞻点当作 θ 存储（见 docs/optimizers.md 的 Nesterov 一节）。可以问学生：为什么 μ 越大，向前看就越重要？因为前瞻的距离 αμb 随 μ 增大。',
    },
  },
];

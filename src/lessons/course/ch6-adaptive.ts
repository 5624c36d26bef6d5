/**
 * Chapter 6 of the course: adaptive steps, one step size per coordinate, in the ravine of
 * chapter 5: AdaGrad's ever-growing sum and RMSprop's forgetting average (PyTorch's rules,
 * docs/optimizers.md `adagrad`, `rmsprop`; the preset adagrad-vs-rmsprop). RMSprop's first step,
 * ten times α, leads into chapter 7's bias correction. Checked by test/lessons/course.test.ts.
 */
import type { LessonStep } from '../types';

export const chapter6: LessonStep[] = [
  {
    chapter: {
      en: '6 · Adaptive steps: AdaGrad, RMSprop',
      zh: '6 · 自适应步长：AdaGrad 与 RMSprop',
    },
    title: { en: 'One step size per coordinate', zh: '每个坐标一个步长' },
    link: 'v=1&p=ellipse&n=100&o=gd(lr=0.1)&o=adagrad(lr=0.1)&t=1&arrows=step,all&show=play',
    text: {
      en:
        'Gradient descent uses one $\\alpha$ for every coordinate, so a coordinate on a steep slope takes a long step and one on a gentle slope a short one, whatever each needs. **AdaGrad** gives every coordinate its own step size: it divides by the root of the sum of that coordinate’s squared gradients so far,\n\n' +
        '$$G \\leftarrow G + g^2, \\qquad \\theta \\leftarrow \\theta - \\alpha\\,\\frac{g}{\\sqrt{G} + \\varepsilon}$$\n\n' +
        'with every operation taken per coordinate. The arrows show each run’s first step in the ravine, both at $\\alpha = 0.1$.',
      zh:
        '梯度下降对所有坐标使用同一个 $\\alpha$，所以处在陡坡上的坐标步子长，处在缓坡上的坐标步子短，而不管各自需要多大的步子。**AdaGrad** 给每个坐标各自的步长：它除以这个坐标迄今所有梯度平方之和的平方根，\n\n' +
        '$$G \\leftarrow G + g^2, \\qquad \\theta \\leftarrow \\theta - \\alpha\\,\\frac{g}{\\sqrt{G} + \\varepsilon}$$\n\n' +
        '其中每一个运算都逐坐标进行。箭头显示两个运行在山谷中迈出的第一步，两者都使用 $\\alpha = 0.1$。',
    },
    prediction: {
      question: {
        en: 'Where does AdaGrad’s first step go?',
        zh: 'AdaGrad 的第一步迈向哪里？',
      },
      choices: [
        {
          en: 'Along −∇J like gradient descent’s, mostly across the ravine',
          zh: '和梯度下降一样沿 −∇J，主要是横穿山谷',
        },
        {
          en: 'Diagonally: 0.1 in each coordinate, whatever the slopes',
          zh: '沿对角线：每个坐标都是 0.1，与坡度无关',
        },
        { en: 'Hardly anywhere: AdaGrad starts slowly', zh: '几乎不动：AdaGrad 起步很慢' },
      ],
      answer: 1,
      explanation: {
        en: 'On the first step G = g², so g/√G is +1 or −1 in each coordinate and the step is (0.1, −0.1), diagonal. Gradient descent’s first step is −0.1·(−0.8, 6) = (0.08, −0.6), almost straight across the ravine. AdaGrad has rescaled the gentle x-direction up and the steep y-direction down.',
        zh: '第一步时 G = g²，所以 g/√G 在每个坐标上都是 +1 或 −1，这一步就是 (0.1, −0.1)，沿对角线。梯度下降的第一步是 −0.1·(−0.8, 6) = (0.08, −0.6)，几乎是直接横穿山谷。AdaGrad 把平缓的 x 方向放大了，把陡峭的 y 方向缩小了。',
      },
    },
  },
  {
    title: { en: 'AdaGrad runs out of steam', zh: 'AdaGrad 后劲不足' },
    link: 'v=1&p=ellipse&n=300&o=adagrad(lr=0.1)&show=lr,play',
    text: {
      en:
        'The sum $G$ only ever grows, so AdaGrad’s steps only ever shrink, whether or not the run is near the minimum. Here they fall from 0.14 on the first step to 0.003 by step 300, and after 300 steps the run is still crawling along the floor at $x \\approx -1.3$, with a loss of 0.17.\n\n' +
        'AdaGrad never forgets a gradient: a steep stretch early on slows it down for the rest of the run.',
      zh:
        '累加和 $G$ 只增不减，所以 AdaGrad 的步长只会越来越小，不管运行是否接近最小值。这里步长从第一步的 0.14 降到第 300 步的 0.003；300 步之后，运行仍在 $x \\approx -1.3$ 处沿谷底爬行，损失为 0.17。\n\n' +
        'AdaGrad 从不忘记任何一个梯度：早期一段陡坡会拖慢它此后的整个运行。',
    },
    task: {
      prompt: {
        en: 'Raise AdaGrad’s α until it brings the loss below 10⁻⁴ within the 300 steps.',
        zh: '提高 AdaGrad 的 α，直到它在 300 步之内把损失降到 10⁻⁴ 以下。',
      },
      condition: 'run 1 stepsTo 1e-4 != null',
      hint: {
        en: 'Its steps shrink as the sum grows, so it needs a larger α to make up: try 0.5 or more.',
        zh: '随着和的增大，它的步子越来越小，所以需要更大的 α 来弥补：试试 0.5 或更大。',
      },
      success: {
        en: 'At α = 0.5 AdaGrad gets there in 93 steps, at α = 1 in 28. A larger α buys back what the growing sum takes away, but the right α now depends on how long you train.',
        zh: 'α = 0.5 时 AdaGrad 用 93 步到达，α = 1 时只要 28 步。更大的 α 能弥补不断增大的和所带走的步长，但合适的 α 现在取决于你训练多久。',
      },
    },
  },
  {
    title: { en: 'RMSprop forgets', zh: 'RMSprop 会遗忘' },
    link: 'v=1&p=ellipse&n=300&o=adagrad(lr=0.1)&o=rmsprop(lr=0.1)&show=play',
    text: {
      en:
        '**RMSprop** replaces AdaGrad’s sum by a moving average that forgets old gradients, with a decay rate $\\rho$ (PyTorch calls it `alpha`; 0.99 by default):\n\n' +
        '$$v \\leftarrow \\rho v + (1 - \\rho)\\,g^2, \\qquad \\theta \\leftarrow \\theta - \\alpha\\,\\frac{g}{\\sqrt{v} + \\varepsilon}$$\n\n' +
        'Its denominator is the recent size of the gradient in each coordinate, the root mean square, so its steps stay in proportion to the slope where the run is now. Both runs use $\\alpha = 0.1$.',
      zh:
        '**RMSprop** 把 AdaGrad 的和换成一个会遗忘旧梯度的滑动平均，衰减率为 $\\rho$（PyTorch 称为 `alpha`，默认 0.99）：\n\n' +
        '$$v \\leftarrow \\rho v + (1 - \\rho)\\,g^2, \\qquad \\theta \\leftarrow \\theta - \\alpha\\,\\frac{g}{\\sqrt{v} + \\varepsilon}$$\n\n' +
        '它的分母是每个坐标上梯度最近的大小，即均方根，所以它的步长始终与运行当前所在处的坡度成比例。两个运行都使用 $\\alpha = 0.1$。',
    },
    prediction: {
      question: {
        en: 'Same α, 300 steps each. Which run reaches the minimum?',
        zh: 'α 相同，各走 300 步。哪个运行到达了最小值？',
      },
      choices: [
        { en: 'AdaGrad', zh: 'AdaGrad' },
        { en: 'RMSprop', zh: 'RMSprop' },
        { en: 'Both', zh: '两个都到了' },
        { en: 'Neither', zh: '两个都没到' },
      ],
      answer: 1,
      explanation: {
        en: 'RMSprop brings the loss below 10⁻⁴ in 27 steps; AdaGrad ends at x ≈ −1.3, loss 0.17. Look at RMSprop’s first step, too: (1.0, −1.0), ten times α. Its average v starts at 0, so after one step √v is only 0.1·|g|. Adam, next, keeps such an average and corrects exactly this.',
        zh: 'RMSprop 用 27 步把损失降到 10⁻⁴ 以下；AdaGrad 停在 x ≈ −1.3，损失 0.17。再看 RMSprop 的第一步：(1.0, −1.0)，是 α 的十倍。它的平均量 v 从 0 开始，所以一步之后 √v 只有 0.1·|g|。下一章的 Adam 也保留这样的平均量，并恰好修正了这个问题。',
      },
    },
    teacherNote: {
      en: 'Ask what √v measures: the typical size of recent gradients. Dividing by it makes the step independent of the gradient’s scale: type the formula 10*x^2 + 200*y^2, a hundred times this ravine, and RMSprop takes the same path, where gradient descent would need an α a hundred times smaller.',
      zh: '问学生：√v 衡量的是什么？是最近梯度的典型大小。除以它让步长与梯度的尺度无关：输入公式 10*x^2 + 200*y^2，即这个山谷的一百倍，RMSprop 走的是同一条路径，而梯度下降则需要小一百倍的 α。',
    },
  },
];

/**
 * Chapter 7 of the course: Adam, started from the textbook form without bias correction (the
 * run's `biasCorrection: false`, docs/optimizers.md "Adam without bias correction"), its first
 * steps against the corrected form, when the uncorrected form is timid instead of bold, then
 * β1, β2 and ε (the presets adam-bias-correction, adam-beta1, adam-small-beta2 and
 * adam-large-eps tell each in two sentences). Checked by test/lessons/course.test.ts.
 */
import type { LessonStep } from '../types';

/** Textbook Adam in the ravine of chapters 5 and 6. */
const TEXTBOOK = 'v=1&p=ellipse&n=150&o=adam(lr=0.1,biasCorrection=false)';

export const chapter7: LessonStep[] = [
  {
    chapter: { en: '7 · Adam', zh: '7 · Adam 优化器' },
    title: { en: 'Adam as textbooks print it', zh: '教科书里的 Adam' },
    link: `${TEXTBOOK}&t=1&arrows=step&show=play`,
    text: {
      en:
        '**Adam** combines the two previous ideas: a moving average $m$ of the gradient, for the direction (as momentum), and a moving average $v$ of its square, for the size (as RMSprop):\n\n' +
        '$$m \\leftarrow \\beta_1 m + (1 - \\beta_1)\\,g, \\qquad v \\leftarrow \\beta_2 v + (1 - \\beta_2)\\,g^2, \\qquad \\theta \\leftarrow \\theta - \\alpha\\,\\frac{m}{\\sqrt{v} + \\varepsilon}$$\n\n' +
        'with the usual $\\beta_1 = 0.9$ and $\\beta_2 = 0.999$. This is the form many tutorials print. The run uses it in the ravine with $\\alpha = 0.1$; the cursor is at step 1.',
      zh:
        '**Adam** 结合了前面两种思想：梯度的滑动平均 $m$ 决定方向（如动量法），梯度平方的滑动平均 $v$ 决定大小（如 RMSprop）：\n\n' +
        '$$m \\leftarrow \\beta_1 m + (1 - \\beta_1)\\,g, \\qquad v \\leftarrow \\beta_2 v + (1 - \\beta_2)\\,g^2, \\qquad \\theta \\leftarrow \\theta - \\alpha\\,\\frac{m}{\\sqrt{v} + \\varepsilon}$$\n\n' +
        '常用的取值是 $\\beta_1 = 0.9$、$\\beta_2 = 0.999$。这是许多教程印出的形式。这个运行在山谷中使用它，$\\alpha = 0.1$；光标位于第 1 步。',
    },
    prediction: {
      question: {
        en: 'With α = 0.1, how long is this run’s first step in each coordinate?',
        zh: '当 α = 0.1 时，这个运行的第一步在每个坐标上有多长？',
      },
      choices: [
        { en: '0.1: exactly α', zh: '0.1：恰好是 α' },
        { en: 'About 0.32: three times α', zh: '约 0.32：α 的三倍' },
        { en: 'About 0.01: a tenth of α', zh: '约 0.01：α 的十分之一' },
        { en: 'It depends on the size of the gradient', zh: '取决于梯度的大小' },
      ],
      answer: 1,
      explanation: {
        en: 'Both averages start at 0. After one step m = 0.1·g and v = 0.001·g², so m/√v = 0.1/√0.001 ≈ 3.16 in each coordinate, whatever g is: the step is (0.316, −0.316). m is ten times too small, but √v is over thirty times too small, and the second error wins.',
        zh: '两个平均量都从 0 开始。一步之后 m = 0.1·g，v = 0.001·g²，所以在每个坐标上 m/√v = 0.1/√0.001 ≈ 3.16，与 g 无关：这一步是 (0.316, −0.316)。m 小了十倍，而 √v 小了三十多倍，后一个误差占了上风。',
      },
    },
  },
  {
    title: { en: 'Bias correction', zh: '偏差修正' },
    link: `${TEXTBOOK}&t=1&arrows=step&show=biasCorrection,play`,
    text: {
      en:
        'The averages lean towards their starting value 0. After $t$ steps of a steady gradient $g$ they are $m = (1 - \\beta_1^t)\\,g$ and $v = (1 - \\beta_2^t)\\,g^2$. **Bias correction** divides those factors out before the step:\n\n' +
        '$$\\hat m = \\frac{m}{1 - \\beta_1^t}, \\qquad \\hat v = \\frac{v}{1 - \\beta_2^t}, \\qquad \\theta \\leftarrow \\theta - \\alpha\\,\\frac{\\hat m}{\\sqrt{\\hat v} + \\varepsilon}$$\n\n' +
        'This is Adam as its paper and PyTorch define it. Each run’s card has a switch for it.',
      zh:
        '这两个平均量偏向它们的初始值 0。在稳定的梯度 $g$ 下走了 $t$ 步之后，它们是 $m = (1 - \\beta_1^t)\\,g$ 和 $v = (1 - \\beta_2^t)\\,g^2$。**偏差修正**（也称偏差校正）在迈步之前把这两个因子除掉：\n\n' +
        '$$\\hat m = \\frac{m}{1 - \\beta_1^t}, \\qquad \\hat v = \\frac{v}{1 - \\beta_2^t}, \\qquad \\theta \\leftarrow \\theta - \\alpha\\,\\frac{\\hat m}{\\sqrt{\\hat v} + \\varepsilon}$$\n\n' +
        '这才是 Adam 论文和 PyTorch 所定义的 Adam。每个运行的卡片上都有它的开关。',
    },
    task: {
      prompt: {
        en: 'Turn bias correction on for the run, and look at its first step again.',
        zh: '为这个运行打开偏差修正，再看一看它的第一步。',
      },
      condition: 'run 1 biasCorrection == 1',
      hint: {
        en: 'It is the “bias correction” switch on the run’s card.',
        zh: '就是运行卡片上的“偏差修正”开关。',
      },
      success: {
        en: 'Now the first step is (0.1, −0.1): exactly α in each coordinate, since m̂ = g and v̂ = g² after one step.',
        zh: '现在第一步是 (0.1, −0.1)：每个坐标上恰好是 α，因为一步之后 m̂ = g，v̂ = g²。',
      },
    },
    teacherNote: {
      en: 'Write the two factors for t = 1 on the board: 1 − β₁ = 0.1 and 1 − β₂ = 0.001. Students often guess the correction makes the first steps longer; with these β it makes them shorter.',
      zh: '在黑板上写出 t = 1 时的两个因子：1 − β₁ = 0.1，1 − β₂ = 0.001。学生常以为修正会让最初几步变长；在这组 β 下，它反而让它们变短。',
    },
  },
  {
    title: { en: 'The first steps side by side', zh: '最初几步并排比较' },
    link: 'v=1&p=ellipse&n=150&o=adam(lr=0.1)&o=adam(lr=0.1,biasCorrection=false)&show=play',
    text: {
      en: 'The first run has bias correction, the second does not. The correction fades as $t$ grows, but at different speeds: $1 - \\beta_1^t$ is close to 1 after a few dozen steps, $1 - \\beta_2^t$ only after thousands. Until then the uncorrected run’s $v$ is too small and its steps too long: over the first ten steps here they are 3 to 5 times longer than the corrected run’s.',
      zh: '第一个运行有偏差修正，第二个没有。修正的作用随 $t$ 增大而消失，但快慢不同：$1 - \\beta_1^t$ 在几十步后就接近 1，而 $1 - \\beta_2^t$ 要几千步后才行。在此之前，未修正运行的 $v$ 偏小，步子偏长：这里最初十步中，它的步长是修正运行的 3 到 5 倍。',
    },
    prediction: {
      question: {
        en: 'The minimum is at x = 0. Which run swings further past it?',
        zh: '最小值在 x = 0。哪个运行越过它更远？',
      },
      choices: [
        { en: 'The run with bias correction', zh: '有偏差修正的运行' },
        { en: 'The run without', zh: '没有偏差修正的运行' },
        { en: 'Neither overshoots', zh: '两个都不会冲过头' },
      ],
      answer: 1,
      explanation: {
        en: 'The run without correction lunges to x ≈ 1.6, the corrected one only to x ≈ 0.09. Both settle: by step 150 both losses are below 10⁻⁶. On this smooth ravine the lunge even pays off (10⁻⁴ in 41 steps against 101); the Adam paper reports that without the correction, with β₂ close to 1, such early steps can make training unstable.',
        zh: '没有修正的运行冲到 x ≈ 1.6，修正的运行只到 x ≈ 0.09。两者最终都会安定下来：到第 150 步，两者的损失都低于 10⁻⁶。在这个平滑的山谷里，这一冲甚至有好处（41 步达到 10⁻⁴，而修正的运行需要 101 步）；Adam 的论文指出，没有修正且 β₂ 接近 1 时，这样的早期大步可能让训练变得不稳定。',
      },
    },
  },
  {
    title: { en: 'When the textbook form is timid', zh: '当教科书形式畏手畏脚时' },
    link: 'v=1&p=ellipse&n=150&o=adam(lr=0.1,beta2=0.9)&o=adam(lr=0.1,beta2=0.9,biasCorrection=false)&t=1&arrows=step,all&show=beta2,play',
    text: {
      en: 'Without correction Adam’s step on a steady gradient is $\\alpha\\,(1 - \\beta_1^t)/\\sqrt{1 - \\beta_2^t}$ per coordinate. With $\\beta_2 = 0.999$ that factor is 3.16 at $t = 1$: the bold lunge of the last step. Both runs here use $\\beta_2 = 0.9$ instead, the first with bias correction and the second without; now the factor is $0.1/\\sqrt{0.1} \\approx 0.32$ at $t = 1$.',
      zh: '没有修正时，Adam 在稳定梯度下每个坐标的步长是 $\\alpha\\,(1 - \\beta_1^t)/\\sqrt{1 - \\beta_2^t}$。当 $\\beta_2 = 0.999$ 时，这个因子在 $t = 1$ 时是 3.16：就是上一步中的大胆猛冲。这里两个运行都改用 $\\beta_2 = 0.9$，第一个有偏差修正，第二个没有；此时在 $t = 1$ 时因子是 $0.1/\\sqrt{0.1} \\approx 0.32$。',
    },
    prediction: {
      question: {
        en: 'With β₂ = 0.9, which run takes the longer first steps?',
        zh: '当 β₂ = 0.9 时，哪个运行最初几步的步子更长？',
      },
      choices: [
        { en: 'The run with bias correction', zh: '有偏差修正的运行' },
        { en: 'The run without', zh: '没有偏差修正的运行' },
        { en: 'Neither: they are the same', zh: '都不是：它们一样长' },
      ],
      answer: 0,
      explanation: {
        en: 'The corrected run steps α = 0.1 per coordinate; the uncorrected one only 0.032, a third of α, and its steps stay shorter for the first ten. So “without bias correction Adam starts with tiny steps” and “with huge steps” are both heard, and each is true for some β: the first step is longer than α exactly when (1 − β₁)² > 1 − β₂.',
        zh: '修正的运行每个坐标走 α = 0.1；未修正的只走 0.032，是 α 的三分之一，而且最初十步它的步子都更短。所以“没有偏差修正的 Adam 起步很小”和“起步很大”这两种说法都能听到，而且各自在某些 β 下成立：当且仅当 (1 − β₁)² > 1 − β₂ 时，第一步比 α 长。',
      },
    },
  },
  {
    title: { en: 'β₁: memory of the direction', zh: 'β₁：方向的记忆' },
    link: 'v=1&o=adam(lr=0.1,beta1=0,label=no%20momentum)&o=adam(lr=0.1,beta1=0.9,label=usual%20momentum)&show=beta1,play',
    text: {
      en:
        '$\\beta_1$ sets how long $m$ remembers past gradients. With $\\beta_1 = 0$, $m$ is just the current gradient: Adam becomes RMSprop with bias correction, taking steps of roughly $\\alpha$ down each coordinate’s slope. The usual $\\beta_1 = 0.9$ averages roughly the last ten gradients.\n\n' +
        'Here both run 500 steps in the Rosenbrock valley, a narrow curved ravine with its minimum at $(1, 1)$, from $(-1.5, 2)$ with $\\alpha = 0.1$.',
      zh:
        '$\\beta_1$ 决定 $m$ 记住过去梯度的时长。当 $\\beta_1 = 0$ 时，$m$ 就是当前梯度：Adam 变成带偏差修正的 RMSprop，每个坐标沿坡度向下走大约 $\\alpha$ 的一步。常用的 $\\beta_1 = 0.9$ 大致平均了最近十个梯度。\n\n' +
        '这里两个运行都在 Rosenbrock 山谷中走 500 步。这是一条狭窄弯曲的山谷，最小值在 $(1, 1)$；起点 $(-1.5, 2)$，$\\alpha = 0.1$。',
    },
    prediction: {
      question: {
        en: 'What does the run with β₁ = 0 do in the narrow valley?',
        zh: 'β₁ = 0 的运行在狭窄的山谷中会怎样？',
      },
      choices: [
        {
          en: 'It zig-zags between the walls and falls behind',
          zh: '它在两壁之间之字形来回，落在后面',
        },
        {
          en: 'It goes straight along the floor: no momentum, no overshoot',
          zh: '它沿谷底直线前进：没有动量，也就不会冲过头',
        },
      ],
      answer: 0,
      explanation: {
        en: 'With β₁ = 0 each step follows the current gradient, which in this valley points mostly across it: the run reverses direction hundreds of times and ends more than 0.5 from (1, 1). With β₁ = 0.9 the across-the-valley parts cancel in m, and the run glides along the floor to a loss more than 60 times smaller.',
        zh: '当 β₁ = 0 时，每一步都沿当前梯度，而在这条山谷里梯度主要是横穿山谷的：运行反向了数百次，最终离 (1, 1) 还有 0.5 以上。当 β₁ = 0.9 时，横穿山谷的分量在 m 中相互抵消，运行沿谷底滑行，最终损失小了 60 多倍。',
      },
    },
    task: {
      prompt: {
        en: 'Raise the first run’s β₁ until it ends with a loss below 0.02.',
        zh: '提高第一个运行的 β₁，直到它的最终损失低于 0.02。',
      },
      condition: 'run 1 finalLoss < 0.02',
      hint: {
        en: 'Try 0.8 or 0.9. The relation is not simple: 0.7 is not quite enough.',
        zh: '试试 0.8 或 0.9。两者的关系并不简单：0.7 还不太够。',
      },
      success: {
        en: 'At β₁ = 0.8 the run ends at a loss of 0.0035, at 0.9 at 0.0094: memory of the direction is what carries Adam along a curved valley.',
        zh: 'β₁ = 0.8 时运行的最终损失是 0.0035，0.9 时是 0.0094：正是对方向的记忆带着 Adam 沿弯曲的山谷前进。',
      },
    },
  },
  {
    title: { en: 'β₂: memory of the size', zh: 'β₂：大小的记忆' },
    link: 'v=1&p=ellipse&n=200&o=adam(lr=0.1)&show=beta2,play',
    text: {
      en:
        '$\\beta_2$ sets how long $v$ remembers the size of the gradient. Near the minimum the gradient shrinks. With $\\beta_2 = 0.999$, $v$ still remembers the larger gradients of earlier steps, so $\\sqrt{\\hat v}$ shrinks more slowly than the gradient, the steps get shorter, and Adam settles: its loss ends below $10^{-8}$.\n\n' +
        'With a short memory $\\sqrt{\\hat v}$ shrinks along with the gradient, their ratio stays near 1, and the steps stay about $\\alpha$ long: the run jitters around the minimum instead of settling.',
      zh:
        '$\\beta_2$ 决定 $v$ 记住梯度大小的时长。在最小值附近梯度变小。当 $\\beta_2 = 0.999$ 时，$v$ 仍记得早先较大的梯度，所以 $\\sqrt{\\hat v}$ 比梯度缩小得慢，步子随之变短，Adam 安定下来：最终损失低于 $10^{-8}$。\n\n' +
        '如果记忆很短，$\\sqrt{\\hat v}$ 会随梯度一起缩小，两者之比保持在 1 附近，步长始终约为 $\\alpha$：运行在最小值附近抖动，而不是安定下来。',
    },
    task: {
      prompt: {
        en: 'Lower β₂ until Adam no longer settles: its final loss stays above 10⁻⁶.',
        zh: '降低 β₂，直到 Adam 不再安定下来：最终损失保持在 10⁻⁶ 以上。',
      },
      condition: 'run 1 finalLoss > 1e-6',
      hint: {
        en: 'Go well below 0.999: try 0.9 or 0.5, then zoom into the minimum.',
        zh: '要远低于 0.999：试试 0.9 或 0.5，然后放大最小值附近。',
      },
      success: {
        en: 'At β₂ = 0.9 the final loss is about 2·10⁻⁵, at 0.5 about 10⁻³: the steps stay long, and the run hops around the minimum. The usual 0.999 is a long memory on purpose.',
        zh: 'β₂ = 0.9 时最终损失约为 2·10⁻⁵，0.5 时约为 10⁻³：步子一直很长，运行在最小值周围跳来跳去。常用的 0.999 是有意选择的长记忆。',
      },
    },
  },
  {
    title: { en: 'ε: a small constant with a big effect', zh: 'ε：一个影响很大的小常数' },
    link: 'v=1&p=ellipse&n=150&o=adam(lr=0.1,label=usual%20%CE%B5)&o=adam(lr=10,eps=100,label=large%20%CE%B5)&o=gd(lr=0.1)&show=eps,play',
    text: {
      en:
        '$\\varepsilon$ is there to keep the division $\\hat m/(\\sqrt{\\hat v} + \\varepsilon)$ finite when $\\hat v$ is 0; at its usual $10^{-8}$ it matters only where the gradient is that small. But what if it is large?\n\n' +
        'Three runs: Adam with the usual $\\varepsilon$ and $\\alpha = 0.1$; Adam with $\\varepsilon = 100$ and $\\alpha = 10$; and plain gradient descent with $\\alpha = 0.1$.',
      zh:
        '$\\varepsilon$ 的作用是在 $\\hat v$ 为 0 时保持除法 $\\hat m/(\\sqrt{\\hat v} + \\varepsilon)$ 有意义；取常用的 $10^{-8}$ 时，它只在梯度同样小的地方才起作用。但如果它很大呢？\n\n' +
        '三个运行：使用常用 $\\varepsilon$、$\\alpha = 0.1$ 的 Adam；使用 $\\varepsilon = 100$、$\\alpha = 10$ 的 Adam；以及 $\\alpha = 0.1$ 的普通梯度下降。',
    },
    prediction: {
      question: {
        en: 'Whose path does the Adam run with ε = 100 follow?',
        zh: 'ε = 100 的 Adam 运行沿着谁的路径走？',
      },
      choices: [
        { en: 'The usual Adam’s', zh: '常用 ε 的 Adam 的' },
        { en: 'Gradient descent’s', zh: '梯度下降的' },
        { en: 'Neither: with α = 10 it diverges', zh: '都不是：α = 10 会让它发散' },
      ],
      answer: 1,
      explanation: {
        en: 'The gradient here never exceeds 6 in size, far below ε = 100, so the denominator is just ε and the step becomes (α/ε)·m̂ = 0.1·m̂: gradient descent at α = 0.1 on an averaged gradient. Its path stays within 0.6 of gradient descent’s, while the usual Adam takes its own diagonal path. A large ε turns Adam back into gradient descent.',
        zh: '这里梯度的大小从不超过 6，远小于 ε = 100，所以分母就是 ε，步长变为 (α/ε)·m̂ = 0.1·m̂：在平均后的梯度上以 α = 0.1 做梯度下降。它的路径与梯度下降的相距始终不超过 0.6，而常用 ε 的 Adam 走的是自己的对角线路径。大的 ε 让 Adam 退回成梯度下降。',
      },
    },
  },
];

/**
 * Chapter 8 of the course: learning-rate schedules (PyTorch's schedulers, docs/optimizers.md
 * "Schedules"; the run card's schedule editor, docs/lab-schedules.md). Decay settles the jitter
 * of mini-batch SGD (the preset `schedules`); warm-up lets a run start with a peak α its first
 * steps could not take at full size, shown on Beale's steep start. Checked by
 * test/lessons/course.test.ts.
 */
import type { LessonStep } from '../types';

/** Chapter 3's mini-batches of 5 on the worked example, with a constant α = 0.1. */
const NOISY = 'v=1&p=linear-regression(batchSize=5)&n=300&o=gd(lr=0.1)';

export const chapter8: LessonStep[] = [
  {
    chapter: { en: '8 · Schedules and warm-up', zh: '8 · 学习率调度与预热' },
    title: { en: 'A constant α on mini-batches', zh: '小批量上的恒定 α' },
    link: `${NOISY}&show=play`,
    text: {
      en:
        'Chapter 3 left a dilemma: on noisy mini-batch gradients a large $\\alpha$ gets close fast but keeps jittering, and a small one is steady but slow. A **learning-rate schedule** changes $\\alpha$ as training goes on, $\\alpha_t$ instead of one $\\alpha$.\n\n' +
        'First the baseline: the worked example, batches of 5 points, a constant $\\alpha = 0.1$ for 300 steps. The best loss, the least-squares fit’s, is 0.276.',
      zh:
        '第 3 章留下了一个两难：在带噪声的小批量梯度上，大的 $\\alpha$ 接近得快但一直抖动，小的 $\\alpha$ 稳定但很慢。**学习率调度**让 $\\alpha$ 随训练进程而变化，用 $\\alpha_t$ 代替单一的 $\\alpha$。\n\n' +
        '先看基准：示例问题，批大小为 5，恒定 $\\alpha = 0.1$，走 300 步。最佳损失，即最小二乘拟合的损失，是 0.276。',
    },
    prediction: {
      question: {
        en: 'After 300 steps, where is the constant-α run?',
        zh: '300 步之后，恒定 α 的运行在哪里？',
      },
      choices: [
        {
          en: 'Settled on the best loss: the batches average out',
          zh: '停在最佳损失上：各个批量的影响相互平均掉了',
        },
        { en: 'Still bouncing around it', zh: '仍在它周围跳动' },
        { en: 'Diverged: α = 0.1 is too large', zh: '发散了：α = 0.1 太大' },
      ],
      answer: 1,
      explanation: {
        en: 'It gets within 0.01 of the best loss by step 29, but never settles: over the last 100 steps it averages 0.011 above it, and it ends 0.044 above. Every batch pulls towards the best line of its own 5 points, and a constant α keeps taking those pulls at full size.',
        zh: '它在第 29 步就与最佳损失相差不到 0.01，但从未安定下来：最后 100 步平均比最佳损失高 0.011，结束时高 0.044。每个批量都把它拉向自己那 5 个点的最佳直线，而恒定的 α 一直以全尺寸接受这些拉扯。',
      },
    },
  },
  {
    title: { en: 'Big steps first, small steps last', zh: '先大步，后小步' },
    link: `${NOISY}&show=schedule,play`,
    text: {
      en:
        'A **decaying** schedule takes large steps while the run is far away and small ones once it is close, so the jitter dies down. Common ones, as PyTorch defines them:\n\n' +
        '- **step decay**: multiply $\\alpha$ by $\\gamma$ every few steps;\n' +
        '- **exponential**: $\\alpha_t = \\alpha\\,\\gamma^t$;\n' +
        '- **cosine annealing**: $\\alpha_t = \\frac{\\alpha}{2}\\left(1 + \\cos\\frac{\\pi t}{T}\\right)$, from $\\alpha$ down to 0 over $T$ steps.\n\n' +
        'The run’s card has a schedule button; the strip under the loss chart shows $\\alpha_t$.',
      zh:
        '**衰减**型调度在运行离得远时迈大步，接近时迈小步，于是抖动逐渐平息。常见的几种（按 PyTorch 的定义）：\n\n' +
        '- **阶梯衰减**：每隔若干步把 $\\alpha$ 乘以 $\\gamma$；\n' +
        '- **指数衰减**：$\\alpha_t = \\alpha\\,\\gamma^t$；\n' +
        '- **余弦退火**：$\\alpha_t = \\frac{\\alpha}{2}\\left(1 + \\cos\\frac{\\pi t}{T}\\right)$，在 $T$ 步内从 $\\alpha$ 降到 0。\n\n' +
        '运行卡片上有一个调度按钮；损失图表下方的色带显示 $\\alpha_t$。',
    },
    task: {
      prompt: {
        en: 'Give the run a schedule that brings its final loss below 0.279 (the best is 0.276).',
        zh: '给这个运行设置一个调度，使它的最终损失低于 0.279（最佳值是 0.276）。',
      },
      condition: 'run 1 finalLoss < 0.279',
      hint: {
        en: 'Open the schedule button on the run’s card and pick cosine annealing, or any decay.',
        zh: '打开运行卡片上的调度按钮，选择余弦退火，或任意一种衰减。',
      },
      success: {
        en: 'With cosine annealing the run ends at 0.27599, on the best loss to four digits; step decay and exponential decay also end below 0.279. Shrinking α shrinks the jitter with it.',
        zh: '使用余弦退火时，运行最终停在 0.27599，与最佳损失的前四位数字相同；阶梯衰减和指数衰减也都低于 0.279。α 变小，抖动也随之变小。',
      },
    },
  },
  {
    title: { en: 'Warm-up', zh: '预热' },
    link: 'v=1&p=beale&n=200&o=gd(lr=0.05,label=constant)&o=gd(lr=0.05,schedule=warmup-cosine(warmupSteps=40))&show=lr,play',
    text: {
      en:
        '**Warm-up** does the opposite at the start: it begins with small steps and raises $\\alpha$ to its peak, here linearly from $0.1\\,\\alpha$ to $\\alpha$ over 40 steps, then decays it along a cosine.\n\n' +
        'Why start small? Far from a minimum the gradient can be huge. Beale’s function starts at $(1, 1.4)$ on a slope with $\\|\\nabla f\\| = 76.7$, so a first step at $\\alpha = 0.05$ is 3.8 long. Two runs of gradient descent peak at that $\\alpha$: the first keeps it constant, the second warms up to it.',
      zh:
        '**预热**在开始阶段做相反的事：它从小步子开始，把 $\\alpha$ 提高到峰值，这里是在 40 步内从 $0.1\\,\\alpha$ 线性升到 $\\alpha$，然后按余弦衰减。\n\n' +
        '为什么要从小步开始？远离最小值的地方梯度可能非常大。Beale 函数从 $(1, 1.4)$ 出发，所在坡面的 $\\|\\nabla f\\| = 76.7$，所以在 $\\alpha = 0.05$ 下第一步长达 3.8。两个梯度下降运行的峰值都是这个 $\\alpha$：第一个保持恒定，第二个逐渐预热到它。',
    },
    prediction: {
      question: {
        en: 'Both runs peak at α = 0.05. Which one survives?',
        zh: '两个运行的峰值都是 α = 0.05。哪一个能坚持下来？',
      },
      choices: [
        { en: 'The constant run', zh: '恒定的运行' },
        { en: 'The warm-up run', zh: '预热的运行' },
        { en: 'Both', zh: '两个都能' },
        { en: 'Neither', zh: '两个都不能' },
      ],
      answer: 1,
      explanation: {
        en: 'The constant run’s first step throws it onto a steep wall, where the gradient is larger still, and it diverges at step 3. The warm-up run’s first step is ten times shorter, 0.38; by the time α reaches 0.05 it is in gentler country, and it ends at a loss of 0.0013.',
        zh: '恒定运行的第一步把它甩到一面陡峭的谷壁上，那里的梯度更大，它在第 3 步发散。预热运行的第一步短了十倍，只有 0.38；等到 α 升到 0.05 时，它已身处较平缓的地带，最终损失为 0.0013。',
      },
    },
    task: {
      prompt: {
        en: 'Without a schedule: lower the constant run’s α until it survives.',
        zh: '不用调度：降低恒定运行的 α，直到它能坚持下来。',
      },
      condition: 'run 1 divergedAt == null',
      hint: {
        en: 'A little lower is enough: try 0.04.',
        zh: '稍微低一点就够了：试试 0.04。',
      },
      success: {
        en: 'At α = 0.04 the constant run survives and even ends lower, at 0.0002; at 0.045 it diverges again. Warm-up lets a run begin with steps it could not take at full size; whether that wins in the end depends on the problem.',
        zh: '在 α = 0.04 时恒定运行坚持了下来，最终损失甚至更低，为 0.0002；在 0.045 时它又会发散。预热让运行能以它在全尺寸下承受不了的步子起步；最终是否更好，取决于具体问题。',
      },
    },
    teacherNote: {
      en: 'Warm-up is most used with Adam on large networks, where the first updates are the roughest and Adam’s averages still hold few gradients. Connect it to chapter 7: RAdam builds a warm-up into Adam itself.',
      zh: '预热最常与 Adam 一起用于大型网络的训练，那里最初的更新最为剧烈，而 Adam 的平均量中还只有很少几个梯度。可以联系第 7 章：RAdam 把预热直接做进了 Adam 本身。',
    },
  },
];

/**
 * Chapter 3 of the course: the same data and the same model trained one sample at a time (the
 * per-sample loop of a textbook's training procedure: batch size 1, a fresh shuffle every
 * epoch, as PyTorch's DataLoader(shuffle=True); docs/scenario.md, "problem"), in mini-batches,
 * and with the full batch. The batch size is the problem's, so each step shows one of the three;
 * the text compares them over the same number of epochs. Checked by test/lessons/course.test.ts.
 */
import type { LessonStep } from '../types';

export const chapter3: LessonStep[] = [
  {
    chapter: { en: '3 · Epochs, samples and batches', zh: '3 · 轮次、样本与批量' },
    title: { en: 'One sample at a time', zh: '一次一个样本' },
    link: 'v=1&p=linear-regression(batchSize=1)&n=100&o=gd(lr=0.05)&show=play',
    text: {
      en:
        'Textbooks often write the training loop like this:\n\n' +
        '1. for each **epoch** (one pass over the data), shuffle the points;\n' +
        '2. for each point $i$ in turn, step $\\theta \\leftarrow \\theta - \\alpha\\,\\nabla \\ell_i(\\theta)$, where $\\ell_i = (wx_i + b - y_i)^2$ is that one point’s loss.\n\n' +
        'Each step uses the gradient of **one sample**: cheap, but only a noisy guess of $\\nabla J$. This is **stochastic gradient descent** (SGD) with batch size 1, set in the Data panel. Here one epoch is 100 steps, and this view shows one epoch at $\\alpha = 0.05$. The chart still plots $J$, the loss over all 100 points.',
      zh:
        '教科书常把训练循环写成这样：\n\n' +
        '1. 对每个**轮次**（epoch，即把数据完整过一遍），先打乱这些点；\n' +
        '2. 依次对每个点 $i$ 走一步 $\\theta \\leftarrow \\theta - \\alpha\\,\\nabla \\ell_i(\\theta)$，其中 $\\ell_i = (wx_i + b - y_i)^2$ 是这一个点的损失。\n\n' +
        '每一步只用**一个样本**的梯度：计算很便宜，但只是对 $\\nabla J$ 的一个带噪声的猜测。这就是批大小为 1 的**随机梯度下降**（SGD），在“数据”面板中设置。这里一个轮次是 100 步，本视图展示 $\\alpha = 0.05$ 下的一个轮次。图表画的仍是 $J$，即全部 100 个点上的损失。',
    },
    prediction: {
      question: {
        en: 'The chart shows the loss J over all 100 points. Does it fall at every step?',
        zh: '图表显示的是全部 100 个点上的损失 J。它每一步都会下降吗？',
      },
      choices: [
        { en: 'Yes: every step goes downhill', zh: '会：每一步都在下坡' },
        { en: 'No: it rises on many steps', zh: '不会：它在许多步上升高' },
      ],
      answer: 1,
      explanation: {
        en: 'It rises on 46 of the 100 steps. Each step goes downhill for one point’s loss ℓᵢ, and fitting that point better can fit the others worse. Over the whole epoch the loss still falls, from 36.4 to 0.37.',
        zh: '在 100 步中有 46 步损失上升。每一步只对一个点的损失 ℓᵢ 下坡，而把这个点拟合得更好，可能让其他点拟合得更差。不过就整个轮次而言，损失仍从 36.4 降到了 0.37。',
      },
    },
    teacherNote: {
      en: 'Descent shuffles the points at the start of every epoch, as PyTorch’s DataLoader(shuffle=True) does; some textbooks visit them in a fixed order, which behaves much the same on this data. Ask: why use one point when all 100 are at hand? (A step costs one point’s work instead of a hundred.)',
      zh: 'Descent 在每个轮次开始时打乱数据点，与 PyTorch 的 DataLoader(shuffle=True) 一样；有些教科书按固定顺序遍历，在这组数据上表现差不多。问学生：手头有全部 100 个点，为什么只用一个？（一步只需一个点的计算量，而不是一百个。）',
    },
  },
  {
    title: { en: 'Mini-batches', zh: '小批量' },
    link: 'v=1&p=linear-regression(batchSize=10)&n=10&o=gd(lr=0.05)&show=noise,play',
    text: {
      en:
        'A **mini-batch** averages the gradient over $B$ points at a time:\n\n' +
        '$$g = \\frac{1}{B}\\sum_{i \\in \\text{batch}} \\nabla \\ell_i(\\theta)$$\n\n' +
        'With $B = 10$ an epoch is 10 steps, each better informed than a single sample’s and ten times the work. This view shows one epoch of batches of 10 at $\\alpha = 0.05$: the same work as the previous step’s epoch, 100 single-point gradients, spent on 10 updates instead of 100.',
      zh:
        '**小批量**每次对 $B$ 个点的梯度取平均：\n\n' +
        '$$g = \\frac{1}{B}\\sum_{i \\in \\text{batch}} \\nabla \\ell_i(\\theta)$$\n\n' +
        '当 $B = 10$ 时，一个轮次是 10 步，每一步都比单个样本的信息更可靠，计算量也是它的十倍。本视图展示 $\\alpha = 0.05$ 下批大小为 10 的一个轮次：与上一步的一个轮次计算量相同，都是 100 个单点梯度，只是用在 10 次更新上，而不是 100 次。',
    },
    prediction: {
      question: {
        en: 'After one epoch, which is closer to the best fit: 100 one-sample steps or 10 mini-batch steps?',
        zh: '一个轮次之后，哪个离最佳拟合更近：100 步单样本，还是 10 步小批量？',
      },
      choices: [
        { en: 'The 100 one-sample steps', zh: '100 步单样本' },
        { en: 'The 10 mini-batch steps', zh: '10 步小批量' },
        { en: 'Equally close: same data, same work', zh: '一样近：数据相同，计算量也相同' },
      ],
      answer: 0,
      explanation: {
        en: 'The one-sample run ends its epoch at a loss of 0.37, the mini-batch run at 0.73: for the same work it made ten times as many updates. Smaller is not always better, though: batches of 5 reach 0.32 in one epoch, because single samples are so noisy.',
        zh: '单样本运行在一个轮次结束时损失为 0.37，小批量运行为 0.73：同样的计算量，前者做了十倍的更新次数。不过批量也不是越小越好：批大小为 5 时一个轮次后损失为 0.32，因为单个样本的噪声太大了。',
      },
    },
    teacherNote: {
      en: 'Changing the batch size in the Data panel keeps the number of steps, so the epochs change: with batch 5, ten steps are half an epoch. Counting in epochs compares equal work; counting in steps compares equal numbers of updates.',
      zh: '在“数据”面板中改变批大小时步数不变，轮次数因此改变：批大小为 5 时，10 步只是半个轮次。按轮次计数比较的是相同的计算量，按步数计数比较的是相同的更新次数。',
    },
  },
  {
    title: { en: 'The full batch', zh: '全批量' },
    link: 'v=1&p=linear-regression&n=5&o=gd(lr=0.05)&show=steps,play',
    text: {
      en:
        'With the **full batch** every step uses all 100 points: the true gradient $\\nabla J$, which is plain gradient descent as in chapter 2. One epoch is one step. After five epochs, the same work for each, at $\\alpha = 0.05$:\n\n' +
        '- one sample at a time (500 steps): loss 0.282;\n' +
        '- batches of 10 (50 steps): loss 0.279;\n' +
        '- the full batch (5 steps): loss 4.12.\n\n' +
        'Per pass over the data, small batches learn far faster. That is one reason large models are trained on mini-batches.',
      zh:
        '使用**全批量**时，每一步都用全部 100 个点：这是真正的梯度 $\\nabla J$，也就是第 2 章的普通梯度下降。一个轮次就是一步。在 $\\alpha = 0.05$ 下各训练五个轮次（计算量相同）之后：\n\n' +
        '- 一次一个样本（500 步）：损失 0.282；\n' +
        '- 批大小为 10（50 步）：损失 0.279；\n' +
        '- 全批量（5 步）：损失 4.12。\n\n' +
        '就每遍历一次数据而言，小批量学得快得多。这是大型模型用小批量训练的原因之一。',
    },
    task: {
      prompt: {
        en: 'Raise the number of steps until the full-batch run’s loss is below 0.28.',
        zh: '增加步数，直到全批量运行的损失低于 0.28。',
      },
      condition: 'run 1 finalLoss < 0.28',
      hint: {
        en: 'The steps field is on the timeline. Each step here is a whole epoch; try a few dozen.',
        zh: '步数输入框在时间轴上。这里每一步都是一整个轮次；试试几十步。',
      },
      success: {
        en: 'The full batch needs 23 epochs to get below 0.28; batches of 10 got there within 5 epochs, single samples within one. In exchange its path is smooth and it settles exactly on the fit.',
        zh: '全批量需要 23 个轮次才能降到 0.28 以下；批大小为 10 时不到 5 个轮次，单样本则不到一个轮次。作为交换，它的路径是平滑的，并且最终恰好停在最佳拟合上。',
      },
    },
  },
  {
    title: { en: 'Noise that does not settle', zh: '不会平息的噪声' },
    link: 'v=1&p=linear-regression(batchSize=1)&o=gd(lr=0.05,label=large%20%CE%B1)&o=gd(lr=0.005,label=small%20%CE%B1)&show=noise,play',
    text: {
      en:
        'Near the best fit, one sample’s gradient still points towards that sample’s own best line, not to $\\nabla J = 0$. So one-sample SGD never settles: it keeps jittering around the fit, however long it runs. A smaller learning rate shrinks the jitter but slows the approach.\n\n' +
        'Two runs here, five epochs each, one sample per step: $\\alpha = 0.05$ and $\\alpha = 0.005$.',
      zh:
        '在最佳拟合附近，单个样本的梯度仍然指向这个样本自己的最佳直线，而不是 $\\nabla J = 0$ 的地方。所以单样本 SGD 永远不会安定下来：无论运行多久，它都在最佳拟合周围抖动。更小的学习率能减小抖动，但会放慢接近的速度。\n\n' +
        '这里有两个运行，各训练五个轮次，每步一个样本：$\\alpha = 0.05$ 和 $\\alpha = 0.005$。',
    },
    prediction: {
      question: {
        en: 'Over the last epoch, which run stays closer to the best loss on average?',
        zh: '在最后一个轮次中，哪个运行平均而言离最佳损失更近？',
      },
      choices: [
        { en: 'α = 0.05: it got there much sooner', zh: 'α = 0.05：它早得多就到了' },
        { en: 'α = 0.005: its jitter is smaller', zh: 'α = 0.005：它的抖动更小' },
        {
          en: 'Neither: both settle exactly on the fit',
          zh: '都不是：两者最终都恰好停在最佳拟合上',
        },
      ],
      answer: 1,
      explanation: {
        en: 'Over the last 100 steps the α = 0.05 run averages 0.018 above the best loss and the α = 0.005 run 0.0035, five times closer. Yet after the first epoch the small-α run was still at 0.97 and the other at 0.37: fast and noisy, or slow and steady. Chapter 8 gets both by shrinking α as training goes on.',
        zh: '在最后 100 步中，α = 0.05 的运行平均比最佳损失高 0.018，α = 0.005 的运行只高 0.0035，近了五倍。然而在第一个轮次结束时，小 α 的运行还在 0.97，另一个已经到了 0.37：要么快而抖，要么慢而稳。第 8 章会让 α 随训练逐渐变小，两者兼得。',
      },
    },
    task: {
      prompt: {
        en: 'Change the batch size in the Data panel until the large-α run’s loss never rises.',
        zh: '在“数据”面板中改变批大小，直到大 α 运行的损失再也不上升。',
      },
      condition: 'run 1 rises == 0',
      hint: {
        en: 'Any batch smaller than the data gives a noisy gradient; only one choice gives every step the true gradient.',
        zh: '任何小于整个数据集的批量都会给出带噪声的梯度；只有一个选项能让每一步都用真正的梯度。',
      },
      success: {
        en: 'With the full batch every step follows −∇J, and at this α the loss falls at every step: no noise, no rises.',
        zh: '使用全批量时每一步都沿 −∇J 前进，在这个 α 下损失每一步都在下降：没有噪声，也就没有上升。',
      },
    },
  },
];

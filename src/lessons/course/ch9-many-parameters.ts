/**
 * Chapter 9 of the course: from two parameters to many. Logistic regression (3 parameters) and
 * a 2-16-16-1 tanh network (337) on data, their decision boundaries (the Data tab), the 2D slice
 * the landscape draws of them (docs/slices.md: principal or random directions), and what carries
 * over from the 2D pictures (the learning rate's limit) and what does not (one basin per end
 * point). Checked on the runs, accuracy and plane as the worker computes them
 * (src/engine/plane.ts) by test/lessons/course.test.ts.
 */
import type { LessonStep } from '../types';

/** The network on two moons with the three runs of the preset mlp-moons, for 300 steps. */
const NETWORK = 'v=1&p=mlp&n=300&o=gd(lr=0.5)&o=momentum(lr=0.1)&o=adam(lr=0.01)';

export const chapter9: LessonStep[] = [
  {
    chapter: { en: '9 · From two parameters to many', zh: '9 · 从两个参数到许多参数' },
    title: { en: 'Three parameters: a classifier', zh: '三个参数：一个分类器' },
    link: 'v=1&p=logistic-regression&n=200&o=gd(lr=0.5)&o=adam(lr=0.05)&chart=data&show=play',
    text: {
      en:
        'Now a classifier: points of two classes in the plane, and a model that gives the probability of class 1,\n\n' +
        '$$p = \\sigma(w_1x_1 + w_2x_2 + b), \\qquad \\sigma(z) = \\frac{1}{1 + e^{-z}},$$\n\n' +
        'trained on the **cross-entropy** loss $J = -\\frac{1}{n}\\sum_i \\left[y_i\\log p_i + (1 - y_i)\\log(1 - p_i)\\right]$. Its decision boundary $p = \\tfrac12$ is a line (Data tab). This is **logistic regression**: three parameters, so its loss is a surface over three dimensions, which no screen can draw.',
      zh:
        '现在来看一个分类器：平面上属于两个类别的点，以及一个给出属于类别 1 的概率的模型，\n\n' +
        '$$p = \\sigma(w_1x_1 + w_2x_2 + b), \\qquad \\sigma(z) = \\frac{1}{1 + e^{-z}},$$\n\n' +
        '用**交叉熵**损失 $J = -\\frac{1}{n}\\sum_i \\left[y_i\\log p_i + (1 - y_i)\\log(1 - p_i)\\right]$ 来训练。它的决策边界 $p = \\tfrac12$ 是一条直线（见“数据”标签页）。这就是**逻辑回归**：三个参数，所以它的损失是三维空间上的一个曲面，任何屏幕都画不出来。',
    },
    prediction: {
      question: {
        en: 'Yet the landscape shows a surface over two axes. What is it?',
        zh: '然而损失曲面图显示的是两个坐标轴上的曲面。它是什么？',
      },
      choices: [
        { en: 'The full loss surface, squeezed', zh: '压缩过的完整损失曲面' },
        {
          en: 'A slice: the loss on a plane through the three-parameter space',
          zh: '一个切片：三维参数空间中一个平面上的损失',
        },
        {
          en: 'The loss over w₁ and w₂, with b fixed at 0',
          zh: '以 w₁ 和 w₂ 为坐标、b 固定为 0 时的损失',
        },
      ],
      answer: 1,
      explanation: {
        en: 'A 2D slice: the plane through the best run’s final weights along the two directions in which the runs moved most (their principal directions). Here the plane holds 99.6% of the paths’ spread, so the paths are drawn almost as they are; the colours are the loss on the plane. Both runs end near 98% of the points classified right.',
        zh: '是一个二维切片：经过最佳运行的最终权重、沿着各运行移动最多的两个方向（主方向）的平面。这里这个平面包含了路径 99.6% 的分布，所以路径几乎按原样画出；颜色表示平面上的损失。两个运行最终都能正确分类约 98% 的点。',
      },
    },
  },
  {
    title: { en: 'A small network', zh: '一个小型网络' },
    link: `${NETWORK}&chart=data&sel=3&show=play`,
    text: {
      en:
        'A **neural network** with two hidden layers of 16 tanh units, 2-16-16-1: **337 parameters**, every weight and bias of the layers. The data are two interleaved moons, which no straight line can separate; the network bends its boundary around them.\n\n' +
        'Three runs from the same initial weights: gradient descent ($\\alpha = 0.5$), momentum ($\\alpha = 0.1$) and Adam ($\\alpha = 0.01$). The Data tab shows the selected run’s boundary at the cursor; the Accuracy tab shows every run’s share of points classified right.',
      zh:
        '一个有两个隐藏层、每层 16 个 tanh 单元的**神经网络**，即 2-16-16-1：共 **337 个参数**，也就是各层所有的权重和偏置。数据是两个相互交错的月牙形，没有哪条直线能把它们分开；网络会把它的边界弯曲，绕过它们。\n\n' +
        '三个运行从相同的初始权重出发：梯度下降（$\\alpha = 0.5$）、动量法（$\\alpha = 0.1$）和 Adam（$\\alpha = 0.01$）。“数据”标签页显示所选运行在光标处的边界；“准确率”标签页显示每个运行正确分类的点所占的比例。',
    },
    prediction: {
      question: {
        en: 'At step 100, which run classifies the fewest points right?',
        zh: '在第 100 步，哪个运行正确分类的点最少？',
      },
      choices: [
        { en: 'Gradient descent', zh: '梯度下降' },
        { en: 'Momentum', zh: '动量法' },
        { en: 'Adam', zh: 'Adam' },
      ],
      answer: 0,
      explanation: {
        en: 'At step 100 gradient descent classifies 89.5% of the points right, Adam 94.5% and momentum 96.5%. By step 300 all three reach 99.5%: the faster optimizers get there sooner, not somewhere better.',
        zh: '在第 100 步，梯度下降正确分类 89.5% 的点，Adam 为 94.5%，动量法为 96.5%。到第 300 步，三者都达到 99.5%：更快的优化器只是更早到达，而不是到达更好的地方。',
      },
    },
  },
  {
    title: { en: 'A slice is a choice', zh: '切片是一种选择' },
    link: `${NETWORK}&slice=random&show=play`,
    text: {
      en:
        'A plane is two directions out of 337. By default Descent takes the two in which the runs moved most (the principal directions), so the paths show. This view takes two **random** directions instead, scaled to the network’s weights as in Li et al.’s loss-landscape pictures.\n\n' +
        'The surface you see is real, but it is the loss on this plane only: another plane through the same point would show another picture.',
      zh:
        '一个平面只是 337 个方向中的两个。Descent 默认选取各运行移动最多的两个方向（主方向），这样路径才能显示出来。本视图改用两个**随机**方向，并像 Li 等人的损失曲面图那样按网络权重进行缩放。\n\n' +
        '你看到的曲面是真实的，但它只是这个平面上的损失：经过同一点的另一个平面会呈现另一幅图。',
    },
    prediction: {
      question: {
        en: 'How do the runs’ paths look in the random plane?',
        zh: '在随机平面上，各运行的路径看起来怎样？',
      },
      choices: [
        { en: 'As before, only turned', zh: '和之前一样，只是转了个方向' },
        { en: 'Shrunk to near the centre', zh: '缩到了中心附近' },
        {
          en: 'Longer: random directions catch more of the motion',
          zh: '更长：随机方向捕捉到更多的运动',
        },
      ],
      answer: 1,
      explanation: {
        en: 'Relative to the window, the paths are 7 to 17 times shorter than in the principal plane. In 337 dimensions two random directions are nearly perpendicular to any path, so almost all of the motion is out of the plane and is not drawn. A flat-looking slice does not mean a flat loss.',
        zh: '相对于窗口而言，路径比在主方向平面上短了 7 到 17 倍。在 337 维空间中，两个随机方向与任何路径都几乎垂直，所以几乎所有运动都在平面之外，没有被画出来。切片看上去平坦，并不意味着损失是平坦的。',
      },
    },
  },
  {
    title: { en: 'What carries over: α still decides', zh: '仍然成立的：α 依然起决定作用' },
    link: 'v=1&p=mlp&n=200&o=gd(lr=0.5)&show=lr,play',
    text: {
      en:
        'What carries over from the 2D pictures? Almost everything about the learning rate. A network has no single curvature $L$, since the curvature changes as the weights move, so no formula gives the limit in advance. But the limit is there: too small is slow, and too large makes the loss climb instead of fall.\n\n' +
        'Here gradient descent trains the network at $\\alpha = 0.5$; its loss falls below 0.1 after 163 steps.',
      zh:
        '二维图景中的哪些结论仍然成立？关于学习率的几乎全部都成立。网络没有单一的曲率 $L$，因为曲率随权重的移动而变化，所以没有公式能事先给出上限。但上限确实存在：太小就慢，太大则损失不降反升。\n\n' +
        '这里梯度下降以 $\\alpha = 0.5$ 训练网络；它的损失在 163 步后降到 0.1 以下。',
    },
    task: {
      prompt: {
        en: 'Raise gradient descent’s α until training fails: the loss ends above its starting value, 0.687.',
        zh: '提高梯度下降的 α，直到训练失败：最终损失高于起始值 0.687。',
      },
      condition: 'run 1 finalLoss > 0.687',
      hint: {
        en: 'The α slider is on a log scale. α = 10 still trains; try 20.',
        zh: 'α 滑块是对数刻度的。α = 10 时仍能训练；试试 20。',
      },
      success: {
        en: 'At α = 20 the loss never gets below its start and ends at 5.3, while α = 10 still ends at 0.012. The limit lies between them; the α sweep finds it by trying, as it did for the line in chapter 4.',
        zh: 'α = 20 时损失从未低于起点，最终为 5.3；而 α = 10 时最终仍为 0.012。上限就在两者之间；α 扫描可以通过逐一尝试找到它，就像第 4 章对直线所做的那样。',
      },
    },
  },
  {
    title: { en: 'What does not carry over', zh: '不再成立的' },
    link: `${NETWORK}&chart=accuracy&show=play`,
    text: {
      en:
        'In two dimensions, different end points meant different basins with different depths (chapter 4). A network is different. Swap two hidden units, with their weights in and out, and it computes exactly the same function from different weights: every good set of weights has many equally good twins.\n\n' +
        'The three runs of the moons network all end at 99.5% accuracy.',
      zh:
        '在二维中，不同的终点意味着深浅不同的不同盆地（第 4 章）。网络则不同。交换两个隐藏单元（连同它们的输入和输出权重），网络用不同的权重计算出完全相同的函数：每一组好的权重都有许多同样好的“孪生兄弟”。\n\n' +
        '月牙数据上的三个网络运行最终都达到 99.5% 的准确率。',
    },
    prediction: {
      question: {
        en: 'Do the three runs end at the same weights?',
        zh: '三个运行最终的权重相同吗？',
      },
      choices: [
        { en: 'Yes: there is one best network', zh: '相同：只有一个最好的网络' },
        { en: 'No: far apart, yet equally good', zh: '不同：相距很远，却同样好' },
      ],
      answer: 1,
      explanation: {
        en: 'Adam ends about 7 away from the other two in weight space, as far as it travelled from the start, and all three have losses between 0.017 and 0.034. In networks like this the runs’ trouble is speed, the subject of chapters 5 to 8, more than bad minima.',
        zh: 'Adam 在权重空间中离另外两个运行约 7 个单位，与它从起点走过的距离相当；而三者的损失都在 0.017 到 0.034 之间。在这样的网络中，运行的难题主要是速度（第 5 到 8 章的主题），而不是糟糕的极小值。',
      },
    },
    teacherNote: {
      en: 'Let students list what they learned on two parameters and sort it: carries over (the learning rate’s limit, momentum and adaptive steps, noise of mini-batches, schedules) or not (seeing the whole surface, one basin per end point). Remind them that the slice is a window, not the landscape.',
      zh: '让学生把在两个参数上学到的东西列出来并分类：仍然成立的（学习率的上限、动量与自适应步长、小批量的噪声、学习率调度）和不再成立的（看到整个曲面、每个终点对应一个盆地）。提醒他们：切片是一扇窗，而不是整个地形。',
    },
  },
];

/**
 * Chapter 1 of the course (docs/lessons.md): the worked example's data, a line as a point
 * (w, b), the mean squared error as a surface over (w, b), and the least-squares answer. Every
 * number here is checked against the runs by test/lessons/course.test.ts.
 */
import type { LessonStep } from '../types';

export const chapter1: LessonStep[] = [
  {
    chapter: { en: '1 · Dataset and loss', zh: '1 · 数据集与损失' },
    title: { en: 'The data', zh: '数据' },
    link: 'v=1&p=linear-regression&o=gd(lr=0.1)&t=0&chart=data&big=1&show=play',
    text: {
      en:
        'Training a model starts with a **dataset**. Here it is 100 points $(x_i, y_i)$: each $x_i$ is drawn at random between 0 and 2, and $y_i = 2x_i + 1$ plus random noise with standard deviation 0.5. So the points scatter around the line $y = 2x + 1$, and no single line passes through all of them.\n\n' +
        'The **model** is a straight line $y = wx + b$ with two **parameters**: the slope $w$ and the intercept $b$. Training means finding the $w$ and $b$ that fit the points best. In the Data panel the dashed line is the best possible fit; the solid one is the line training starts from.',
      zh:
        '训练模型从**数据集**开始。这里是 100 个点 $(x_i, y_i)$：每个 $x_i$ 在 0 到 2 之间随机抽取，而 $y_i = 2x_i + 1$ 再加上标准差为 0.5 的随机噪声。所以这些点散落在直线 $y = 2x + 1$ 周围，没有哪一条直线能穿过所有的点。\n\n' +
        '**模型**是一条直线 $y = wx + b$，它有两个**参数**：斜率 $w$ 和截距 $b$。训练就是找出最能拟合这些点的 $w$ 和 $b$。在“数据”面板中，虚线是可能的最佳拟合，实线是训练开始时的直线。',
    },
    teacherNote: {
      en: 'Ask the class how they would fit a line by eye, and what “best” should mean before any formula appears. Stress that we made the data from y = 2x + 1, so we know the answer we hope to recover: real data never tells you that.',
      zh: '在给出任何公式之前，先问学生：凭眼睛会怎样画这条线？“最好”应当是什么意思？强调数据是我们用 y = 2x + 1 生成的，所以我们知道希望找回的答案——真实数据从不会告诉你这一点。',
    },
  },
  {
    title: { en: 'A line is a point (w, b)', zh: '一条直线就是一个点 (w, b)' },
    link: 'v=1&p=linear-regression&o=gd(lr=0.1)&t=0&chart=data&show=start',
    text: {
      en:
        'Every choice of $(w, b)$ is one line on the data and one point on the landscape. The start point is $(w, b) = (-1, -2)$: the line $y = -x - 2$, far below every data point.\n\n' +
        'How bad is a line? For each point take its **error** $wx_i + b - y_i$, square it, and average over all $n$ points. That average is the **mean squared error**, our **loss function**:\n\n' +
        '$$J(w, b) = \\frac{1}{n}\\sum_{i=1}^{n} (w x_i + b - y_i)^2$$\n\n' +
        'For the start line $J = 36.4$. Squaring makes every error count as positive, and large errors count much more than small ones.',
      zh:
        '每一组 $(w, b)$ 既是数据上的一条直线，也是损失曲面上的一个点。起点是 $(w, b) = (-1, -2)$，即直线 $y = -x - 2$，它远在所有数据点的下方。\n\n' +
        '一条直线有多差？对每个点取它的**误差** $wx_i + b - y_i$，平方，再对全部 $n$ 个点取平均。这个平均值就是**均方误差**，也就是我们的**损失函数**：\n\n' +
        '$$J(w, b) = \\frac{1}{n}\\sum_{i=1}^{n} (w x_i + b - y_i)^2$$\n\n' +
        '起点这条直线的 $J = 36.4$。平方让每个误差都计为正数，而且大误差比小误差重要得多。',
    },
    task: {
      prompt: {
        en: 'Drag the start point on the landscape until the line at step 0 fits the points: a loss below 1.',
        zh: '在损失曲面上拖动起点，直到第 0 步的直线拟合这些点：损失低于 1。',
      },
      condition: 'run 1 loss at 0 < 1',
      hint: {
        en: 'The points rise by about 2 for every 1 in x, and cross x = 0 near y = 1: look for w near 2 and b near 1.',
        zh: 'x 每增加 1，这些点大约升高 2；在 x = 0 处它们大约在 y = 1 附近：在 w ≈ 2、b ≈ 1 附近找找。',
      },
      success: {
        en: 'Your line’s loss is below 1. Near (2, 1) it is about 0.28, and no line does much better: the noise keeps every line a little off the points.',
        zh: '你的直线损失已低于 1。在 (2, 1) 附近损失约为 0.28，没有哪条直线能好得多：噪声让每条直线都离这些点有一点距离。',
      },
    },
    teacherNote: {
      en: 'Let students drag while watching the Data panel: the line turns and shifts as the point moves. A common confusion is between the two pictures: a point on the landscape is a whole line on the data.',
      zh: '让学生一边拖动一边看“数据”面板：点移动时，直线随之转动和平移。常见的混淆在于两幅图之间：损失曲面上的一个点就是数据图上的一整条直线。',
    },
  },
  {
    title: { en: 'The loss surface', zh: '损失曲面' },
    link: 'v=1&p=linear-regression&x0=5,0&n=100&o=gd(lr=0.1)&show=play',
    text: {
      en:
        'Compute $J$ for every $(w, b)$ and colour the landscape by it: that is the **loss surface**, with $w$ across and $b$ up. Dark is low; the marked point at the bottom is the best line.\n\n' +
        'Around it the contour lines are long, thin ellipses: the surface is a **tilted valley**, not a round bowl. A run of gradient descent starts here from $(5, 0)$, the line $y = 5x$, which is far too steep.',
      zh:
        '对每一组 $(w, b)$ 计算 $J$，并按它给曲面着色，这就是**损失曲面**：横轴是 $w$，纵轴是 $b$。颜色越深损失越低，底部标出的点就是最佳直线。\n\n' +
        '最低点周围的等高线是细长的椭圆：这个曲面是一条**倾斜的山谷**，而不是圆碗。这里有一个梯度下降的运行，从 $(5, 0)$ 出发，也就是直线 $y = 5x$，它实在太陡了。',
    },
    prediction: {
      question: {
        en: 'Lines with almost the same loss as the best one lie along the valley floor. Which lines are they?',
        zh: '与最佳直线损失几乎相同的直线都位于谷底。它们是哪些直线？',
      },
      choices: [
        {
          en: 'Lines with a larger slope w and a smaller intercept b, or the other way round',
          zh: '斜率 w 更大而截距 b 更小的直线，或者反过来',
        },
        {
          en: 'Lines with a larger slope and a larger intercept',
          zh: '斜率更大、截距也更大的直线',
        },
        {
          en: 'Only lines very close to the best one in both w and b',
          zh: '只有 w 和 b 都非常接近最佳值的直线',
        },
      ],
      answer: 0,
      explanation: {
        en: 'The valley runs from upper left to lower right. Raising w while lowering b turns the line about the middle of the data, near (x, y) = (0.92, 2.83), so most points stay close to it. Moving 0.5 along the floor raises the loss by only 0.04; the same distance across the valley raises it by 0.50. The run shows it: it drops to the floor, then slides along it.',
        zh: '山谷从左上延伸到右下。增大 w 同时减小 b，会让直线绕着数据的中心 (x, y) ≈ (0.92, 2.83) 转动，大多数点仍然离它很近。沿谷底移动 0.5，损失只增加 0.04；横穿山谷移动同样的距离，损失增加 0.50。运行也表明了这一点：它先落到谷底，再沿谷底滑行。',
      },
    },
    teacherNote: {
      en: 'Ask why the valley is tilted at all. If the x values were centred on 0, w and b would not trade off and the ellipses would line up with the axes. This is why practitioners centre and scale their inputs.',
      zh: '问学生：山谷为什么会倾斜？如果 x 的取值以 0 为中心，w 和 b 就不会此消彼长，椭圆会与坐标轴对齐。这就是实践中要对输入做中心化和缩放的原因。',
    },
  },
  {
    title: { en: 'The least-squares answer', zh: '最小二乘解' },
    link: 'v=1&p=linear-regression&n=200&o=gd(lr=0.1)&chart=data&show=play',
    text: {
      en:
        'At the bottom of the valley the surface is flat in every direction: $\\partial J/\\partial w = 0$ and $\\partial J/\\partial b = 0$. For a line these two equations can be solved exactly (the **normal equations**), which gives the **least-squares** fit\n\n' +
        '$$w^* = \\frac{\\sum_i (x_i - \\bar x)(y_i - \\bar y)}{\\sum_i (x_i - \\bar x)^2}, \\qquad b^* = \\bar y - w^* \\bar x.$$\n\n' +
        'Gradient descent finds the same point by walking downhill instead, a method that also works for models whose best parameters have no formula.',
      zh:
        '在谷底，曲面在各个方向上都是平的：$\\partial J/\\partial w = 0$ 且 $\\partial J/\\partial b = 0$。对直线来说，这两个方程可以精确求解（**正规方程**），得到**最小二乘**拟合\n\n' +
        '$$w^* = \\frac{\\sum_i (x_i - \\bar x)(y_i - \\bar y)}{\\sum_i (x_i - \\bar x)^2}, \\qquad b^* = \\bar y - w^* \\bar x.$$\n\n' +
        '梯度下降则是一路下坡走到同一个点。这种方法对那些最佳参数没有公式可求的模型同样适用。',
    },
    prediction: {
      question: {
        en: 'Gradient descent starts at (−1, −2) and takes 200 steps. Where does it stop?',
        zh: '梯度下降从 (−1, −2) 出发，走 200 步。它停在哪里？',
      },
      choices: [
        {
          en: 'Exactly at w = 2, b = 1, the line the data were drawn from',
          zh: '恰好在 w = 2、b = 1，即生成数据所用的直线',
        },
        {
          en: 'Near w = 2.02, b = 0.98, with a loss of about 0.28',
          zh: '在 w ≈ 2.02、b ≈ 0.98 附近，损失约为 0.28',
        },
        {
          en: 'At a loss of 0: the best line passes through every point',
          zh: '损失为 0：最佳直线穿过每一个点',
        },
      ],
      answer: 1,
      explanation: {
        en: 'It stops at the least-squares fit, w = 2.018 and b = 0.983, with loss 0.2760. The noise moved the best line for these 100 points a little away from y = 2x + 1, whose loss is 0.2761, just above. No line reaches 0, because the points do not lie on one line.',
        zh: '它停在最小二乘拟合 w = 2.018、b = 0.983，损失为 0.2760。噪声让这 100 个点的最佳直线稍稍偏离了 y = 2x + 1，后者的损失是 0.2761，略高一点。没有哪条直线能达到 0，因为这些点并不在同一条直线上。',
      },
    },
    teacherNote: {
      en: 'Point out the two lines in the Data panel’s legend: the least-squares line and the run’s line at the cursor. Scrub the timeline back to step 0 and forward again to see the run’s line swing into place.',
      zh: '指出“数据”面板图例中的两条线：最小二乘直线，以及光标所在步的运行直线。把时间轴拖回第 0 步再往前拖，可以看到运行的直线逐渐摆到位。',
    },
  },
  {
    title: { en: 'Without noise: y = 2x + 1 exactly', zh: '没有噪声：恰好是 y = 2x + 1' },
    link: 'v=1&p=linear-regression(data=(noise=0))&n=100&o=gd(lr=0.3)&chart=data&show=play',
    text: {
      en:
        'Textbooks often use points lying exactly on $y = 2x + 1$. This view draws the same 100 values of $x$ with the noise set to 0 (a setting of this link). Now the least-squares fit is exactly $w = 2$, $b = 1$, its loss is 0, and gradient descent gets there: after 100 steps at $\\alpha = 0.3$ it is at $(2.000, 1.000)$ with a loss below $10^{-11}$.\n\n' +
        'With noise the best loss is not 0 but about the noise’s variance, $0.5^2 = 0.25$ (0.276 for our sample): no line can predict the noise.',
      zh:
        '教科书常用恰好落在 $y = 2x + 1$ 上的点。这个视图使用同样的 100 个 $x$ 值，但把噪声设为 0（这是本链接的一项设置）。现在最小二乘拟合恰好是 $w = 2$、$b = 1$，损失为 0，梯度下降也能到达那里：以 $\\alpha = 0.3$ 走 100 步后，它位于 $(2.000, 1.000)$，损失低于 $10^{-11}$。\n\n' +
        '有噪声时，最佳损失不是 0，而约等于噪声的方差 $0.5^2 = 0.25$（我们这组样本为 0.276）：没有哪条直线能预测噪声。',
    },
    teacherNote: {
      en: 'Students often expect training to drive the loss to 0. Ask what the smallest loss of any line on noisy data is: the noise variance, the error no model can remove. The data noise is set by the link; the Data panel has no control for it.',
      zh: '学生常以为训练能把损失降到 0。问他们：在有噪声的数据上，任何直线能达到的最小损失是多少？答案是噪声方差，这是任何模型都无法消除的误差。数据噪声由链接设定，“数据”面板中没有调节它的控件。',
    },
  },
];

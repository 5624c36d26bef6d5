/**
 * Chapter 4 of the course: the learning rate on the worked example (too small, about right, too
 * large, divergence), the stability limit 2/L of a quadratic (docs/functions.md, `booth`, says
 * the same of Booth), and a test of the claim "a small learning rate finds the global minimum"
 * on the two-basins landscape and on Rastrigin (the preset rastrigin-small-lr), where it is
 * false. Checked against the runs by test/lessons/course.test.ts.
 */
import type { LessonStep } from '../types';

export const chapter4: LessonStep[] = [
  {
    chapter: { en: '4 · The learning rate', zh: '4 · 学习率' },
    title: { en: 'Three learning rates', zh: '三个学习率' },
    link: 'v=1&p=linear-regression&n=100&o=gd(lr=0.02,label=too%20small)&o=gd(lr=0.3,label=about%20right)&o=gd(lr=0.55,label=too%20large)&show=play',
    text: {
      en:
        'The learning rate $\\alpha$ is the one number plain gradient descent lets you choose, and it decides almost everything. Here are three runs on the worked example, from the same start, for 100 steps: $\\alpha = 0.02$, $\\alpha = 0.3$ and $\\alpha = 0.55$.\n\n' +
        'Watch the landscape and the loss chart together: the chart’s log scale shows a run that is slow, a run that is fast, and what the third one does.',
      zh:
        '学习率 $\\alpha$ 是普通梯度下降唯一能让你选择的数，而它几乎决定了一切。这里是在示例问题上的三个运行，起点相同，各走 100 步：$\\alpha = 0.02$、$\\alpha = 0.3$ 和 $\\alpha = 0.55$。\n\n' +
        '同时观察损失曲面和损失图表：图表的对数坐标会显示一个慢的运行、一个快的运行，以及第三个运行的表现。',
    },
    prediction: {
      question: {
        en: 'What does the run with α = 0.55 do?',
        zh: 'α = 0.55 的运行会怎样？',
      },
      choices: [
        {
          en: 'It reaches the fit fastest: it takes the biggest steps',
          zh: '它最快到达最佳拟合：它的步子最大',
        },
        {
          en: 'It bounces across the valley but gets there',
          zh: '它在山谷两侧来回反弹，但最终能到达',
        },
        {
          en: 'It bounces further on every step and diverges',
          zh: '它每一步都弹得更远，最终发散',
        },
      ],
      answer: 2,
      explanation: {
        en: 'Every step overshoots the valley floor by more than the one before, and by step 38 it is so far off that Descent stops the run as diverged. The α = 0.02 run is still above the best loss after 100 steps (0.2774 against 0.2760); α = 0.3 gets within 0.001 of it in 8 steps.',
        zh: '每一步越过谷底的距离都比上一步更大，到第 38 步它已经远得离谱，Descent 把这个运行判为发散并停止。α = 0.02 的运行在 100 步后仍高于最佳损失（0.2774 对 0.2760）；α = 0.3 只用 8 步就与最佳损失相差不到 0.001。',
      },
    },
    teacherNote: {
      en: 'Before revealing, ask for a show of hands on each choice. The most common wrong answer is the first: bigger steps feel faster. Keep the three runs on screen for the next two steps.',
      zh: '揭晓之前，让学生对每个选项举手。最常见的错误答案是第一个：步子越大感觉越快。接下来的两步都会用到这三个运行的结果。',
    },
  },
  {
    title: { en: 'The limit: α < 2/L', zh: '上限：α < 2/L' },
    link: 'v=1&p=linear-regression&n=100&o=gd(lr=0.3)&chart=sweep&show=lr,play',
    text: {
      en:
        'Across the valley the surface curves like a parabola, $J \\approx J^* + \\frac{L}{2}d^2$, where $d$ is the distance from the floor and $L$ the **curvature**, the largest eigenvalue of the Hessian. A gradient step multiplies $d$ by $1 - \\alpha L$. So $d$ shrinks only while $|1 - \\alpha L| < 1$, that is while\n\n' +
        '$$\\alpha < \\frac{2}{L}$$\n\n' +
        'Here $L = 4.02$, so the limit is $2/L \\approx 0.498$. The **α sweep** reruns this scenario at 60 learning rates: the final loss falls as $\\alpha$ grows, until the runs diverge past the limit.',
      zh:
        '横穿山谷的方向上，曲面像一条抛物线 $J \\approx J^* + \\frac{L}{2}d^2$，其中 $d$ 是到谷底的距离，$L$ 是**曲率**，即 Hessian 矩阵的最大特征值。梯度下降的一步把 $d$ 乘以 $1 - \\alpha L$。所以只有当 $|1 - \\alpha L| < 1$，也就是\n\n' +
        '$$\\alpha < \\frac{2}{L}$$\n\n' +
        '时，$d$ 才会缩小。这里 $L = 4.02$，所以上限是 $2/L \\approx 0.498$。**α 扫描**在 60 个学习率上重新运行这个场景：最终损失随 $\\alpha$ 增大而下降，直到越过上限后运行发散。',
    },
    task: {
      prompt: {
        en: 'Drag α up until gradient descent diverges.',
        zh: '向上拖动 α，直到梯度下降发散。',
      },
      condition: 'run 1 divergedAt != null',
      hint: {
        en: 'Go past 2/L ≈ 0.5. Just above it the loss grows slowly; a little further and the run flies off.',
        zh: '越过 2/L ≈ 0.5。刚超过时损失增长得很慢；再大一点，运行就飞出去了。',
      },
      success: {
        en: 'Past 2/L every bounce across the valley is longer than the last. At α = 0.5 the loss is still only climbing after 100 steps; at α = 0.6 the run is stopped as diverged by step 21.',
        zh: '越过 2/L 后，每次横穿山谷的反弹都比上一次更长。α = 0.5 时，100 步后损失还只是在攀升；α = 0.6 时，运行在第 21 步就被判为发散。',
      },
    },
    teacherNote: {
      en: 'Derive the factor 1 − αL on the board for J = (L/2)d²: the gradient is Ld, so d ← d − αLd. The same argument explains why the limit depends on the data: measure x in other units, ten times larger, and L here grows about 60 times, so the limit shrinks 60 times.',
      zh: '在黑板上对 J = (L/2)d² 推导因子 1 − αL：梯度是 Ld，所以 d ← d − αLd。同样的推理说明上限取决于数据：如果换一种单位，使 x 的数值变为十倍，这里的 L 约增大 60 倍，上限也就缩小约 60 倍。',
    },
  },
  {
    title: { en: 'Just under the limit', zh: '恰在上限之下' },
    link: 'v=1&p=linear-regression&n=100&o=gd(lr=0.48)&t=10&arrows=grad,step&show=lr,play',
    text: {
      en:
        'At $\\alpha = 0.48$, just under $2/L$, the factor $1 - \\alpha L$ is $-0.93$. Each step carries the point right across the valley floor to the opposite wall, 7% closer to the floor than before. The arrows at step 10 show it: the step just taken and the next one point in nearly opposite directions.\n\n' +
        'So the parameters bounce from wall to wall while drifting along the valley towards the fit.',
      zh:
        '在 $\\alpha = 0.48$，即恰在 $2/L$ 之下时，因子 $1 - \\alpha L$ 等于 $-0.93$。每一步都把点带过谷底，落到对面的谷壁上，离谷底比之前近 7%。第 10 步处的箭头显示了这一点：刚走的一步和下一步方向几乎相反。\n\n' +
        '所以参数在两侧谷壁之间来回反弹，同时沿山谷向最佳拟合漂移。',
    },
    prediction: {
      question: {
        en: 'The parameters bounce from wall to wall. Does the loss curve bounce up and down too?',
        zh: '参数在两侧谷壁之间反弹。损失曲线也会上下跳动吗？',
      },
      choices: [
        {
          en: 'Yes: the loss rises whenever the point lands on the far wall',
          zh: '会：每当点落到对面的谷壁上，损失就上升',
        },
        {
          en: 'No: it falls at every step, slowly',
          zh: '不会：它每一步都在下降，只是很慢',
        },
      ],
      answer: 1,
      explanation: {
        en: 'Each landing is a little lower than the last, so J falls at every one of the 100 steps, while w reverses direction at every step. Zig-zagging parameters do not mean a zig-zagging loss; a loss that keeps rising is the sign of α past the limit.',
        zh: '每次落点都比上一次低一点，所以在全部 100 步中 J 每一步都在下降，而 w 每一步都在反向。参数之字形跳动并不意味着损失也之字形跳动；损失持续上升才是 α 越过上限的信号。',
      },
    },
  },
  {
    title: { en: 'About right', zh: '合适的学习率' },
    link: 'v=1&p=linear-regression&n=100&o=gd(lr=0.02)&show=lr,play',
    text: {
      en:
        '**About right** is not one number. Across the valley, $\\alpha = 1/L \\approx 0.25$ would cover the whole distance to the floor in one step, since then $1 - \\alpha L = 0$. Along the floor the curvature is $\\ell = 0.33$, twelve times gentler, so each step removes only the fraction $\\alpha\\ell$ of the way left: there, bigger is better, up to the limit.\n\n' +
        'This run, at $\\alpha = 0.02$, is too timid for either direction.',
      zh:
        '**合适**并不是一个固定的数。横穿山谷的方向上，$\\alpha = 1/L \\approx 0.25$ 一步就能走完到谷底的全部距离，因为此时 $1 - \\alpha L = 0$。沿谷底方向的曲率是 $\\ell = 0.33$，平缓十二倍，所以每一步只消除剩余距离的 $\\alpha\\ell$ 这一部分：在这个方向上 α 越大越好，直到上限为止。\n\n' +
        '这个运行的 $\\alpha = 0.02$，对两个方向来说都太保守了。',
    },
    task: {
      prompt: {
        en: 'Find an α with which gradient descent gets within 0.01 of the best loss (below 0.286) in at most 3 steps.',
        zh: '找一个 α，使梯度下降在 3 步之内与最佳损失相差不到 0.01（即低于 0.286）。',
      },
      condition: 'run 1 stepsTo 0.286 <= 3',
      hint: {
        en: 'From this start the first steps mostly cross the valley. Aim for that direction: α near 1/L ≈ 0.25.',
        zh: '从这个起点出发，最初几步主要是在横穿山谷。瞄准这个方向：α 取在 1/L ≈ 0.25 附近。',
      },
      success: {
        en: 'Near 1/L the run lands on the valley floor almost at once. Getting the last digits takes longer, and is fastest with α nearer 0.4: the best α depends on how close you need to be.',
        zh: '在 1/L 附近，运行几乎立刻落到谷底。要把最后几位数字也做对则需要更久，而且 α 接近 0.4 时最快：最好的 α 取决于你需要多接近。',
      },
    },
  },
  {
    title: { en: 'Does a small α find the global minimum?', zh: '小的 α 能找到全局最小值吗？' },
    link: 'v=1&p=two-basins&n=300&o=gd(lr=0.01)&show=play',
    text: {
      en:
        'A common claim: with a small enough learning rate, gradient descent finds the **global minimum**. Test it on a landscape with two basins. This $f$ has a shallow minimum near $(0.91, 0)$ with $f = -1.09$, a **local minimum**, and a deep one near $(-0.94, 0)$ with $f = -2.06$, the global one.\n\n' +
        'Gradient descent starts at $(0.4, 1.2)$ with the small learning rate $\\alpha = 0.01$ and takes 300 steps.',
      zh:
        '一个常见的说法是：只要学习率足够小，梯度下降就能找到**全局最小值**。在一个有两个盆地的曲面上检验一下。这个 $f$ 在 $(0.91, 0)$ 附近有一个浅的最小值 $f = -1.09$，这是**局部最小值**；在 $(-0.94, 0)$ 附近有一个深的最小值 $f = -2.06$，这是全局最小值。\n\n' +
        '梯度下降从 $(0.4, 1.2)$ 出发，使用较小的学习率 $\\alpha = 0.01$，走 300 步。',
    },
    prediction: {
      question: { en: 'Where does it end?', zh: '它最终停在哪里？' },
      choices: [
        {
          en: 'In the deep basin: small steps do not jump over it',
          zh: '在深的盆地：小步子不会跳过它',
        },
        { en: 'In the shallow basin', zh: '在浅的盆地' },
        { en: 'On the ridge between the two', zh: '在两个盆地之间的山脊上' },
      ],
      answer: 1,
      explanation: {
        en: 'It ends in the shallow basin, at (0.91, 0) with f = −1.09, reached within 200 steps, and stays there. A small α follows the slope downhill from wherever it starts, and from (0.4, 1.2) downhill leads to the shallow basin. Gradient descent only sees the slope where it stands; nothing in it looks for a deeper basin elsewhere.',
        zh: '它停在浅的盆地，位于 (0.91, 0)，f = −1.09，不到 200 步就到达并一直停在那里。小的 α 只会从起点顺着坡往下走，而从 (0.4, 1.2) 往下走正好通向浅的盆地。梯度下降只看得到脚下的坡度，它没有任何机制去别处寻找更深的盆地。',
      },
    },
    teacherNote: {
      en: 'Where does the claim come from? On a convex surface, such as the regression of chapters 1 to 4, there is one basin, and every α under the limit reaches its minimum. The claim confuses “small α does not diverge” with “small α finds the best answer”.',
      zh: '这个说法从何而来？在凸的曲面上，比如第 1 到 4 章的回归问题，只有一个盆地，任何低于上限的 α 都能到达其最小值。这个说法把“小的 α 不会发散”和“小的 α 能找到最好的答案”混为一谈。',
    },
  },
  {
    title: { en: 'Smaller still, or elsewhere', zh: '再小一些，或换个地方' },
    link: 'v=1&p=two-basins&n=3000&o=gd(lr=0.001)&o=momentum(lr=0.01)&show=start,play',
    text: {
      en:
        'Perhaps 0.01 was not small enough. This run takes $\\alpha = 0.001$, ten times smaller, for 3,000 steps, from the same start $(0.4, 1.2)$. A second run, **momentum** (chapter 5), starts there too with $\\alpha = 0.01$.\n\n' +
        'Where a run ends is decided by which basin its start drains into, and sometimes by the speed it builds up on the way.',
      zh:
        '也许 0.01 还不够小。这个运行用小了十倍的 $\\alpha = 0.001$，从同一个起点 $(0.4, 1.2)$ 出发，走 3000 步。第二个运行是**动量法**（第 5 章），也从那里出发，$\\alpha = 0.01$。\n\n' +
        '一个运行停在哪里，取决于它的起点会流入哪个盆地，有时还取决于它一路上积累的速度。',
    },
    prediction: {
      question: {
        en: 'With α ten times smaller, where does gradient descent end?',
        zh: 'α 小了十倍，梯度下降停在哪里？',
      },
      choices: [
        { en: 'In the deep basin, at last', zh: '终于停在深的盆地' },
        { en: 'In the same shallow basin, ten times later', zh: '还是那个浅的盆地，只是晚了十倍' },
      ],
      answer: 1,
      explanation: {
        en: 'The same shallow basin, f = −1.09, reached about ten times later: a smaller α changes how fast, not where. The momentum run, from the same start, rolls through and ends in the deep basin at f = −2.06, by the luck of its speed rather than by design.',
        zh: '还是那个浅的盆地，f = −1.09，到达的时间大约晚了十倍：更小的 α 改变的是快慢，而不是去向。动量法的运行从同一个起点出发，冲了过去，停在深的盆地 f = −2.06，这靠的是它速度带来的运气，而不是设计。',
      },
    },
    task: {
      prompt: {
        en: 'Drag the start point so that gradient descent (α = 0.001) ends in the deep basin, with f below −2.',
        zh: '拖动起点，使梯度下降（α = 0.001）停在深的盆地，f 低于 −2。',
      },
      condition: 'run 1 finalLoss < -2',
      hint: {
        en: 'Start on the left half of the picture, where the slope drains towards (−0.94, 0).',
        zh: '把起点放在图的左半边，那里的坡向 (−0.94, 0) 倾斜。',
      },
      success: {
        en: 'From the left, the same small α finds the global minimum. Momentum is no cure either: started at (−1, 1.5) it rolls into the shallow basin.',
        zh: '从左边出发，同样小的 α 就找到了全局最小值。动量法也不是万能药：从 (−1, 1.5) 出发，它会滚进浅的盆地。',
      },
    },
  },
  {
    title: { en: 'An egg crate', zh: '蛋托形曲面' },
    link: 'v=1&p=rastrigin&o=gd(lr=0.001,label=small%20%CE%B1)&o=gd(lr=0.06,schedule=cosine(),label=cosine%20decay)&show=play',
    text: {
      en:
        'Rastrigin’s surface is a bowl covered in dips, with a local minimum near every point of whole-number coordinates. With $\\alpha = 0.001$ gradient descent rolls into the nearest dip and stops at $f \\approx 8$.\n\n' +
        'The second run starts with a large $\\alpha = 0.06$ that shrinks along a cosine (chapter 8): early steps hop between dips, late ones settle. From this start it lands in the global minimum at $(0, 0)$; at a peak of 0.05 instead it stops at $f \\approx 1$. The claim is false both ways: a small α finds the bottom of its own basin, and a large one finds a lower basin only by luck.',
      zh:
        'Rastrigin 曲面是一个布满小坑的碗，几乎每个整数坐标点附近都有一个局部最小值。在 $\\alpha = 0.001$ 下，梯度下降滚进最近的小坑，停在 $f \\approx 8$。\n\n' +
        '第二个运行从较大的 $\\alpha = 0.06$ 开始，并按余弦逐渐减小（第 8 章）：早期的步子在小坑之间跳跃，后期的步子安定下来。从这个起点出发，它落在 $(0, 0)$ 处的全局最小值；若峰值改为 0.05，它就停在 $f \\approx 1$。这个说法两头都不成立：小的 α 只能找到自己所在盆地的底部，大的 α 找到更低的盆地也只是运气。',
    },
    teacherNote: {
      en: 'Close the chapter with the honest version of the claim: gradient descent with a small α finds a minimum of the basin it starts in. Which basin that is depends on the start, and in training, on the initial weights.',
      zh: '用这个说法的正确版本结束本章：小 α 的梯度下降能找到它起点所在盆地的最小值。是哪个盆地取决于起点，在训练中则取决于初始权重。',
    },
  },
];

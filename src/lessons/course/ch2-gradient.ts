/**
 * Chapter 2 of the course: the gradient of the worked example's loss, drawn as the landscape's
 * −α∇f arrow (docs/arrows.md) and read as partial derivatives in the step inspector
 * (docs/lab-inspector.md); then gradient descent's update θ ← θ − α∇J(θ). Checked against the
 * runs by test/lessons/course.test.ts.
 */
import type { LessonStep } from '../types';

/** The chapter's view: the line y = 3 − x, from which the gradient does not point at the minimum. */
const FROM = 'v=1&p=linear-regression&x0=-1,3&n=100&o=gd(lr=0.1)';

export const chapter2: LessonStep[] = [
  {
    chapter: { en: '2 · The gradient', zh: '2 · 梯度' },
    title: { en: 'Downhill is −∇J', zh: '下坡方向是 −∇J' },
    link: `${FROM}&t=0&arrows=grad&show=play`,
    text: {
      en:
        'The **gradient** $\\nabla J = (\\partial J/\\partial w,\\ \\partial J/\\partial b)$ points in the direction in which $J$ rises fastest, and its length says how steep the surface is there. So $-\\nabla J$ points **downhill**, straight across the contour lines.\n\n' +
        'This view starts at $(w, b) = (-1, 3)$, the line $y = 3 - x$, and draws the crimson arrow $-\\alpha\\nabla J$ at the start: the step gradient descent is about to take.',
      zh:
        '**梯度** $\\nabla J = (\\partial J/\\partial w,\\ \\partial J/\\partial b)$ 指向 $J$ 上升最快的方向，它的长度表示曲面在那里有多陡。所以 $-\\nabla J$ 指向**下坡**，垂直穿过等高线。\n\n' +
        '这个视图从 $(w, b) = (-1, 3)$ 出发，即直线 $y = 3 - x$，并在起点画出深红色箭头 $-\\alpha\\nabla J$：这是梯度下降即将迈出的一步。',
    },
    prediction: {
      question: {
        en: 'The best line has b ≈ 0.98, below the start’s b = 3. Which way does the arrow push b?',
        zh: '最佳直线的 b ≈ 0.98，低于起点的 b = 3。箭头把 b 往哪个方向推？',
      },
      choices: [
        { en: 'Down, towards the best b', zh: '向下，朝着最佳的 b' },
        { en: 'Up, away from the best b', zh: '向上，远离最佳的 b' },
        { en: 'Neither: it only changes w', zh: '都不是：它只改变 w' },
      ],
      answer: 1,
      explanation: {
        en: 'Up. At (−1, 3) the gradient is (−3.39, −1.50): both slopes are negative, so −∇J raises w a lot and b a little. On average the line y = 3 − x lies below the points (its mean error is −0.75), so lifting it helps for now. The arrow points 58° away from the direction of the minimum: the gradient only knows the slope where it stands.',
        zh: '向上。在 (−1, 3) 处梯度是 (−3.39, −1.50)：两个偏导数都是负的，所以 −∇J 让 w 大幅增加、b 略微增加。平均而言，直线 y = 3 − x 位于这些点的下方（平均误差为 −0.75），所以眼下把它抬高是有用的。箭头与指向最小值的方向相差 58°：梯度只知道它脚下的坡度。',
      },
    },
    teacherNote: {
      en: 'The common picture “the gradient points at the minimum” is true only for a round bowl. Ask students to sketch the arrow on a long thin ellipse before revealing: it is perpendicular to the contour, not aimed at the centre.',
      zh: '“梯度指向最小值”这一常见印象只对圆碗成立。揭晓之前，请学生在细长椭圆上画出箭头：它垂直于等高线，而不是指向中心。',
    },
  },
  {
    title: { en: 'Partial derivatives', zh: '偏导数' },
    link: `${FROM}&t=0&show=play`,
    text: {
      en:
        'Each component of the gradient is a **partial derivative**: the slope of $J$ when only one parameter moves. For the mean squared error\n\n' +
        '$$\\frac{\\partial J}{\\partial w} = \\frac{2}{n}\\sum_i (wx_i + b - y_i)\\,x_i, \\qquad \\frac{\\partial J}{\\partial b} = \\frac{2}{n}\\sum_i (wx_i + b - y_i).$$\n\n' +
        'Press **Inspect** among the landscape’s tools: the step inspector takes step 0 → 1 apart, and its row $g$ is the gradient at the start, one column for $w$ and one for $b$. Here it reads $g = (-3.39, -1.50)$: nudging $w$ up by 0.01 lowers the loss by about 0.034.',
      zh:
        '梯度的每个分量都是一个**偏导数**：只让一个参数变化时 $J$ 的斜率。对均方误差来说\n\n' +
        '$$\\frac{\\partial J}{\\partial w} = \\frac{2}{n}\\sum_i (wx_i + b - y_i)\\,x_i, \\qquad \\frac{\\partial J}{\\partial b} = \\frac{2}{n}\\sum_i (wx_i + b - y_i).$$\n\n' +
        '按下损失曲面工具栏中的**检视**：单步检视器会拆解第 0 → 1 步，其中 $g$ 这一行就是起点处的梯度，一列对应 $w$，一列对应 $b$。这里显示 $g = (-3.39, -1.50)$：把 $w$ 增加 0.01，损失大约下降 0.034。',
    },
    teacherNote: {
      en: 'Have students predict the signs from the picture before opening the inspector: the start line lies below the points on average, so the errors wx + b − y are mostly negative, and both sums come out negative. The factor x in ∂J/∂w makes points on the right count more. The Inspect button is hidden in presentation mode: open the inspector before presenting, or read the numbers from the text.',
      zh: '打开检视器之前，先让学生从图上推断符号：平均而言起点直线位于这些点的下方，所以误差 wx + b − y 大多为负，两个和都是负的。∂J/∂w 中的因子 x 让右侧（x 较大）的点权重更大。演示模式下“检视”按钮是隐藏的：请在进入演示模式之前打开检视器，或直接使用正文中的数值。',
    },
  },
  {
    title: { en: 'One step of gradient descent', zh: '梯度下降的一步' },
    link: `${FROM}&t=1&arrows=grad,step&show=lr,play`,
    text: {
      en:
        'Gradient descent moves the parameters a short way downhill, again and again:\n\n' +
        '$$\\theta \\leftarrow \\theta - \\alpha\\,\\nabla J(\\theta)$$\n\n' +
        'Here $\\theta = (w, b)$, and the **learning rate** $\\alpha$ sets how long each step is. The cursor is at step 1: the black arrow $\\Delta\\theta$ is the step just taken from the start, and the crimson arrow is the next step, computed from the gradient at the new point.',
      zh:
        '梯度下降一次又一次地让参数沿下坡方向移动一小段：\n\n' +
        '$$\\theta \\leftarrow \\theta - \\alpha\\,\\nabla J(\\theta)$$\n\n' +
        '这里 $\\theta = (w, b)$，**学习率** $\\alpha$ 决定每一步有多长。光标位于第 1 步：黑色箭头 $\\Delta\\theta$ 是从起点刚迈出的一步，深红色箭头是下一步，由新位置处的梯度算出。',
    },
    prediction: {
      question: {
        en: 'With α = 0.1 and the gradient (−3.39, −1.50) at (−1, 3), where does the first step land?',
        zh: '当 α = 0.1、在 (−1, 3) 处的梯度为 (−3.39, −1.50) 时，第一步落在哪里？',
      },
      choices: [
        { en: '(−0.661, 3.150)', zh: '(−0.661, 3.150)' },
        { en: '(−1.339, 2.850)', zh: '(−1.339, 2.850)' },
        { en: '(2.018, 0.983), the minimum', zh: '(2.018, 0.983)，即最小值' },
      ],
      answer: 0,
      explanation: {
        en: 'θ − αg = (−1, 3) − 0.1·(−3.39, −1.50) = (−0.661, 3.150): subtracting a negative gradient raises both. The second choice adds the gradient and walks uphill; the third would need a step that knows where the minimum is, which the gradient does not.',
        zh: 'θ − αg = (−1, 3) − 0.1·(−3.39, −1.50) = (−0.661, 3.150)：减去一个负的梯度会让两者都增大。第二个选项是加上梯度，走的是上坡；第三个选项需要一步就知道最小值在哪里，而梯度并不知道。',
      },
    },
    teacherNote: {
      en: 'Do the arithmetic on the board. Then drag α and watch both arrows stretch: α multiplies the whole step, it does not change its direction.',
      zh: '在黑板上算一遍。然后拖动 α，观察两个箭头一起伸缩：α 缩放的是整个步长，不改变方向。',
    },
  },
  {
    title: { en: 'Steps shrink on their own', zh: '步长自己会变短' },
    link: `${FROM}&chart=grad&show=lr,play`,
    text: {
      en:
        'Play the run. The learning rate stays 0.1 throughout, yet the steps get shorter: each step is $\\alpha\\,\\|\\nabla J\\|$ long, and the surface flattens towards the bottom of the valley. The chart shows $\\|\\nabla J\\|$ at every step on a log scale; it falls at every step.\n\n' +
        'So gradient descent slows down by itself as it nears the minimum. At $\\alpha = 0.1$ it needs 66 steps to bring the loss below 0.3.',
      zh:
        '播放这个运行。学习率始终是 0.1，但步子越来越短：每一步的长度是 $\\alpha\\,\\|\\nabla J\\|$，而越接近谷底曲面越平。图表以对数坐标显示每一步的 $\\|\\nabla J\\|$，它每一步都在下降。\n\n' +
        '所以梯度下降在接近最小值时会自己放慢。当 $\\alpha = 0.1$ 时，它需要 66 步才能把损失降到 0.3 以下。',
    },
    prediction: {
      question: {
        en: 'α stays 0.1. How does step 50 compare with step 1?',
        zh: 'α 一直是 0.1。第 50 步与第 1 步相比如何？',
      },
      choices: [
        { en: 'Just as long: α has not changed', zh: '一样长：α 没有变' },
        { en: 'Much shorter: the gradient has shrunk', zh: '短得多：梯度变小了' },
        { en: 'Longer: the run has built up speed', zh: '更长：运行积累了速度' },
      ],
      answer: 1,
      explanation: {
        en: 'Step 1 is 0.371 long, step 50 only 0.022, about 17 times shorter, because ‖∇J‖ fell from 3.71 at the start to 0.22. Plain gradient descent has no memory, so nothing builds up speed: that idea comes back with momentum in chapter 5.',
        zh: '第 1 步长 0.371，第 50 步只有 0.022，短了约 17 倍，因为 ‖∇J‖ 从起点的 3.71 降到了 0.22。普通梯度下降没有记忆，所以不会积累速度：这个想法会在第 5 章的动量中再次出现。',
      },
    },
    task: {
      prompt: {
        en: 'Drag α so that the loss drops below 0.3 within 25 steps.',
        zh: '拖动 α，使损失在 25 步之内降到 0.3 以下。',
      },
      condition: 'run 1 stepsTo 0.3 <= 25',
      hint: {
        en: 'Larger steps get there sooner. Try α between 0.3 and 0.45; above 0.5 the run blows up, and chapter 4 explains why.',
        zh: '步子越大到得越快。试试 0.3 到 0.45 之间的 α；超过 0.5 运行就会发散，第 4 章会解释原因。',
      },
      success: {
        en: 'Done: a larger α reaches the same loss in a fraction of the steps. How large α may be is the subject of chapter 4.',
        zh: '完成：更大的 α 只用一小部分步数就达到同样的损失。α 最大能取多少，是第 4 章的主题。',
      },
    },
  },
];

/**
 * The course's closing chapter: "the optimizer vs gradient descent", the question students ask
 * most, answered with the course's own runs: the Rosenbrock valley, where Adam wins (the preset
 * gd-vs-adam-rosenbrock), then the worked example of chapter 1, where tuned gradient descent
 * beats Adam. Checked by test/lessons/course.test.ts.
 */
import type { LessonStep } from '../types';

export const summary: LessonStep[] = [
  {
    chapter: {
      en: 'Summary: the optimizer vs gradient descent',
      zh: '总结：优化器与梯度下降',
    },
    title: { en: 'When Adam wins', zh: 'Adam 胜出的时候' },
    link: 'v=1&o=gd(lr=0.001)&o=adam(lr=0.1)&show=play',
    text: {
      en:
        'The Rosenbrock valley is narrow, curved and steep-walled. Its walls cap gradient descent at a tiny $\\alpha$: from this start $(-1.5, 2)$, $\\alpha = 0.003$ already diverges. At $\\alpha = 0.001$ it drops into the valley and then crawls along the nearly flat floor, still near $(-1.1, 1.2)$ after 500 steps.\n\n' +
        'Adam divides each coordinate’s step by the recent size of its gradient, so the steep walls do not shrink its steps along the floor.',
      zh:
        'Rosenbrock 山谷狭窄、弯曲、谷壁陡峭。陡峭的谷壁把梯度下降限制在极小的 $\\alpha$：从起点 $(-1.5, 2)$ 出发，$\\alpha = 0.003$ 就已发散。在 $\\alpha = 0.001$ 时，它落入山谷，然后沿几乎平坦的谷底缓慢爬行，500 步后仍在 $(-1.1, 1.2)$ 附近。\n\n' +
        'Adam 把每个坐标的步长除以该坐标梯度最近的大小，所以陡峭的谷壁不会让它沿谷底的步子变小。',
    },
    prediction: {
      question: {
        en: 'After 500 steps, how do the two runs’ losses compare?',
        zh: '500 步之后，两个运行的损失相比如何？',
      },
      choices: [
        { en: 'About the same: both found the valley', zh: '差不多：两者都找到了山谷' },
        { en: 'Adam’s is hundreds of times lower', zh: 'Adam 的损失低了数百倍' },
        { en: 'Gradient descent’s is lower: Adam overshoots', zh: '梯度下降的更低：Adam 会冲过头' },
      ],
      answer: 1,
      explanation: {
        en: 'Adam ends near the minimum (1, 1) with a loss more than 400 times lower than gradient descent’s. Where one α cannot suit every direction, per-coordinate steps pay off.',
        zh: 'Adam 最终停在最小值 (1, 1) 附近，损失比梯度下降低 400 多倍。在一个 α 无法兼顾所有方向的地方，逐坐标的步长就显出了价值。',
      },
    },
  },
  {
    title: { en: 'The optimizer vs gradient descent', zh: '优化器与梯度下降' },
    link: 'v=1&p=linear-regression&n=100&o=gd(lr=0.3)&o=adam(lr=0.1)&chart=data&show=play',
    text: {
      en:
        'So what is the difference between an optimizer and gradient descent? Every run in this course did the same two things at each step: compute the gradient of the loss on some data, then turn it into a step. The **optimizer** is the rule for the second part. **Gradient descent** is the simplest one, $\\theta \\leftarrow \\theta - \\alpha\\nabla J$; the others add memory (momentum; Adam’s $m$), a step size per coordinate (AdaGrad, RMSprop; Adam’s $v$) or an $\\alpha$ that changes over time (schedules).\n\n' +
        'Back to the worked example of chapter 1: gradient descent at $\\alpha = 0.3$ and Adam at $\\alpha = 0.1$, from the same start.',
      zh:
        '那么，优化器和梯度下降到底有什么区别？本课程中的每一个运行，每一步都做同样的两件事：在一些数据上计算损失的梯度，然后把它变成一步。**优化器**就是第二件事的规则。**梯度下降**是其中最简单的一种，$\\theta \\leftarrow \\theta - \\alpha\\nabla J$；其他优化器则加上了记忆（动量法；Adam 的 $m$）、每个坐标各自的步长（AdaGrad、RMSprop；Adam 的 $v$），或随时间变化的 $\\alpha$（学习率调度）。\n\n' +
        '回到第 1 章的示例问题：$\\alpha = 0.3$ 的梯度下降和 $\\alpha = 0.1$ 的 Adam，从同一个起点出发。',
    },
    prediction: {
      question: {
        en: 'Which one gets within 0.01 of the best loss first?',
        zh: '哪一个先与最佳损失相差不到 0.01？',
      },
      choices: [
        { en: 'Gradient descent', zh: '梯度下降' },
        { en: 'Adam: it is the better optimizer', zh: 'Adam：它是更好的优化器' },
      ],
      answer: 0,
      explanation: {
        en: 'Gradient descent, in 3 steps; Adam needs 39. Adam’s steps are about α long whatever the slope, so from far away it walks, while tuned gradient descent strides down a smooth bowl. In the Rosenbrock valley it was the other way round. No optimizer is best everywhere: each is a rule for turning gradients into steps, and the problem decides which rule fits.',
        zh: '是梯度下降，只用 3 步；Adam 需要 39 步。无论坡度如何，Adam 的步长都约为 α，所以离得远时它只能慢慢走；而调好的梯度下降在平滑的碗形曲面上大步向下。在 Rosenbrock 山谷中情况正好相反。没有哪个优化器处处最好：每一个都是把梯度变成步子的一种规则，由问题决定哪种规则合适。',
      },
    },
    teacherNote: {
      en: 'End with the question the course began with. A good answer names both parts: the gradient (the same for every optimizer) and the rule that turns it into a step (what differs). Ask the class which optimizer they would try first on a new problem, and why they would still compare it with gradient descent.',
      zh: '以课程开头的问题结束。好的回答应当说出两个部分：梯度（对所有优化器都相同）和把它变成一步的规则（这才是不同之处）。问学生：面对一个新问题，他们会先试哪个优化器？为什么仍然要把它和梯度下降作比较？',
    },
  },
];

/**
 * 简体中文 of the Inside tab: part of zh.ts, typed by en-insight.ts's keys. Terms: 混淆矩阵
 * (confusion matrix), 梯度范数, 更新/权重比, 验证集, 测试集, 隐藏单元.
 */
import type { Resources } from './en';

export const zhInsight: Pick<Resources, 'insight'> = {
  insight: {
    tab: {
      label: '模型内部',
      title: '模型内部',
      hint: '模型内部：每一步各层的梯度范数与更新/权重比；表格分类器还显示它错在哪里、第一层学到了什么',
    },
    views: '显示内容',
    gradients: '梯度',
    gradientsTitle: '每一步各层的梯度范数与更新/权重比',
    learned: '学到了什么',
    learnedTitle: '游标所在步的混淆矩阵、分错的样本与第一层权重',
    run: '运行',
    part: '留出数据',
    validation: '验证集',
    test: '测试集',
    partWords: { validation: '验证集', test: '测试集' },
    partNote: '默认用验证集：测试集留到最后用，一边看着它一边做选择，就把它泄漏进了选择里。',
    waiting: '计算中…',
    runFirst: '运行结束后显示。',
    noRuns: '没有可显示的运行。',
    gradTitle: '各层梯度范数 ‖∇ₗf‖',
    gradAxis: '‖∇ₗf‖（对数）',
    gradEvery: '每 {{every}} 步计算一次完整训练集上的梯度（本视图的计算预算）。',
    ratioTitle: '各层更新/权重比 ‖Δθₗ‖/‖θₗ‖',
    ratioAxis: '比值（对数）',
    ruleOfThumb:
      '经验法则：比值约为 1e-3 属正常；远低于它，学习率多半太小；远高于它，多半太大（A. Karpathy，CS231n 课程笔记 “Neural Networks Part 3”）。',
    ratioReference: '1e-3',
    layer: '第 {{name}} 层',
    chartLabel: '运行 {{run}} 的{{title}}，每层一条线，对数刻度，随步数变化。',
    confusion: '第 {{step}} 步的混淆矩阵',
    confusionCaption:
      '行：真实类别；列：预测类别。{{part}} {{total}} 行中对了 {{correct}} 行（{{percent}}）。',
    trueClass: '真实',
    predictedClass: '预测',
    cell: '真实 {{truth}}，预测 {{predicted}}：{{count}}',
    mistakes: '分错的{{part}}样本（{{wrong}} 个中的 {{shown}} 个）',
    noMistakes: '这一步没有分错的{{part}}样本。',
    mistake: '第 {{index}} 行：真实 {{truth}}，预测 {{predicted}}',
    mistakeHint: '点击可在矩阵中标出它所在的格子',
    weights: '第一层权重，每个单元一幅 8 × 8 图（{{units}} 个）',
    weightsScale:
      '蓝：负，白：0，红：正，关于 0 对称（±{{max}}）；单元在红处对笔迹起正响应，在蓝处起负响应。',
    weight: '单元 {{unit}}',
    noPictures: '这个数据集的特征不是图像：只显示混淆矩阵。',
    notTable: '这个模型没有可混淆的留出类别：适用的是“梯度”视图。',
  },
};

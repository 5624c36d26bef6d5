/**
 * 简体中文 of the help (图例, 按键, 首次访问提示, 术语说明): part of zh.ts, typed by
 * en-help.ts's keys.
 */
import type { Resources } from './en';

export const zhHelp: Pick<Resources, 'legend' | 'hint' | 'jargon'> = {
  legend: {
    button: '图例',
    buttonTitle: '各个标记的含义，以及快捷键（?）',
    title: '图上画的是什么',
    close: '关闭图例',
    start: '起点',
    startText: '所有运行从这里出发。拖动它，或点击损失曲面，即可移动。',
    minimum: '最小值',
    minimumText: 'f 的最低点。圆点表示局部最小值，菱形表示鞍点。',
    current: '当前步',
    currentText: '每个运行在时间轴当前步所处的位置。',
    trail: '已走的路径与将走的路径',
    trailText: '到当前步为止画成实线；之后尚未走到的步画得较淡。',
    end: '终点',
    endText: '运行在最后一步之后所处的位置。',
    diverged: '发散',
    divergedText: '运行在这里发散了：损失或位置变成了无穷大。',
    averaged: '平均点',
    averagedText:
      '虚线：ASGD 和 Schedule-Free 在 θ（实线，计算梯度的位置）旁保存的平均点。Schedule-Free 的平均点 x 是它的答案：损失图画的是那里的损失。',
    keysTitle: '快捷键',
    keysNote: '在输入框中输入时不起作用。获得焦点的滑块保留 ← →；用键盘选中的标签页保留 ← →。',
    keyPlay: '播放 / 暂停',
    keyStep: '后退 / 前进一步',
    keyStep10: '十步',
    keyJump: '第一步 / 最后一步',
    keyEscape: '离开滑块或标签页：方向键重新用于单步',
    keyLegend: '打开本图例',
    keyLandscape: '损失曲面获得焦点时：平移、缩放、复位',
    keyPresent: '演示、隐藏运行以便预测、揭晓',
  },
  hint: {
    label: '试一试',
    title: '试试这三件事',
    alpha: '拖动运行卡片中的 α：路径随之改变。',
    start: '拖动损失曲面上的起点 ◎。',
    play: '按播放 ▶ 或空格键。',
    dismiss: '知道了',
    dismissLabel: '关闭提示',
  },
  jargon: {
    about: '{{term}} 是什么？',
    fGap: 'f − f* 表示损失 f 比它可能达到的最低值 f*（全局最小值）高出多少。到达最小值时为 0。',
    logAxis:
      '对数刻度：每往上一条网格线，数值就是下面那条的十倍，因此 0.001 和 1000 能画在同一张图上，稳定的进展表现为一条直线下降。',
    fSymlog: '这个问题没有最低值（f 可以无限下降），因此直接画出 f 本身，采用对称对数刻度。',
    symlog:
      '对称对数（symlog）：数值很大时（无论正负）像对数刻度，接近 0 时是线性的，因此负值也能画出来。',
    gradNorm: '‖∇f‖ 是梯度的长度：运行所在之处曲面有多陡。在最小值或鞍点处为 0。',
    colourLog: '颜色带按 log(f − f*) 等距划分：每一带都比上一带低同样的倍数，一直到最小值。',
    colourLinear: '颜色带按 f 等距划分。',
    principal:
      'PC 1 和 PC 2（主方向）：在权重空间的所有方向中，各运行路径移动最多的两个方向。切片沿这两个方向截取，使平面图尽可能多地展现路径的移动。',
    random: '权重空间中的两个随机方向，按各层的大小缩放：一个不偏向任何运行的切片。',
    eps: 'ε 是加在更新步分母上的一个很小的数（√v + ε），使得当梯度平方的平均值 v 接近 0 时，步长仍然是有限的。ε 越大，在梯度很小的地方步子越小、越平稳。',
  },
};

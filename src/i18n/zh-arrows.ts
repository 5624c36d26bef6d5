/**
 * 简体中文 of the landscape's arrows at the cursor step: part of zh.ts, typed by en-arrows.ts's keys.
 */
import type { Resources } from './en';

export const zhArrows: Pick<Resources, 'arrows'> = {
  arrows: {
    button: '箭头',
    buttonTitle: '当前步的箭头：梯度、刚走的一步、优化器的状态',
    menu: '当前步的箭头',
    grad: '−α∇f：普通梯度下降的下一步',
    step: 'Δθ：刚走的一步',
    state: '优化器状态：动量 b、Adam 的 m̂（× −α）',
    runs: '显示于',
    selectedRun: '选中的运行',
    allRuns: '全部运行',
    scale: '超出图框的箭头在边缘截断并带断开记号；×n 为其实际长度。',
    describe: {
      grad: '{{name}}：第 {{step}} 步的 −α∇f，α = {{lr}}，‖∇f‖ = {{norm}}',
      step: '{{name}}：Δθ，从第 {{previous}} 步到第 {{step}} 步，长度 {{norm}}',
      state: '{{name}}：第 {{step}} 步的 {{symbol}}，α = {{lr}}，长度 {{norm}}',
    },
  },
};

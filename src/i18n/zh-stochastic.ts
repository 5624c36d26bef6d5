/**
 * 简体中文：标题栏中的梯度噪声和种子（src/ui/problems/NoiseControl.tsx、SeedControl.tsx）。并入 zh.ts。
 */
import type { Resources } from './en';

export const zhStochastic: Pick<Resources, 'noise' | 'seed'> = {
  noise: {
    explanation:
      '在每个梯度的每个坐标上加入带种子的高斯噪声 N(0, σ²)：即小批量带来的随机梯度。设为 0 即关闭。相同的种子给出相同的噪声，因此运行可以重现；换一个种子可看到另一次抽样。',
    label: '梯度噪声',
    labelShort: '噪声',
    slider: '梯度噪声 σ',
    field: '梯度噪声 σ 的值',
    off: '关闭',
    invalid: 'σ 应为 0 到 {{max}} 之间的数',
  },
  seed: {
    label: '种子',
    active: '梯度噪声和小批量顺序的随机种子：相同的种子重现相同的运行。',
    idle: '梯度噪声和小批量顺序的随机种子。目前不起作用：请先开启梯度噪声或小批量。',
    roll: '换一个随机种子',
  },
};

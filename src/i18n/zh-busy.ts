/** 简体中文：景观图上的计算提示（src/ui/landscape/BusySign.tsx）。并入 zh.ts。 */
import type { enBusy } from './en-busy';

export const zhBusy: typeof enBusy = {
  busy: {
    surface: '正在绘制损失曲面…',
    runs: '正在运行优化器…',
    training: '正在训练… {{percent}} %',
    label: '正在计算',
  },
};

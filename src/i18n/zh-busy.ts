/** 简体中文：景观图上的计算提示（src/ui/landscape/BusySign.tsx）。并入 zh.ts。 */
import type { enBusy } from './en-busy';

export const zhBusy: typeof enBusy = {
  busy: {
    surface: '正在绘制损失曲面…',
    runs: '正在运行优化器…',
    training: '正在训练… {{percent}} %',
    label: '正在计算',
    restartedCrashed: '计算引擎停止了（{{message}}），已重新启动',
    restartedStalled: '计算引擎没有响应，已重新启动',
    restartedTerminated: '计算引擎停止了（其 worker 被终止），已重新启动',
  },
};

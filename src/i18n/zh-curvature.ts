/**
 * 简体中文 of the Curvature chart tab: part of zh.ts, typed by en-curvature.ts's keys. Terms:
 * 曲率, 海森矩阵 (Hessian), 最大特征值 λmax, 稳定性界限, 预条件 (preconditioned).
 */
import type { Resources } from './en';

export const zhCurvature: Pick<Resources, 'curvature'> = {
  curvature: {
    tab: {
      label: '曲率',
      title: '每步的曲率',
      hint: '曲率：每一步的锐度 λmax（海森矩阵的最大特征值），与各运行的稳定性界限（虚线）对照：超过界限，每一步都会放大误差',
    },
    axis: 'λmax',
    description:
      'λmax 随步数变化，{{scale}}，每个运行一条实线；虚线：各运行的稳定性界限。点击或拖动可移动游标。',
    sharpness: '显示的锐度',
    own: '各自的',
    ownTitle:
      '梯度下降与动量：海森矩阵的 λmax；自适应优化器：预条件海森矩阵 P⁻¹H 的 λmax。各自与其优化器的界限对照',
    hessian: '海森 λmax',
    hessianTitle:
      '所有运行都显示海森矩阵的 λmax；自适应运行在此没有界限线，因为它们的界限约束的是预条件后的 λmax',
    keyLambda: 'λmax',
    keyLimit: '稳定性界限',
    readout: 'λ {{lambda}} · 界限 {{limit}} · αλ {{product}}',
    readoutNoLimit: 'λ {{lambda}} · 无界限',
    readoutPreconditioned: 'λ(P⁻¹H) {{lambda}} · 界限 {{limit}} · αλ {{product}}',
    progress: '曲率计算进度',
    computing: '正在计算曲率：{{done}} / {{total}} 个运行',
    computingRun: '正在计算 {{name}} 的曲率：{{percent}} %（{{done}} / {{total}} 个运行）',
    cancelled: '已在 {{done}} / {{total}} 个运行处取消',
    stopped: '曲率计算已停止：{{error}}',
    waiting: '正在计算…',
    hint: '只要 λmax 低于其运行的虚线界限，每一步就是稳定的。悬停可读出 α·λ。',
    hintAdaptive: '自适应运行：预条件海森矩阵 P⁻¹H 的 λmax。',
    hintLion: 'Lion：没有界限，无论曲率如何，它的步长都是 ±α。',
    hintSign: '{{names}}：没有界限，步长不随曲率变化。',
    hintNewton: '{{names}}：α < 2 时没有界限，它的步长除以曲率。',
    hintScheduleFree:
      '{{names}}：极限从第一步的 2/α 随平均稳定而升向 2/(α(1 − β))；λmax 在 θ = y 处计算。',
    hintLbfgs: '{{names}}：没有固定界限，它的步长除以它测得的曲率。',
    hintEvery: '模型的 λmax：每 {{every}} 步用 Lanczos 方法计算一次。',
    help: 'λmax（锐度）是 f 的海森矩阵的最大特征值：f 在弯曲最厉害的方向上的曲率。梯度下降每一步把该方向上的误差乘以 1 − αλmax，因此当且仅当 λmax < 2/α 时稳定；带动量 μ（重球法）时，条件是 λmax < 2(1 + μ)/α。每个运行的界限用其颜色的虚线画出，并随其学习率调度变化。',
    helpAdaptive:
      '自适应优化器把步长除以预条件矩阵 P，因此其界限约束的是 P⁻¹H 的 λmax：Adam 为 (2 + 2β1)/(1 − β1)/α，β1 = 0.9 时为 38/α（Cohen 等，《Adaptive gradient methods at the edge of stability》，2022）。',
    helpLion: 'Lion 没有界限：无论曲率如何，它每个坐标的步长都是 ±α，可能振荡，但不会发散。',
    helpSign:
      'Rprop、Adafactor 和 Muon 也没有界限：Rprop 每个坐标走 ±Δ，Δ 只由梯度的符号决定；Adafactor 的更新量各分量接近 ±1，其 RMS 被裁剪，所以每个坐标的步长约为 max(ε2, RMS(θ))·ρₜ。Muon 对权重矩阵的步长是 α·NS(U)·√max(1, r/c)，其奇异值被 Newton–Schulz 推到约 [0.7, 1.2]。三者都不随曲率增大。',
    helpLbfgs:
      'L-BFGS 没有固定界限：它的步长 −t·H̃g 除以由最近 m 步 (s, y) 构造的曲率估计 H̃，谷越陡步长越短。H̃ 学到某个方向后，该方向上的误差每步乘以 1 − α（α < 1 时稳定）；强 Wolfe 线搜索使每一步都降低 f。',

    helpNewton:
      '牛顿法用曲率去除梯度：沿曲率为 λ 的方向，每一步把误差乘以 1 − α·λ/(λ + δ)，所以 α < 2 时所有 λ > 0 都稳定；α 更大时，带阻尼 δ 只有 λ < 2δ/(α − 2) 稳定。沿 λ < 0 的方向，普通牛顿步反而收敛到鞍点或极大值（无鞍点牛顿法会离开）。',
    helpScheduleFree:
      'Schedule-Free 在 y 处计算梯度，y 介于基础迭代点 z 与平均点 x 之间，x 以权重 c 计入新的 z（无预热时 c = 1/t）。在二次函数上，(x, z) 满足一个二维递推，αₜ·λ < 2(2 − c)/(2(1 − β) + c(2β − 1)) 时稳定：第一步 c = 1 时是梯度下降的 2，随 c 变小升到 2/(1 − β)（β = 0.9 时为 20）。Schedule-Free AdamW 对预条件后的 λmax 有相同的极限。',
    none: '{{names}} 没有曲率：Descent 尚不能计算这个问题的曲率。',
    noPreconditioned: '{{names}}：预条件 λmax 尚未计算，因此显示海森矩阵的 λmax，不画界限。',
    nothing: '这个问题暂时没有可显示的曲率',
  },
};

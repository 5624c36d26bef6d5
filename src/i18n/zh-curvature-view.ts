/**
 * 简体中文 of the curvature on the landscape and in the step inspector: part of zh.ts, typed by
 * en-curvature-view.ts's keys.
 */
import type { Resources } from './en';

export const zhCurvatureView: Pick<Resources, 'curvatureView'> = {
  curvatureView: {
    model: '指针处的局部二次模型',
    modelTitle:
      'f 在指针处的二阶泰勒模型（指针移开时在选中运行的点上）：过该点的等高线，以及长度为 α·λ 的黑塞矩阵主轴箭头',
    modelUnavailable: '不适用于模型：这里的地形是二维切片，切片的曲率不是模型的曲率（见曲率图）',
    modelNote:
      '虚线：模型过该点的等高线（× 为其中心）。箭头：沿黑塞矩阵主轴的 α·λ，每 1 为 {{unit}} 像素；刻度为优化器的极限，超过则为红色：沿该轴的一步会发散。',
    shape: {
      minimum: '二次模型：椭圆（最小值）',
      maximum: '二次模型：椭圆（最大值）',
      saddle: '二次模型：鞍点（λmin < 0）',
      parabola: '二次模型：抛物线（有一个曲率为 0）',
      lines: '二次模型：两条直线（有一个曲率为 0）',
      line: '二次模型：平坦（无曲率）',
      none: '二次模型：此处无定义',
    },
    level: {
      through: '过该点的等高线',
      around: '围绕其中心的一条等高线（该点离中心很近）',
    },
    where: {
      pointer: '在指针处',
      run: '在 {{name}} 第 {{step}} 步',
    },
    scale: 'α·λ 箭头：每 1 为 {{unit}} 像素，α = {{lr}}',
    limit: '刻度：极限 {{factor}}',
    limitPreconditioned: '{{optimizer}} 的极限针对预条件后的 λ（见单步检查器）',
    noLimit: '{{optimizer}}：没有极限',
    describe:
      '{{shape}}，{{where}}，{{level}}。λmax = {{max}}，λmin = {{min}}；α·λmax = {{scaledMax}}，α·λmin = {{scaledMin}}。',
    inspector: {
      heading: 'θₖ 处的曲率',
      preconditioned: 'P 为这一步的预条件矩阵，视为固定',
      limit: '极限',
      regime: {
        stable: '稳定',
        oscillating: '振荡',
        diverging: '发散',
        attracted: '被鞍点吸引',
      },
      explain: {
        gdStable: 'α·λmax = {{value}}：小于 1，每一步都缩小沿最陡方向的误差，且不改变其符号。',
        gdOscillating:
          'α·λmax = {{value}}：介于 1 和 2 之间，梯度下降沿最陡方向走过头，每步误差变号，但仍会收敛。',
        gdDiverging:
          'α·λmax = {{value}}：达到或超过 {{limit}}，每一步走过头的量大于所纠正的误差：沿最陡方向的误差每步增大 {{growth}} 倍。',
        stable:
          '{{symbol}} = {{value}}，低于极限 {{limit}}：沿最尖锐方向的误差缩小，且不改变符号。',
        oscillating:
          '{{symbol}} = {{value}}，低于极限 {{limit}}：沿最尖锐方向的误差缩小，但来回摆动。',
        diverging: '{{symbol}} = {{value}}，达到或超过极限 {{limit}}：沿最尖锐方向的误差每步增大。',
        attracted:
          '{{symbol}} = {{value}}：这一步会收敛，但收敛到的驻点不是最小值（鞍点或极大值）。',
        concave: 'λmax = {{value}} < 0：f 在这里沿各方向都向下弯（靠近最大值），每一步都会爬离。',
        lion: 'Lion 无论曲率如何，每个坐标每步走 ±α：没有极限，在最小值附近它在约 α 的范围内振荡。',
        rprop:
          'Rprop 无论曲率如何，每个坐标每步走 ±Δ：梯度符号不变时 Δ 乘以 η₊，变号时乘以 η₋，且不超过 Δmax。没有极限，在最小值附近步长会缩小。',
        lbfgs:
          'L-BFGS 的步长除以由最近 m 步得到的曲率估计，因此没有固定界限：估计在某方向上与 λ 一致后，该方向上的误差每步乘以 1 − α；使用强 Wolfe 线搜索时每一步都降低 f。',
        adafactor:
          'Adafactor 无论曲率如何，每个坐标每步约走 aₜ = max(ε2, RMS(θ))·ρₜ（u = g/√v̂ 接近 ±1，其 RMS 被裁剪到 d）：没有极限，在最小值附近它在约 aₜ 的范围内振荡。',
        newtonStable:
          '沿 λmax 方向 α·λ/(λ + δ) = {{value}}，在所有正曲率方向上都小于 2：稳定。α = 1、δ = 0 时一步就落在局部二次模型的最小值上。',
        newtonOscillating:
          '沿 λmax 方向 α·λ/(λ + δ) = {{value}}，介于 1 和 2 之间：这一步越过局部模型的最小值，但仍会收敛。',
        newtonDiverging:
          '沿该方向 α·λ/(λ + δ) = {{value}}，达到 2 或以上（或 A 奇异）：这一步越过局部模型最小值的量大于所纠正的误差。',
        newtonAttracted:
          'λmin = {{value}} < 0：牛顿法走向局部二次模型的驻点，而沿 λmin 方向它是极大值，所以这一步走向鞍点（或极大值），而不是离开。无鞍点牛顿法（|H|）会离开它。',
        newtonEscapes:
          'λmin = {{value}} < 0：无鞍点牛顿法除以 |λmin| + δ，因此沿该方向这一步向下走，离开鞍点。',
      },
      saddle: 'λmin = {{value}} < 0：沿其方向 f 向下弯（鞍点），每一步都沿该方向离得更远。',
      model: '模型的曲率见曲率图（每隔几步用 Lanczos 计算 λmax）：这里的地形只是二维切片。',
      noHessian: '此问题没有曲率。',
    },
  },
};

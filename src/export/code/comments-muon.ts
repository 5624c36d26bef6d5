/**
 * The words of the exported scripts for Muon (issue 21), English and Chinese, spread into
 * comments-en.ts and comments-zh.ts (the Chinese typed by the English keys).
 */
export const EN_MUON = {
  kwMomentumMuon: 'μ: the weight matrices’ momentum, b ← μ·b + (1 − μ)·g',
  kwNesterovMuon: 'Nesterov: orthogonalise (1 − μ)·g + μ·b instead of b',
  kwNsSteps: 'k: the Newton–Schulz steps of the orthogonalisation',
  kwWeightDecayMuon: 'λ: the weight matrices shrink by 1 − α·λ each step (the biases do not)',
  kwAdamLr: 'αₐ: the biases’ Adam lr, scaled by the schedule as α is',
  ruleMuon:
    'Muon: each weight matrix steps along its momentum orthogonalised by Newton–Schulz (singular values near 1), scaled by √max(1, rows/cols); the biases take Adam.',
  muonClass:
    'Muon as Keller Jordan’s reference SingleDeviceMuonWithAuxAdam computes it (github.com/KellerJordan/Muon), in one group: the matrices (ndim ≥ 2) take Muon, the other parameters Adam with betas (0.9, 0.95), eps 1e-10 and no weight decay; Newton–Schulz in float64 where the reference uses bfloat16.',
  muonNsFn:
    'The reference’s zeropower_via_newtonschulz5: X ← a·X + (b·A + c·A·A)·X with A = X·Xᵀ, on the wide orientation, after X ← X/(‖X‖_F + 1e-7).',
  muonBaseLr: 'the lr the schedule scales: the biases’ lr is scaled alike',
  muonMomentum: 'b ← lerp(b, g, 1 − μ)',
  muonNesterov: 'U = lerp(g, b, μ) with Nesterov, else b',
  muonScale: 'O = NS(U)·√max(1, rows/cols)',
  muonStep: 'θ ← θ·(1 − αλ) − α·O',
  muonAdam: 'the biases: Adam’s m̂/(√v̂ + ε), with lr αₐ·(αₜ/α)',
  stateMuon: 'per parameter: b for a matrix, m, v and t for the rest',
} as const;

export const ZH_MUON: Record<keyof typeof EN_MUON, string> = {
  kwMomentumMuon: 'μ：权重矩阵的动量，b ← μ·b + (1 − μ)·g',
  kwNesterovMuon: 'Nesterov：正交化 (1 − μ)·g + μ·b，而不是 b',
  kwNsSteps: 'k：正交化所用的 Newton–Schulz 迭代步数',
  kwWeightDecayMuon: 'λ：每步权重矩阵乘以 1 − α·λ（偏置不衰减）',
  kwAdamLr: 'αₐ：偏置的 Adam 学习率，随学习率调度与 α 同比例缩放',
  ruleMuon:
    'Muon：每个权重矩阵沿着经 Newton–Schulz 正交化（奇异值接近 1）的动量前进，再乘以 √max(1, 行数/列数)；偏置用 Adam。',
  muonClass:
    'Muon，与 Keller Jordan 的参考实现 SingleDeviceMuonWithAuxAdam 计算方式相同（github.com/KellerJordan/Muon），合为一个参数组：矩阵（ndim ≥ 2）用 Muon，其余参数用 Adam（betas (0.9, 0.95)、eps 1e-10、无权重衰减）；Newton–Schulz 用 float64 计算，参考实现用 bfloat16。',
  muonNsFn:
    '参考实现的 zeropower_via_newtonschulz5：先 X ← X/(‖X‖_F + 1e-7)，再在宽的方向上迭代 X ← a·X + (b·A + c·A·A)·X，其中 A = X·Xᵀ。',
  muonBaseLr: '学习率调度所缩放的 lr：偏置的 lr 按同一比例缩放',
  muonMomentum: 'b ← lerp(b, g, 1 − μ)',
  muonNesterov: '开启 Nesterov 时 U = lerp(g, b, μ)，否则 U = b',
  muonScale: 'O = NS(U)·√max(1, 行数/列数)',
  muonStep: 'θ ← θ·(1 − αλ) − α·O',
  muonAdam: '偏置：Adam 的 m̂/(√v̂ + ε)，学习率为 αₐ·(αₜ/α)',
  stateMuon: '每个参数：矩阵保存 b，其余保存 m、v 和 t',
};

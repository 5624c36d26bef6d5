/**
 * The words of the Schedule-Free scripts (schedule-free-code.ts), English and Chinese with the
 * same keys: in a file of their own, as comments-more.ts and comments-muon.ts, so that the
 * comment tables (comments-en.ts, comments-zh.ts) import no code that imports them back.
 */

/** The words of these scripts, English; the Chinese below has the same keys. */
export const EN_SCHEDULE_FREE = {
  kwAdamwSf: 'the base step on z: AdamW’s (True) or SGD’s (False)',
  kwWarmupSteps: 'T_w (warmup_steps): lr grows linearly over the first T_w steps',
  kwR: 'r: the average weighs step t by t^r',
  kwWeightLrPower: 'p (weight_lr_power): and by the largest lr so far to the power p',
  kwMomentumSf: 'β (momentum): y = β·x + (1 − β)·z, where the gradient is taken',
  kwBetasSf: 'β1: y = β1·x + (1 − β1)·z; β2: the second moment’s smoothing',
  scheduleFreeClass:
    'Schedule-Free (Defazio et al. 2024), the authors’ reference classes: z takes the base step, x averages the z’s, the gradient is taken at y between them; eval() puts x in the parameter, train() puts y back.',
  ruleScheduleFreeSgd:
    'Schedule-Free SGD: z ← z − α_t·g at y; x ← (1 − c)·x + c·z, the average; y ← β·x + (1 − β)·z.',
  ruleScheduleFreeAdamw:
    'Schedule-Free AdamW: z ← z − α_t·g/(√(v/(1 − β2ᵗ)) + ε) at y; x ← (1 − c)·x + c·z; y ← β1·x + (1 − β1)·z.',
  sfWarmup: 'the warmed-up lr of this step',
  sfWeight: 'c: the new z’s weight in the average',
  sfAverage: 'x: the weighted average of the z’s, the answer',
  sfInterpolate: 'y: where the next gradient is taken (θ)',
  sfEvalLoss: 'Schedule-Free’s answer is x: the loss recorded is f(x), with x swapped in',
} as const;

export const ZH_SCHEDULE_FREE: { [K in keyof typeof EN_SCHEDULE_FREE]: string } = {
  kwAdamwSf: 'z 上的基础一步：AdamW（True）或 SGD（False）',
  kwWarmupSteps: 'T_w（warmup_steps）：前 T_w 步学习率线性增长',
  kwR: 'r：平均中第 t 步的权重含 t^r',
  kwWeightLrPower: 'p（weight_lr_power）：以及至今最大学习率的 p 次幂',
  kwMomentumSf: 'β（momentum）：y = β·x + (1 − β)·z，梯度在 y 处计算',
  kwBetasSf: 'β1：y = β1·x + (1 − β1)·z；β2：二阶矩的平滑系数',
  scheduleFreeClass:
    'Schedule-Free（Defazio 等，2024），作者的参考实现：z 走基础优化器的一步，x 是各 z 的平均，梯度在两者之间的 y 处计算；eval() 把 x 放入参数，train() 放回 y。',
  ruleScheduleFreeSgd:
    'Schedule-Free SGD：在 y 处 z ← z − α_t·g；x ← (1 − c)·x + c·z 为平均；y ← β·x + (1 − β)·z。',
  ruleScheduleFreeAdamw:
    'Schedule-Free AdamW：在 y 处 z ← z − α_t·g/(√(v/(1 − β2ᵗ)) + ε)；x ← (1 − c)·x + c·z；y ← β1·x + (1 − β1)·z。',
  sfWarmup: '这一步预热后的学习率',
  sfWeight: 'c：新的 z 在平均中的权重',
  sfAverage: 'x：各 z 的加权平均，即答案',
  sfInterpolate: 'y：下一次计算梯度的位置（θ）',
  sfEvalLoss: 'Schedule-Free 的答案是 x：记录的损失是换入 x 后的 f(x)',
};

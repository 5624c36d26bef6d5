/** 简体中文 of the classifiers on tables (issue 22), by the keys of en-tables.ts. */
import type { Resources } from './en';

export const zhTables: Pick<Resources, 'tables'> = {
  tables: {
    panel: '数据集、划分与得分',
    set: '数据集',
    yourRows: '你的数据（{{rows}} 行）',
    credit: '数据：{{credit}}',
    source: '来源',
    licence: '许可',
    shape: '{{rows}} 行 · {{features}} 个特征 · {{classes}} 个类别',
    classes: '类别：{{names}}',
    split: '划分',
    splitSizes: '训练 {{training}} · 验证 {{validation}} · 测试 {{test}}',
    splitNote:
      '随机留出的行（带种子）：模型从不在验证行或测试行上训练，输入只用训练行的均值和标准差做标准化。',
    validationShare: '验证比例',
    testShare: '测试比例',
    splitSeed: '划分种子',
    layers: '隐藏层',
    layersHint: '用“-”分隔的宽度，例如 32 或 64-32（1 到 3 层，每层 1 到 64 个单元）',
    layersInvalid: '宽度如 32 或 64-32：1 到 3 层，每层 1 到 64 个单元。',
    activation: '激活函数',
    batchSize: '批量大小',
    fullBatch: '全批量（{{n}}）',
    batchNote:
      '小批量运行的损失是该批的损失，与训练日志中的一样：对所有训练行算一遍，比这一步本身还贵。',
    runAt: '第 {{step}} 步',
    training: '训练',
    validation: '验证',
    test: '测试',
    loss: '损失',
    accuracy: '准确率',
    testPending: '最后一步之后',
    loading: '正在加载数据集…',
    keyTraining: '训练',
    keyValidation: '验证',
    keyTest: '测试（最后）',
    keyLabel: '线型',
    testMark: '{{name}}：测试 {{value}}',
    csvColumns:
      '每个样本一行：先是它的特征（1 到 64 个数），最后一个值是它的类别（数字或词，2 到 20 个类别）',
    csvPreview: '{{rows}}，{{features}} 个特征，{{classes}} 个类别（{{counts}}）',
    rows_one: '{{formatted}} 行',
    rows_other: '{{formatted}} 行',
  },
};

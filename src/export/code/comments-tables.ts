/**
 * The words of the table classifiers' lines in the exported scripts (issue 22), English and
 * Chinese; comments-en.ts and comments-zh.ts spread them into their tables.
 */
export const EN_TABLES = {
  tableSetFile:
    "The {title} data set: {credit}. The script reads the file Descent ships, {file} (served by the app at data/{file}; the same file as scikit-learn's sklearn/datasets/data), from beside this script or the working directory.",
  tableReadFile: "the file's rows as lists of numbers, the label last",
  tableMissing:
    'not found beside this script or in the working directory: download it from Descent',
  tableOwnRows: 'Your {n} rows (features…, label), every number exactly as in the app.',
  tableSplit:
    "The training rows of Descent's seeded split (seed {seed}): {test} test and {validation} validation rows are held out; the model never trains on them.",
  tableStandardise:
    "inputs standardised with the training rows' mean and standard deviation (ddof 0); scale 1 where a feature is constant",
  tableLabels: 'the class of each training row, 0 … K − 1',
  tableCrossEntropy: 'the mean cross-entropy of the softmax of the outputs, as PyTorch defines it',
  tableModel: 'The network {sizes}: its state_dict, layer by layer weight then bias, is θ.',
  tableSoftmax: 'log Σ e^z per row, shifted by the largest z so that nothing overflows',
  tableDelta: '∂(mean loss)/∂z: softmax(z) − onehot(y), over the rows',
  tableBatchLoss:
    "a mini-batch run records its batch's loss, as Descent does for these models (the full pass costs more than the step)",
} as const;

export const ZH_TABLES: Record<keyof typeof EN_TABLES, string> = {
  tableSetFile:
    '{title}数据集：{credit}。脚本读取 Descent 附带的文件 {file}（应用在 data/{file} 提供；与 scikit-learn 的 sklearn/datasets/data 中的文件相同），位置在本脚本旁边或工作目录中。',
  tableReadFile: '文件的各行，每行是一列数字，标签在最后',
  tableMissing: '在本脚本旁边和工作目录中都找不到：请从 Descent 下载',
  tableOwnRows: '你的 {n} 行数据（特征…，标签），每个数字都与应用中完全相同。',
  tableSplit:
    'Descent 带种子的划分（种子 {seed}）中的训练行：留出 {test} 个测试行和 {validation} 个验证行，模型从不在它们上训练。',
  tableStandardise: '用训练行的均值和标准差（ddof 0）标准化输入；特征为常数时尺度取 1',
  tableLabels: '每个训练行的类别，0 … K − 1',
  tableCrossEntropy: '输出的 softmax 的平均交叉熵，与 PyTorch 的定义相同',
  tableModel: '网络 {sizes}：它的 state_dict（逐层先权重后偏置）就是 θ。',
  tableSoftmax: '每行的 log Σ e^z，减去最大的 z，避免溢出',
  tableDelta: '∂(平均损失)/∂z：softmax(z) − onehot(y)，对各行',
  tableBatchLoss:
    '小批量运行记录的是该批的损失，与 Descent 对这些模型的做法相同（完整一遍比一步还贵）',
};

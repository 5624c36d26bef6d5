/** 简体中文 of the Code dialog: part of zh.ts, typed by en-code.ts's keys. */
import type { Resources } from './en';

export const zhCode: Pick<Resources, 'code'> = {
  code: {
    menuItem: '代码（PyTorch、NumPy）…',
    menuHint: '复现这些运行的 Python 脚本',
    open: '代码',
    openTitle: '把当前视图写成 PyTorch 或 NumPy 脚本',
    title: '当前视图的代码',
    subtitle:
      '一个 Python 脚本，逐步算出与应用中相同的运行。用 python3 运行；加上 --json 输出每一步的数值。',
    close: '关闭',
    closeTitle: '关闭（Esc）',
    target: '目标',
    pytorch: 'PyTorch',
    pytorchHint: '用 torch.optim，和训练模型时一样',
    numpy: 'NumPy',
    numpyHint: '每条更新规则都手写出来',
    copy: '复制',
    copied: '已复制',
    copyFailed: '无法复制：请选中代码后手动复制',
    download: '下载 {{file}}',
    run: '运行：{{command}}',
    lines_one: '{{count}} 行',
    lines_other: '{{count}} 行',
    loading: '正在生成脚本…',
    failed: '无法生成脚本：{{message}}',
    label: '脚本，{{target}}',
  },
};

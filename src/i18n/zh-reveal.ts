/**
 * 简体中文 of the trails and the reveal: part of zh.ts, typed by en-reveal.ts's keys.
 */
import type { Resources } from './en';

export const zhReveal: Pick<Resources, 'reveal'> = {
  reveal: {
    trailsName: '前方路径：{{name}}',
    trailsTitle: '当前步之后的路径：{{name}}。点击切换为：{{next}}。揭晓时默认隐藏，除非你另选。',
    whole: '完整路径',
    faded: '未来淡化',
    hidden: '未来隐藏',
    lossAtStep: '第 {{step}} 步损失',
    lossAtCursor: '第 {{step}} 步（游标处）的损失；到达终点后显示最终损失',
    edgeStep: '第 {{step}} 步',
    edgeTitle: '第 {{step}} 步时运行在视窗之外，在这个方向',
  },
};

/**
 * 简体中文 of the note on the screen (说明): part of zh.ts, typed by en-note.ts's keys.
 */
import type { Resources } from './en';

export const zhNote: Pick<Resources, 'note'> = {
  note: {
    region: '说明',
    ownTitle: '说明',
    add: '添加说明',
    addTitle: '为课堂写一段简短说明：它显示在这里，并随链接一起分享',
    edit: '编辑',
    editTitle: '编辑说明',
    replace: '改写说明',
    replaceTitle: '用你自己的说明替换预设的解释',
    collapse: '收起说明',
    expand: '展开说明',
    dismiss: '移除说明',
    editorLabel: '你的说明',
    editorHint: '按 Enter 保存，按 Esc 取消；最多 {{max}} 个字符。',
    loading: '正在加载解释……',
  },
};

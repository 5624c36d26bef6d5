/**
 * 简体中文 of dropping a file on the app (拖放文件): part of zh.ts, typed by en-drop.ts's keys.
 */
import type { Resources } from './en';

export const zhDrop: Pick<Resources, 'drop' | 'scenarioFile'> = {
  drop: {
    overlay: '拖放课程文件或场景文件到这里',
    overlayLesson: '课程文件（.descent-lesson.json）在课程播放器中打开。',
    overlayScenario: '场景文件（.json）的打开方式与“分享 → 导入 JSON”相同。',
    other:
      '无法打开 {{name}}：它既不是课程文件，也不是场景文件。Descent 能打开课程文件（.descent-lesson.json）和场景文件（.json，由“分享 → 导出 JSON”生成）。',
    lessonTooLarge:
      '{{name}}：无法打开这个课程文件：文件太大（课程文件最多 1,000,000 个字符，约 1 MB）。',
    scenarioTooLarge: '无法打开 {{name}}：文件太大，超出了场景文件的上限（1 MB）。',
    unreadable: '无法读取 {{name}}（是文件夹吗？）：请拖入课程文件或场景文件。',
    several: '拖入了 {{count}} 个文件：Descent 一次只打开一个，所以只读取了第一个：{{name}}。',
    loadFailed: '无法打开这个文件：请检查网络连接后重试。',
  },
  scenarioFile: {
    opened: '已打开 {{name}}。',
    refused: '无法打开 {{name}}：{{reason}}',
    tooLarge: '作为场景文件太大（超过 1 MB）',
    notJson: '不是有效的 JSON（{{detail}}）',
    notJsonAt: '不是有效的 JSON（第 {{line}} 行第 {{column}} 列：{{detail}}）',
    notObject: '文件中没有场景（一个 JSON 对象）',
  },
};

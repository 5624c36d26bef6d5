/**
 * 简体中文 of the landscape's 3D view: part of zh.ts, typed by en-3d.ts's keys.
 */
import type { Resources } from './en';

export const zh3d: Pick<Resources, 'landscape3d'> = {
  landscape3d: {
    views: '地形视图',
    view2d: '2D',
    view3d: '3D',
    split: '2D 和 3D',
    view2dTitle: '等高线图',
    view3dTitle: '三维曲面',
    splitTitle: '等高线图与三维曲面并排',
    label:
      '{{title}}（三维）。拖动旋转，右键拖动或 Shift+拖动平移，滚轮或双指缩放。按键：方向键旋转，Shift+方向键平移，+ 和 − 缩放，0 复位视角。',
    resetCamera: '复位视角',
    height: '高度',
    heightScale: '同颜色刻度',
    heightLinear: 'f',
    heightTitle: '曲面的高度：按颜色刻度（对数、对称对数）取 f，使山谷可见；或直接取 f',
    savePng: 'PNG',
    savePngTitle: '将三维视图保存为 PNG 图片',
    noWebgl: '三维视图需要 WebGL，而此浏览器或电脑不支持。二维视图照常可用。',
    show2d: '显示二维视图',
    drawing: '正在绘制曲面…',
  },
};

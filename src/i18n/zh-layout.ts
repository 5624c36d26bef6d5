/** 版面控件的中文（issue 14）：图表面板的“放大图表”开关和地形图的工具栏。并入 zh.ts。 */
export const zhLayout = {
  layout: {
    enlarge: '放大图表',
    enlargeTitle: '放大显示此图表，地形图移到侧栏',
    shrinkTitle: '恢复地形图的大图，此图表回到侧栏',
    tools: '地形图工具',
  },
};

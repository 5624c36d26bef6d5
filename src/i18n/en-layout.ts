/**
 * English of the layout's own controls (issue 14): the chart panel's Enlarge toggle and the
 * landscape's tools row. Part of en.ts (spread into it).
 */
export const enLayout = {
  layout: {
    enlarge: 'Enlarge chart',
    enlargeTitle: 'Show this chart large, with the landscape at the side',
    shrinkTitle: 'Show the landscape large again, with this chart at the side',
    tools: 'Landscape tools',
  },
};

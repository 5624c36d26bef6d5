/**
 * English of the landscape's 3D view (issue 19; docs/3d.md): the 2D / 3D / both switch in the
 * landscape's tools and the 3D view's own controls and messages. Part of en.ts (spread into it).
 */
export const en3d = {
  landscape3d: {
    views: 'Landscape view',
    view2d: '2D',
    view3d: '3D',
    split: '2D + 3D',
    view2dTitle: 'The contour map',
    view3dTitle: 'The surface in 3D',
    splitTitle: 'The contour map and the surface in 3D, side by side',
    label:
      '{{title}} in 3D. Drag to turn it, right-drag or Shift-drag to pan, wheel or pinch to zoom. Keys: arrows turn, Shift+arrows pan, + and − zoom, 0 resets the camera.',
    resetCamera: 'Reset camera',
    height: 'Height',
    heightScale: 'as the colours',
    heightLinear: 'f',
    heightTitle:
      'The height of the surface: f on the colour scale (log, symmetric log), so valleys show, or f itself',
    savePng: 'PNG',
    savePngTitle: 'Save the 3D view as a PNG image',
    noWebgl:
      'The 3D view needs WebGL, which this browser or computer does not offer. The 2D view works as before.',
    show2d: 'Show the 2D view',
    drawing: 'Drawing the surface…',
  },
};

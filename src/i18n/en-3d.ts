/**
 * English of the landscape's 3D view (issue 19; docs/3d.md): the 2D / 3D / both switch in the
 * landscape's tools and the sign while the 3D view loads. Part of en.ts (spread into it); the
 * 3D view's own controls and messages load with it (en-landscape3d.ts).
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
    drawing: 'Drawing the surface…',
  },
};

/**
 * English of the 3D view itself (src/ui/landscape3d/Landscape3d.tsx): its description, camera,
 * height switch, PNG and the no-WebGL notice. On demand, with the 3D view's chunk; the 2D / 3D
 * switch and the drawing sign are initial (en-3d.ts, same keys `landscape3d.*`).
 */
import { addEnglish } from './instance';

export const enLandscape3d = {
  landscape3d: {
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
  },
};

// Loaded with the chunk of the panels that use it, not at start (docs/i18n.md, "How languages
// load"): each module showing these words imports this one, which adds them when evaluated.
addEnglish(enLandscape3d);

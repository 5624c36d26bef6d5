/**
 * English of the presets' gallery (src/ui/presets/PresetGallery.tsx): on demand, with its chunk;
 * the Presets button's words are initial (en.ts `presets`).
 */
import { addEnglish } from './instance';

export const enPresets = {
  presets: {
    title: 'Presets',
    subtitle:
      '{{count}} small experiments, each with what to watch. Opening one replaces the current view; Back returns to it.',
    close: 'Close',
    closeTitle: 'Close (Esc)',
    batch: 'batch {{size}}',
  },
};

// Loaded with the chunk of the panels that use it, not at start (docs/i18n.md, "How languages
// load"): each module showing these words imports this one, which adds them when evaluated.
addEnglish(enPresets);

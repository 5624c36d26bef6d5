/**
 * English of the problem picker's dialog (src/ui/problems/ProblemPicker.tsx): on demand, with its
 * chunk; the header's button that opens it is initial (en.ts `header`).
 */
import { addEnglish } from './instance';

export const enPicker = {
  picker: {
    title: 'Choose a problem',
    subtitle:
      'Type your own f(x, y), or pick one of {{count}} test surfaces or a model fitted to data. A new problem moves the start point and window to its defaults.',
    close: 'Close',
    closeTitle: 'Close (Esc)',
    problems: 'Problems',
    current: 'current',
  },
};

// Loaded with the chunk of the panels that use it, not at start (docs/i18n.md, "How languages
// load"): each module showing these words imports this one, which adds them when evaluated.
addEnglish(enPicker);

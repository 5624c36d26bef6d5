/**
 * The presentation's keyboard shortcuts as a pure mapping (like the timeline's, shortcuts.ts):
 * P toggles presentation mode, R reveals hidden trajectories (predict-then-reveal), H hides
 * them again for the next question. The same presses are left alone: typing in a field, a
 * focused popup, a chord with Ctrl/Meta/Alt, a press another handler took.
 */
import type { KeyPress } from '../timeline/shortcuts';

export type PresentAction = { type: 'toggle-present' } | { type: 'reveal' } | { type: 'hide' };

const TYPING_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

export function presentAction(press: KeyPress): PresentAction | null {
  if (press.defaultPrevented || press.ctrlKey || press.metaKey || press.altKey) return null;
  const { target } = press;
  if (TYPING_TAGS.has(target.tag) || target.editable || target.inPopup) return null;
  switch (press.key) {
    case 'p':
    case 'P':
      return { type: 'toggle-present' };
    case 'r':
    case 'R':
      return { type: 'reveal' };
    case 'h':
    case 'H':
      return { type: 'hide' };
    default:
      return null;
  }
}

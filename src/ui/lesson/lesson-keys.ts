/**
 * The lesson player's keys (docs/app.md, "Keyboard"): N or Page Down for the next step, B or
 * Page Up for the one before — Page Down/Up are what a presenter's clicker sends. The same
 * presses are left alone as the presentation's keys are (present-keys.ts): typing in a field, a
 * focused menu or dialog, a Ctrl/Meta/Alt chord, a press another handler took; and Page Up/Down
 * on a focused slider, which moves by them (the timeline's rule, src/ui/timeline/shortcuts.ts).
 * Pure.
 */
import type { KeyPress } from '../timeline/shortcuts';

export type LessonKeyAction = 'next' | 'back';

const TYPING_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

export function lessonKeyAction(press: KeyPress): LessonKeyAction | null {
  if (press.defaultPrevented || press.ctrlKey || press.metaKey || press.altKey) return null;
  const { target } = press;
  if (target.kind === 'text' || target.editable || target.inPopup) return null;
  switch (press.key) {
    case 'n':
    case 'N':
      return TYPING_TAGS.has(target.tag) ? null : 'next';
    case 'b':
    case 'B':
      return TYPING_TAGS.has(target.tag) ? null : 'back';
    case 'PageDown':
      return target.kind === 'slider' ? null : 'next';
    case 'PageUp':
      return target.kind === 'slider' ? null : 'back';
    default:
      return null;
  }
}

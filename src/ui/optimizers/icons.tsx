/** Line icons of the run cards (16 px, stroke in the text colour), drawn for this panel. */
import { LineIcon } from '../svg-icon';

/** Path data of each icon in its 16×16 box (a rectangle or circle written as a path). */
const DRAWING = {
  eye: 'M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8 12.1 12.5 8 12.5 1.5 8 1.5 8zM6 8a2 2 0 1 0 4 0a2 2 0 1 0-4 0z',
  eyeOff:
    'M6.3 3.7A6.7 6.7 0 0 1 8 3.5c4.1 0 6.5 4.5 6.5 4.5a11 11 0 0 1-1.6 2.2M4.2 4.9A10.6 10.6 0 0 0 1.5 8s2.4 4.5 6.5 4.5a6.4 6.4 0 0 0 3.3-.9M2 2l12 12',
  duplicate:
    'M7 5.5h5a1.5 1.5 0 0 1 1.5 1.5v5a1.5 1.5 0 0 1-1.5 1.5H7a1.5 1.5 0 0 1-1.5-1.5V7A1.5 1.5 0 0 1 7 5.5zM10.5 3.5V3a1.5 1.5 0 0 0-1.5-1.5H3A1.5 1.5 0 0 0 1.5 3v6A1.5 1.5 0 0 0 3 10.5h.5',
  reset: 'M2.5 3v3.5H6M2.9 6.5A5.5 5.5 0 1 1 3 10',
  remove:
    'M2.5 4.5h11M6.5 4.5V3a1 1 0 0 1 1-1h1a1 1 0 0 1 1 1v1.5M4 4.5l.7 8.6a1 1 0 0 0 1 .9h4.6a1 1 0 0 0 1-.9l.7-8.6',
  plus: 'M8 3v10M3 8h10',
  chevronDown: 'M4 6l4 4 4-4',
};

export function RunCardIcon({ name }: { name: keyof typeof DRAWING }) {
  return <LineIcon d={DRAWING[name]} />;
}

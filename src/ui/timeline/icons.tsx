/** Transport icons of the timeline (16 px, filled in the text colour). */
import { FilledIcon } from '../svg-icon';

/** Path data of each icon in its 16×16 box; a bar is a rectangle with 0.6 px corners. */
const DRAWING = {
  play: 'M4.5 2.8v10.4a.6.6 0 0 0 .9.5l8.2-5.2a.6.6 0 0 0 0-1L5.4 2.3a.6.6 0 0 0-.9.5z',
  pause:
    'M4.3 2.5h1.6a.8.8 0 0 1 .8.8v9.4a.8.8 0 0 1-.8.8H4.3a.8.8 0 0 1-.8-.8V3.3a.8.8 0 0 1 .8-.8zM10.1 2.5h1.6a.8.8 0 0 1 .8.8v9.4a.8.8 0 0 1-.8.8h-1.6a.8.8 0 0 1-.8-.8V3.3a.8.8 0 0 1 .8-.8z',
  stepBack:
    'M3.6 3h.8a.6.6 0 0 1 .6.6v8.8a.6.6 0 0 1-.6.6h-.8a.6.6 0 0 1-.6-.6V3.6a.6.6 0 0 1 .6-.6zM13 3.6v8.8a.6.6 0 0 1-.9.5L6.2 8.5a.6.6 0 0 1 0-1l5.9-4.4a.6.6 0 0 1 .9.5z',
  stepForward:
    'M11.6 3h.8a.6.6 0 0 1 .6.6v8.8a.6.6 0 0 1-.6.6h-.8a.6.6 0 0 1-.6-.6V3.6a.6.6 0 0 1 .6-.6zM3 3.6v8.8a.6.6 0 0 0 .9.5l5.9-4.4a.6.6 0 0 0 0-1L3.9 3.1a.6.6 0 0 0-.9.5z',
  jumpStart:
    'M2.4 3h.8a.6.6 0 0 1 .6.6v8.8a.6.6 0 0 1-.6.6h-.8a.6.6 0 0 1-.6-.6V3.6a.6.6 0 0 1 .6-.6zM9 3.6v8.8a.6.6 0 0 1-.9.5L3.9 8.5a.6.6 0 0 1 0-1l4.2-4.4a.6.6 0 0 1 .9.5zM14.5 3.6v8.8a.6.6 0 0 1-.9.5L9.4 8.5a.6.6 0 0 1 0-1l4.2-4.4a.6.6 0 0 1 .9.5z',
  jumpEnd:
    'M12.8 3h.8a.6.6 0 0 1 .6.6v8.8a.6.6 0 0 1-.6.6h-.8a.6.6 0 0 1-.6-.6V3.6a.6.6 0 0 1 .6-.6zM7 3.6v8.8a.6.6 0 0 0 .9.5l4.2-4.4a.6.6 0 0 0 0-1L7.9 3.1a.6.6 0 0 0-.9.5zM1.5 3.6v8.8a.6.6 0 0 0 .9.5l4.2-4.4a.6.6 0 0 0 0-1L2.4 3.1a.6.6 0 0 0-.9.5z',
};

export type TransportName = keyof typeof DRAWING;

export function TransportIcon({ name }: { name: TransportName }) {
  return <FilledIcon d={DRAWING[name]} />;
}

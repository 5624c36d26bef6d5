/**
 * The frame beat's driver (src/state/frame-beat.ts): an invisible element that the compositor
 * moves by a pixel while the beat is kept. A transform animation runs on the compositor's thread,
 * so the main thread does no work for the frames it keeps; the compositor listens to the
 * display's frames while it runs, and a change made meanwhile waits for the next beat.
 */
import type { FrameBeatDriver } from '../state/frame-beat';
import './frame-beat.css';

export function frameBeatElement(doc: Document = document): FrameBeatDriver {
  const element = doc.createElement('div');
  element.className = 'frame-beat';
  element.setAttribute('aria-hidden', 'true');
  element.dataset.testid = 'frame-beat';
  doc.body.append(element);
  return {
    start: () => element.classList.add('frame-beat--on'),
    stop: () => element.classList.remove('frame-beat--on'),
    now: () => performance.now(),
    later: (callback, ms) => window.setTimeout(callback, ms),
    cancel: (handle) => window.clearTimeout(handle),
  };
}

/**
 * What the page does when a new version of Descent has taken over from the one it was loaded
 * with (the service worker found a new build, cached it and activated it). Pure apart from the
 * listeners it adds, so it is unit-tested without a browser.
 *
 * The browser looks for a new version when the page loads, so the switch normally happens in the
 * first seconds. The running page is the old version while the cache now holds the new one, and
 * its not-yet-loaded chunks (the inspector's KaTeX, a restarted engine worker) may be gone from
 * the server: reloading is what makes the page consistent again. The view lives in the address
 * (docs/links.md), so a reload shows the same view. But nobody's work is reloaded away: once the
 * user has touched the page, a notice asks them to reload when it suits them instead.
 */

/**
 * Input that means someone is using the page: a press (mouse, pen, touch), a key, or the wheel
 * (which zooms the landscape). Hovering does not count.
 */
const INTERACTIONS = ['pointerdown', 'keydown', 'wheel'] as const;

export interface UpdateActions {
  reload(): void;
  /** Says a new version is ready (the notice 'pwa.updated', in the language shown). */
  notify(): void;
}

/**
 * Starts watching `target` (the window) for input and returns the handler to call when a new
 * version has taken over: it reloads an untouched page and notifies a used one.
 */
export function createUpdateHandler(
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
  actions: UpdateActions,
): () => void {
  let touched = false;
  const onInput = () => {
    touched = true;
    for (const type of INTERACTIONS) target.removeEventListener(type, onInput, true);
  };
  // Capture phase: a control that stops propagation still counts as use of the page.
  for (const type of INTERACTIONS) target.addEventListener(type, onInput, true);
  return () => {
    if (touched) actions.notify();
    else actions.reload();
  };
}

/**
 * Whether each focused element got its focus from the keyboard or from a pointer (docs/app.md,
 * "Keyboard"). The browser's :focus-visible will not do: Chromium turns it on for the element
 * already focused as soon as any key is pressed, so a tab clicked and then given Home would take
 * the next → for itself. Here the origin is fixed when focus arrives: by the last input before it
 * (a press of a key, or a pointer down), kept per element until it is focused again.
 */

export type FocusOrigin = 'keyboard' | 'pointer';

/** The bookkeeping, apart from the DOM so that it can be tested without one. */
export class FocusOrigins {
  private last: FocusOrigin = 'keyboard';
  private readonly origins = new WeakMap<object, FocusOrigin>();

  /** A key was pressed or a pointer went down. */
  input(kind: FocusOrigin): void {
    this.last = kind;
  }

  /** Focus arrived at `element` (after the input that caused it). */
  focused(element: object): void {
    this.origins.set(element, this.last);
  }

  /** How `element` got its focus; undefined for one never seen focused. */
  originOf(element: object): FocusOrigin | undefined {
    return this.origins.get(element);
  }
}

/** The page's record, filled once `trackFocusOrigins` runs. */
export const focusOrigins = new FocusOrigins();
let tracking = 0;

/**
 * Listens on the document in the capture phase, so the record is written before any handler of
 * the page (React's included) reads it. Returns the function that stops listening.
 */
export function trackFocusOrigins(doc: Document = document): () => void {
  const onKey = () => focusOrigins.input('keyboard');
  const onPointer = () => focusOrigins.input('pointer');
  const onFocus = (event: FocusEvent) => {
    if (event.target) focusOrigins.focused(event.target);
  };
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('pointerdown', onPointer, true);
  doc.addEventListener('mousedown', onPointer, true);
  doc.addEventListener('focusin', onFocus, true);
  tracking++;
  return () => {
    tracking--;
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('pointerdown', onPointer, true);
    doc.removeEventListener('mousedown', onPointer, true);
    doc.removeEventListener('focusin', onFocus, true);
  };
}

/** Whether the record is being kept (else callers fall back on :focus-visible). */
export const trackingFocusOrigins = () => tracking > 0;

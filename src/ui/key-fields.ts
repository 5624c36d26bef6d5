/**
 * The parts of a keyboard event that the app's key mappings read (the timeline's and the
 * presentation's shortcuts, Undo and Redo), copied out so the mappings stay pure functions of
 * plain data and are testable without a DOM.
 */

export interface KeyFields {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

export function keyFieldsOf(event: KeyFields): KeyFields {
  const { key, shiftKey, ctrlKey, metaKey, altKey, defaultPrevented } = event;
  return { key, shiftKey, ctrlKey, metaKey, altKey, defaultPrevented };
}

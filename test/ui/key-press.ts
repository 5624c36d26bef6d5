/** Key presses for the keyboard tests, in the shape src/ui/timeline/shortcuts.ts reads them. */
import { describeTarget, type KeyPress, type KeyTarget } from '../../src/ui/timeline/shortcuts';

/** The page itself as the target, nothing focused: what describeTarget gives for no element. */
export const PAGE_TARGET: KeyTarget = describeTarget(null);

/** A press of `key` on the page with no modifier, not handled yet; `over` changes any of that. */
export const keyPress = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  target: PAGE_TARGET,
  ...over,
});

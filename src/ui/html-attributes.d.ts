/**
 * The HTML attributes Descent uses that React 18's types do not declare (docs/decisions.md,
 * "React 18.3.1, not 19"). React 18 writes an attribute it does not know as it is given, so
 * each is spelt as the DOM spells it (lowercase) and given a string, never a boolean: a boolean
 * for an unknown attribute is dropped with a warning. Their events (`beforetoggle`, `toggle` on
 * a popover) have no React prop in 18: src/ui/a11y/use-popover-toggle.ts listens for them.
 */
import 'react';

declare module 'react' {
  // The merged interface must repeat React's type parameter, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    /** The popover API: `auto` gives light dismiss, Escape and the top layer. */
    popover?: 'auto' | 'manual' | undefined;
    /** The popover's id a button toggles (and keeps out of its light dismiss). */
    popovertarget?: string | undefined;
    /** '' makes the element and its subtree inert; leave it out otherwise. */
    inert?: '' | undefined;
  }
}

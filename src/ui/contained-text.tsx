/**
 * Text that changes often (a run's loss at each slider input, the step at each frame of
 * playback) in a box that contains its layout (issue 17, docs/app.md "Layout"): a new value is
 * laid out within the box and not the page from its root. The box cannot take the text's width
 * by itself: `width` estimates it from the characters (src/ui/optimizers/value-width.ts), so
 * the box changes width, and lays the page out, only when that estimate does (a step's new
 * digit, a loss's new form); with `hold`, a wider width is kept while the text keeps changing
 * (use-held-width.ts). The box's own class gives its height and alignment: size containment
 * leaves it no baseline of its own.
 */
import { useHeldWidth } from './use-held-width';

export function ContainedText({
  text,
  className,
  width,
  hold = false,
}: {
  text: string;
  className: string;
  /** The box's width in `ch` for a text: figuresWidth for a step, valueWidth for a loss. */
  width(text: string): number;
  /** Keep the widest width while the text keeps changing (a loss during a drag). */
  hold?: boolean;
}) {
  const shown = useHeldWidth(width(text), text, hold);
  return (
    <span className={`contained-text ${className}`} style={{ width: `${shown}ch` }}>
      {text}
    </span>
  );
}

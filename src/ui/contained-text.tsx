/**
 * Text that changes often (a run's loss at each slider input, the step at each frame of
 * playback) in a box that contains its layout, as wide as the text (issue 17, docs/app.md
 * "Layout"): a new value is laid out within the box and not the page from its root. The width
 * is estimated from the characters (valueWidth), so the box changes width, and lays the page out,
 * only when the text changes its form ("4.47" → "9.43e-3", "99" → "100"). The box's own class
 * gives its height and alignment: size containment leaves it no baseline of its own.
 */
import { figuresWidth, valueWidth } from './optimizers/value-width';

export function ContainedText({
  text,
  className,
  figures = false,
}: {
  text: string;
  className: string;
  /** A whole number ("120", "1,234"): a box exactly as wide as its figures (figuresWidth). */
  figures?: boolean;
}) {
  const width = figures ? figuresWidth(text) : valueWidth(text);
  return (
    <span className={`contained-text ${className}`} style={{ width: `${width}ch` }}>
      {text}
    </span>
  );
}

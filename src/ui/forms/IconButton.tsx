/**
 * A button whose face is an icon or a sign (×, +, −), so its name for assistive technology is
 * stated apart from what it shows: `label` is the accessible name, `title` the tooltip (a longer
 * sentence, or none). One place for what every such button must carry: `type="button"` (never a
 * form submit), the name, and the square `.button--icon` frame of src/ui/global.css.
 */
import type { ButtonHTMLAttributes, Ref } from 'react';

export interface IconButtonProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'type' | 'aria-label'
> {
  /** The accessible name (the face is only an icon). */
  label: string;
  /** Classes added to the frame's, e.g. the block's own `lesson__close`. */
  className?: string;
  /**
   * false: no `.button` frame, only `className` (a borderless close mark in a header whose
   * block styles it; the schedule editor's).
   */
  framed?: boolean;
  /** The <button> element (a prop of its own: React 18 keeps `ref` from props). */
  buttonRef?: Ref<HTMLButtonElement>;
}

export function IconButton({
  label,
  className,
  framed = true,
  buttonRef,
  ...button
}: IconButtonProps) {
  const frame = framed ? 'button button--icon' : '';
  return (
    <button
      ref={buttonRef}
      type="button"
      className={[frame, className].filter(Boolean).join(' ') || undefined}
      aria-label={label}
      {...button}
    />
  );
}

/** The × that closes a panel, card, dialog or notice. */
export function CloseButton(props: Omit<IconButtonProps, 'children'>) {
  return <IconButton {...props}>×</IconButton>;
}

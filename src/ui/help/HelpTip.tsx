/**
 * A plain-language explanation of a piece of jargon (issue 14 §5): a small "?" button whose
 * accessible description is the explanation (aria-describedby), shown as a bubble on hover, on
 * keyboard focus and on a click or tap (which pins it until the next press elsewhere or Escape).
 * A hover title alone would leave keyboard and touch users without it (docs/accessibility.md).
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { focusedByKeyboard } from '../timeline/shortcuts';
import './HelpTip.css';

interface HelpTipProps {
  /** The word explained, as shown ("f − f*", "ε"): names the button, "What is ε?". */
  term: string;
  /** The explanation. */
  text: string;
  /** data-testid of the button. */
  testId?: string;
}

/** Room kept between the bubble and the window's edges, in CSS pixels. */
const EDGE = 8;
const BUBBLE_WIDTH = 280;

export function HelpTip({ term, text, testId }: HelpTipProps) {
  const t = useT();
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [pinned, setPinned] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const bubble = useRef<HTMLSpanElement>(null);
  const shown = pinned || hovered || focused;

  // Fixed to the window, so that no panel's overflow clips it; kept inside the window.
  // Written on the element before the browser paints it.
  useLayoutEffect(() => {
    if (!shown || !button.current || !bubble.current) return;
    const box = button.current.getBoundingClientRect();
    const width = Math.min(BUBBLE_WIDTH, bubble.current.offsetWidth, window.innerWidth - 2 * EDGE);
    const left = Math.min(
      Math.max(EDGE, box.left + box.width / 2 - width / 2),
      window.innerWidth - width - EDGE,
    );
    bubble.current.style.left = `${left}px`;
    bubble.current.style.top = `${box.bottom + 6}px`;
  }, [shown]);

  // A pinned bubble closes on the next press anywhere else.
  useEffect(() => {
    if (!pinned) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!button.current?.contains(event.target as Node)) setPinned(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [pinned]);

  return (
    <span
      className="help-tip"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      <button
        ref={button}
        type="button"
        className="help-tip__button"
        aria-label={t('jargon.about', { term })}
        aria-describedby={id}
        aria-expanded={shown}
        data-testid={testId}
        onClick={() => setPinned((p) => !p)}
        onFocus={(event) => setFocused(focusedByKeyboard(event.currentTarget))}
        onBlur={() => {
          setFocused(false);
          setPinned(false);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !shown) return;
          // Closes the bubble only; a second Escape hands focus back to the page.
          event.preventDefault();
          event.stopPropagation();
          setPinned(false);
          setFocused(false);
          setHovered(false);
        }}
      >
        ?
      </button>
      <span
        id={id}
        role="tooltip"
        className="popover help-tip__bubble"
        hidden={!shown}
        ref={bubble}
        style={{ maxWidth: BUBBLE_WIDTH }}
      >
        {text}
      </span>
    </span>
  );
}

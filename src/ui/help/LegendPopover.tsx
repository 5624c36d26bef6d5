/**
 * The legend (issue 14 §5, data-testid="legend"): what each mark of the landscape means, each
 * with a drawn sample (LegendSamples.tsx), and the keys (docs/app.md, "Keyboard"). A non-modal
 * dialog under the Legend button: Escape, "?", its close button or a press outside close it, and
 * focus goes back where it was.
 */
import { useEffect, useId, useLayoutEffect, useRef, type RefObject } from 'react';
import { useT } from '../../i18n';
import '../../i18n/en-lesson'; // its words load with this chunk (docs/i18n.md)
import '../../i18n/en-legend'; // its words load with this chunk (docs/i18n.md)
import { useLegend } from './legend-store';
import { LegendSample, type SampleKind } from './LegendSamples';
import { CloseButton } from '../forms/IconButton';

const MARKS: readonly SampleKind[] = [
  'start',
  'minimum',
  'current',
  'trail',
  'end',
  'diverged',
  'averaged',
];

/** Each row of the key list: the keys as drawn, and the key of what they do. */
const KEYS = [
  [['Space'], 'legend.keyPlay'],
  [['←', '→'], 'legend.keyStep'],
  [['Shift', '← →'], 'legend.keyStep10'],
  [['Home', 'End'], 'legend.keyJump'],
  [['Esc'], 'legend.keyEscape'],
  [['?'], 'legend.keyLegend'],
  [['← ↑ → ↓', '+', '−', '0'], 'legend.keyLandscape'],
  [['P', 'H', 'R'], 'legend.keyPresent'],
  [['N', 'B', 'PgDn', 'PgUp'], 'lesson.keys'],
] as const;

/** Room kept below the popover, in CSS pixels. */
const EDGE = 12;

export function LegendPopover({ anchor }: { anchor: RefObject<HTMLElement | null> }) {
  const t = useT();
  const setOpen = useLegend((s) => s.setOpen);
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  // Under the anchor, right-aligned with it, fixed to the window so the landscape cannot clip it;
  // placed on the element before the browser paints it.
  useLayoutEffect(() => {
    const box = anchor.current?.getBoundingClientRect();
    const element = dialog.current;
    if (!box || !element) return;
    const top = box.bottom + 6;
    element.style.top = `${top}px`;
    // Right-aligned with the anchor, moved left no further than the window's edge allows.
    const room = window.innerWidth - EDGE - element.offsetWidth;
    element.style.right = `${Math.max(EDGE, Math.min(window.innerWidth - box.right, room))}px`;
    element.style.maxHeight = `${window.innerHeight - top - EDGE}px`;
  }, [anchor]);

  // Focus moves in (a dialog), and back to where it was when the legend closes.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    close.current?.focus({ preventScroll: true });
    return () => {
      if (before && before !== document.body && before.isConnected) before.focus();
      else (document.activeElement as HTMLElement | null)?.blur?.();
    };
  }, []);

  // A press outside (the Legend button toggles it itself) closes it.
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (dialog.current?.contains(target) || anchor.current?.contains(target)) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [anchor, setOpen]);

  return (
    <div
      ref={dialog}
      className="popover legend"
      role="dialog"
      aria-labelledby={titleId}
      data-testid="legend"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' && event.key !== '?') return;
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
      }}
    >
      <header className="legend__header">
        <h2 id={titleId} className="legend__title">
          {t('legend.title')}
        </h2>
        <CloseButton
          buttonRef={close}
          className="legend__close"
          label={t('legend.close')}
          onClick={() => setOpen(false)}
        />
      </header>
      <div className="legend__body">
        <ul className="legend__marks">
          {MARKS.map((kind) => (
            <li key={kind} className="legend__mark" data-testid={`legend-${kind}`}>
              <LegendSample kind={kind} />
              <span>
                <strong className="legend__name">{t(`legend.${kind}`)}</strong>
                <span className="legend__text">{t(`legend.${kind}Text`)}</span>
              </span>
            </li>
          ))}
        </ul>
        <section className="legend__keys-column" aria-labelledby={`${titleId}-keys`}>
          <h3 id={`${titleId}-keys`} className="legend__subtitle">
            {t('legend.keysTitle')}
          </h3>
          <dl className="legend__keys" data-testid="legend-keys">
            {KEYS.map(([keys, what]) => (
              <div key={what} className="legend__key-row">
                <dt>
                  {keys.map((key) => (
                    <kbd key={key}>{key}</kbd>
                  ))}
                </dt>
                <dd>{t(what)}</dd>
              </div>
            ))}
          </dl>
          <p className="legend__note">{t('legend.keysNote')}</p>
        </section>
      </div>
    </div>
  );
}

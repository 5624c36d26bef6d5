/**
 * The number of steps of the scenario, as a number field. Typing does not rerun anything: the
 * value is committed on Enter, on leaving the field and on the spinner arrows (the DOM's change
 * event), clamped to 1 … MAX_STEPS; Escape restores the current value.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { MAX_STEPS } from '../../scenario/validate';
import { appStore, useApp } from '../../state/store';
import { useT } from '../../i18n';

/** Sets the steps from a typed value; blank or invalid text keeps the current value. */
function commit(text: string): void {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) return;
  const steps = Math.max(1, Math.min(MAX_STEPS, Math.round(value)));
  // An unchanged value would still make a new scenario and rerun every optimizer.
  if (steps !== appStore.getState().scenario.steps) appStore.getState().setSteps(steps);
}

export function StepsField() {
  const t = useT();
  const steps = useApp((s) => s.scenario.steps);
  const [draft, setDraft] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  // React's onChange fires per keystroke; the native change event is the commit point.
  useEffect(() => {
    const element = input.current;
    if (!element) return;
    const onChange = () => {
      commit(element.value);
      setDraft(null);
    };
    element.addEventListener('change', onChange);
    return () => element.removeEventListener('change', onChange);
  }, []);

  return (
    <div className="timeline__steps">
      <label htmlFor={id} className="timeline__label">
        {t('timeline.steps')}
      </label>
      <input
        ref={input}
        id={id}
        className="timeline__steps-input numeric"
        type="number"
        aria-label={t('timeline.stepsField')}
        min={1}
        max={MAX_STEPS}
        step={1}
        value={draft ?? String(steps)}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            commit(event.currentTarget.value);
            setDraft(null);
          } else if (event.key === 'Escape') {
            setDraft(null);
            event.currentTarget.blur();
          }
        }}
        onBlur={() => setDraft(null)}
      />
    </div>
  );
}

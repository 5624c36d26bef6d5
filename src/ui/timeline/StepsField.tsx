/**
 * The number of steps of the scenario, as a number field. Typing does not rerun anything: the
 * value is committed on Enter, on leaving the field and on the spinner arrows (the DOM's change
 * event), clamped to 1 … MAX_STEPS with a note saying so (steps.ts); Escape restores the current
 * value.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { MAX_STEPS } from '../../scenario/validate';
import { appStore, useApp } from '../../state/store';
import { useT } from '../../i18n';
import { readSteps } from './steps';

/** Sets the steps from the field's value; returns the note to show (null for none). */
function commit(field: HTMLInputElement): string | null {
  const { steps, message } = readSteps(field.value, field.validity.badInput);
  // An unchanged value would still make a new scenario and rerun every optimizer.
  if (steps !== null && steps !== appStore.getState().scenario.steps)
    appStore.getState().setSteps(steps);
  return message;
}

export function StepsField() {
  const t = useT();
  const steps = useApp((s) => s.scenario.steps);
  const [draft, setDraft] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const noteId = useId();

  // React's onChange fires per keystroke; the native change event is the commit point.
  useEffect(() => {
    const element = input.current;
    if (!element) return;
    const onChange = () => {
      // After Enter this fires again with the committed value: keep the note Enter set.
      const message = commit(element);
      if (message !== null) setNote(message);
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
        aria-describedby={note !== null ? noteId : undefined}
        min={1}
        max={MAX_STEPS}
        step={1}
        value={draft ?? String(steps)}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
          setNote(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            setNote(commit(event.currentTarget));
            setDraft(null);
          } else if (event.key === 'Escape') {
            setDraft(null);
            setNote(null);
            event.currentTarget.blur();
          }
        }}
        onBlur={() => setDraft(null)}
      />
      {note !== null && (
        <p id={noteId} className="timeline__steps-note" role="status">
          {note}
        </p>
      )}
    </div>
  );
}

/**
 * The number of steps of the scenario, as a number field. Typing does not rerun anything: the
 * value is committed on Enter, on leaving the field and on the spinner arrows (the DOM's change
 * event), clamped to 1 … MAX_STEPS with a note saying so (steps.ts); Escape restores the current
 * value.
 */
import { useEffect, useId, useRef } from 'react';
import { MAX_STEPS } from '../../scenario/validate';
import { appStore, useApp } from '../../state/store';
import { useT } from '../../i18n';
import { readSteps } from './steps';
import { useDraftNumber } from '../forms/use-draft-number';
import type { Parsed } from '../forms/draft-number';

/** The field's text read as steps; `badInput`: the browser could not read it (steps.ts). */
function parseSteps(text: string, badInput: boolean): Parsed<number> {
  const { steps, message } = readSteps(text, badInput);
  return steps === null ? { ok: false, message } : { ok: true, value: steps, message };
}

export function StepsField() {
  const t = useT();
  const steps = useApp((s) => s.scenario.steps);
  const input = useRef<HTMLInputElement>(null);
  const field = useDraftNumber({
    value: steps,
    format: String,
    parse: (text) => parseSteps(text, input.current?.validity.badInput ?? false),
    onCommit: (next) => appStore.getState().setSteps(next),
    // A spinner: the value comes back, with the note saying why (docs/hostile-input.md).
    keepInvalid: false,
  });
  const note = field.message;
  const id = useId();
  const noteId = useId();

  // React's onChange fires per keystroke; the native change event is the commit point.
  useEffect(() => {
    const element = input.current;
    if (!element) return;
    // After Enter this fires again with the committed value: keep the note Enter set.
    const onChange = () => field.commit(element.value, { keepMessage: true });
    element.addEventListener('change', onChange);
    return () => element.removeEventListener('change', onChange);
  });

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
        value={field.text}
        onChange={(event) => field.edit(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') field.commit(event.currentTarget.value);
          else if (event.key === 'Escape') {
            // The committed value back in the element before it loses focus: the blur's native
            // change event then has nothing to commit (it would commit the typed text).
            event.currentTarget.value = String(steps);
            field.revert();
            event.currentTarget.blur();
          }
        }}
        onBlur={field.dropDraft}
      />
      {note !== null && (
        <p id={noteId} className="timeline__steps-note" role="status">
          {note}
        </p>
      )}
    </div>
  );
}

/**
 * Share: the link of this view, a lesson link showing only chosen controls, an embed snippet,
 * and the scenario as a file (export, import). A native modal <dialog>: focus trap, Escape and
 * the inert page come with it; focus returns to the Share button on close.
 */
import { useId, useRef, useState } from 'react';
import { HYPERPARAMS, hyperparamsOf } from '../../core/optimizers/hyperparams';
import { LESSON_EXTRAS, type LessonControl } from '../../state/lesson';
import { appStore, useApp } from '../../state/store';
import { problemInfo } from '../../state/selectors';
import { exportScenario } from '../../url/import';
import { downloadText } from './clipboard';
import { CopyField } from './CopyField';
import { baseUrl, embedSnippet, shareLink } from './links';
import { openScenarioFile } from './open-file';
import { linkCarriesData, ownPoints } from '../../url/data-param';
import './ShareDialog.css';

export function ShareButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          dialog.current?.showModal();
          setOpen(true);
        }}
      >
        Share
      </button>
      <dialog
        ref={dialog}
        className="modal share"
        aria-labelledby={titleId}
        onClose={() => {
          setOpen(false);
          button.current?.focus();
        }}
        onClick={(event) => {
          // A click on the backdrop (the dialog element itself, outside its content) closes it.
          if (event.target === dialog.current) dialog.current.close();
        }}
      >
        {open && <ShareContent titleId={titleId} close={() => dialog.current?.close()} />}
      </dialog>
    </>
  );
}

function ShareContent({ titleId, close }: { titleId: string; close(): void }) {
  const state = useApp((s) => s);
  const base = baseUrl(window.location);
  const used = new Set<LessonControl>(
    state.scenario.optimizers.flatMap((o) => hyperparamsOf(o.type)),
  );
  const offered: LessonControl[] = [
    ...(Object.keys(HYPERPARAMS) as LessonControl[]).filter((name) => used.has(name)),
    ...(Object.keys(LESSON_EXTRAS) as LessonControl[]),
  ];
  const [lesson, setLesson] = useState<LessonControl[]>(state.lesson ?? []);
  const toggle = (control: LessonControl) =>
    setLesson((list) =>
      list.includes(control) ? list.filter((c) => c !== control) : [...list, control],
    );

  const link = shareLink(state, base, { lesson: state.lesson });
  const lessonLink = shareLink(state, base, { lesson: lesson.length ? lesson : null });
  const embedLink = shareLink(state, base, { embed: true, lesson: null });
  const title = `Descent: ${state.scenario.optimizers.length} optimizers on ${problemInfo(state.scenario.problem).title}`;
  const file = useRef<HTMLInputElement>(null);

  return (
    <div className="share__content">
      <header className="share__header">
        <h2 id={titleId} className="share__title">
          Share this view
        </h2>
        <button type="button" className="button button--icon" aria-label="Close" onClick={close}>
          ×
        </button>
      </header>

      <CopyField label="Link to exactly this view" value={link} action="Copy link" />
      {!linkCarriesData(state.scenario) && (
        <p className="share__warning" role="note" data-testid="share-data-warning">
          Your own data ({ownPoints(state.scenario)?.length.toLocaleString('en')} points) are too
          many for a link: whoever opens it sees the generated data, and is told so. Export the
          scenario file below to share them.
        </p>
      )}

      <fieldset className="share__lesson">
        <legend>Lesson link: show only these controls</legend>
        <div className="share__controls">
          {offered.map((control) => (
            <label key={control} className="share__control">
              <input
                type="checkbox"
                checked={lesson.includes(control)}
                onChange={() => toggle(control)}
              />
              {control in HYPERPARAMS
                ? HYPERPARAMS[control as keyof typeof HYPERPARAMS].label
                : LESSON_EXTRAS[control as keyof typeof LESSON_EXTRAS]}
            </label>
          ))}
        </div>
        <CopyField
          label={
            lesson.length ? 'Lesson link' : 'Lesson link (tick the controls the class may use)'
          }
          value={lessonLink}
          action="Copy lesson link"
        />
      </fieldset>

      <CopyField
        label="Embed in a page or slides (landscape and timeline only)"
        value={embedSnippet(embedLink, title)}
        action="Copy embed code"
        multiline
      />

      <div className="share__files">
        <span className="share__files-label">Scenario file (the JSON the command line runs)</span>
        <button
          type="button"
          className="button"
          onClick={() => downloadText(exportScenario(state.scenario), 'descent-scenario.json')}
        >
          Export JSON
        </button>
        <button type="button" className="button" onClick={() => file.current?.click()}>
          Import JSON…
        </button>
        <input
          ref={file}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          aria-label="Scenario file to import"
          tabIndex={-1}
          onChange={async (event) => {
            const chosen = event.target.files?.[0];
            event.target.value = '';
            if (chosen && (await openScenarioFile(appStore, chosen))) close();
          }}
        />
        <span className="share__hint">or drop a file anywhere on the page</span>
      </div>
    </div>
  );
}

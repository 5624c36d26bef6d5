/**
 * The Share dialog's content (ShareDialog.tsx holds the button and the <dialog>, and loads this
 * module on demand): the link of this view, a lesson link showing only chosen controls, an embed
 * snippet, and the scenario as a file (export, import).
 */
import { useState, type ReactNode } from 'react';
import { DialogHeader } from '../dialog/DialogHeader';
import { OpenFileButton } from '../forms/OpenFileButton';
import { HYPERPARAMS, hyperparamsOf } from '../../core/optimizers/hyperparams';
import { LESSON_EXTRAS, type LessonControl } from '../../state/lesson';
import { appStore, useAppAll } from '../../state/store';
import { problemInfo } from '../../state/selectors';
import { exportScenario } from '../../url/import';
import { downloadText } from './clipboard';
import { CopyField } from './CopyField';
import { ShareQr } from './ShareQr';
import { baseUrl, embedSnippet, shareLink } from './links';
import { openScenarioFile } from './open-file';
import { linkCarriesData, ownPoints } from '../../url/data-param';
import { useT } from '../../i18n';
import '../../i18n/en-inspect'; // its words load with this chunk (docs/i18n.md)
import '../../i18n/en-share'; // its words load with this chunk (docs/i18n.md)
import { problemText } from '../../i18n/problem-text';
import { hyperparamLabel } from '../../i18n/text';
import { LessonShareLink } from '../lesson/LessonShareLink';

/** A ticked or unticked choice of what the shared link carries. */
function ShareControl(props: {
  checked: boolean;
  onChange(checked: boolean): void;
  children: ReactNode;
}) {
  return (
    <label className="share__control">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      {props.children}
    </label>
  );
}

export function ShareContent({ titleId, close }: { titleId: string; close(): void }) {
  const t = useT();
  // The whole state, as the link functions take it (a dialog: its renders do not matter).
  const state = useAppAll((s) => s);
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

  // How the link opens in class (issue 14): as the view is now until the teacher changes it.
  const [present, setPresent] = useState(state.presenting);
  const [predict, setPredict] = useState(state.predicting);
  const link = shareLink(state, base, { lesson: state.lesson, present, predict });
  const lessonLink = shareLink(state, base, {
    lesson: lesson.length ? lesson : null,
    present,
    predict,
  });
  const embedLink = shareLink(state, base, { embed: true, lesson: null });
  const title = t('share.embedTitle', {
    count: state.scenario.optimizers.length,
    problem: problemText(problemInfo(state.scenario.problem)).title,
  });

  return (
    <div className="share__content">
      <DialogHeader
        block="share"
        titleId={titleId}
        title={t('share.title')}
        closeLabel={t('share.close')}
        onClose={close}
      />

      <div className="share__top">
        <div className="share__main">
          <CopyField label={t('share.link')} value={link} action={t('share.copyLink')} />
          {!linkCarriesData(state.scenario) && (
            <p className="share__warning" role="note" data-testid="share-data-warning">
              {t('share.dataWarning', {
                count: ownPoints(state.scenario)?.length.toLocaleString('en') ?? '',
              })}
            </p>
          )}
          <fieldset className="share__class">
            <legend>{t('shareClass.legend')}</legend>
            <ShareControl checked={present} onChange={setPresent}>
              {t('shareClass.present')}
            </ShareControl>
            <ShareControl checked={predict} onChange={setPredict}>
              {t('shareClass.predict')}
            </ShareControl>
          </fieldset>
        </div>
        {/* The lesson link once controls are ticked: the link the class is meant to open. */}
        <ShareQr text={lesson.length ? lessonLink : link} />
      </div>

      {/* While a lesson is open: the link to its step (src/ui/lesson/LessonShareLink.tsx). */}
      <LessonShareLink base={base} present={present} />

      <fieldset className="share__lesson">
        <legend>{t('share.lesson')}</legend>
        <div className="share__controls">
          {offered.map((control) => (
            <ShareControl
              key={control}
              checked={lesson.includes(control)}
              onChange={() => toggle(control)}
            >
              {control in HYPERPARAMS
                ? hyperparamLabel(control as keyof typeof HYPERPARAMS)
                : t(`lessonControl.${control as keyof typeof LESSON_EXTRAS}`)}
            </ShareControl>
          ))}
        </div>
        <CopyField
          label={lesson.length ? t('share.lessonLink') : t('share.lessonLinkEmpty')}
          value={lessonLink}
          action={t('share.copyLessonLink')}
        />
      </fieldset>

      <CopyField
        label={t('share.embed')}
        value={embedSnippet(embedLink, title)}
        action={t('share.copyEmbed')}
        multiline
      />

      <div className="share__files">
        <span className="share__files-label">{t('share.files')}</span>
        <button
          type="button"
          className="button"
          onClick={() => downloadText(exportScenario(state.scenario), 'descent-scenario.json')}
        >
          {t('share.export')}
        </button>
        <OpenFileButton
          label={t('share.import')}
          inputLabel={t('share.importFile')}
          accept=".json,application/json"
          onFile={async (chosen) => {
            if (chosen && (await openScenarioFile(appStore, chosen))) close();
          }}
        />
        <span className="share__hint">{t('share.drop')}</span>
      </div>
    </div>
  );
}

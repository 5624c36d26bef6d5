/**
 * The draft's steps in order: each by its number and title (the selected one marked, a step with
 * something to fix marked red), with buttons to move it up or down, duplicate or remove it, each
 * named for assistive technology ("Move step 2 up").
 */
import { useT } from '../../../i18n';
import { useApp } from '../../../state/store';
import { textIn } from '../../../lessons/local-text';
import { duplicateStep, moveStep, removeStep } from '../../../lessons/authoring/draft';
import { stepHasError, type DraftCheck } from '../../../lessons/authoring/check';
import { LineIcon } from '../../svg-icon';
import { useDraft } from './draft-store';

/** Icons: a chevron up, down; two sheets; a cross. */
const ICONS = {
  up: 'M4 10l4-4 4 4',
  down: 'M4 6l4 4 4-4',
  duplicate: 'M5.5 5.5h7v7h-7zM3.5 10.5v-7h7',
  remove: 'M4 4l8 8M12 4l-8 8',
} as const;

export function StepList({ check }: { check: DraftCheck }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const { draft, selected, edit, remove, select } = useDraft();
  const count = draft.steps.length;
  if (count === 0) return <p className="lesson-editor__empty">{t('lessonEditorForm.noSteps')}</p>;

  const tool = (icon: keyof typeof ICONS, label: string, onClick: () => void, disabled = false) => (
    <button
      type="button"
      className="button button--icon lesson-editor__tool"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      <LineIcon d={ICONS[icon]} strokeWidth={1.6} />
    </button>
  );

  return (
    <ol className="lesson-editor__steps" aria-label={t('lessonEditorForm.stepsLabel')}>
      {draft.steps.map((step, i) => {
        const n = i + 1;
        const wrong = stepHasError(check, i);
        const title = textIn(step.title, lang).trim() || t('lessonEditorForm.untitled');
        return (
          <li
            key={i}
            className={`lesson-editor__step${i === selected ? ' is-selected' : ''}${wrong ? ' is-wrong' : ''}`}
            data-testid="editor-step"
          >
            <button
              type="button"
              className="bare-button lesson-editor__step-button"
              aria-current={i === selected ? 'step' : undefined}
              onClick={() => select(i)}
            >
              <span className="lesson-editor__step-number">{n}</span>
              <span className="lesson-editor__step-title">{title}</span>
            </button>
            <span className="lesson-editor__tools">
              {tool(
                'up',
                t('lessonEditorForm.moveUp', { n }),
                () => edit(moveStep(draft, i, -1), i - 1),
                i === 0,
              )}
              {tool(
                'down',
                t('lessonEditorForm.moveDown', { n }),
                () => edit(moveStep(draft, i, 1), i + 1),
                i === count - 1,
              )}
              {tool('duplicate', t('lessonEditorForm.duplicate', { n }), () =>
                edit(duplicateStep(draft, i), i + 1),
              )}
              {tool('remove', t('lessonEditorForm.remove', { n }), () =>
                remove(removeStep(draft, i), i < selected ? selected - 1 : selected),
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

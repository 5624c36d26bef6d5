/**
 * The share dialog's "Link to this lesson step" (lesson-link.ts), while a lesson is open: the
 * link a teacher puts on a slide or sends, which opens the step's own view.
 */
import { useT } from '../../i18n';
import '../../i18n/en-lesson'; // its words load with this chunk (docs/i18n.md)
import { useApp } from '../../state/store';
import { CopyField } from '../share/CopyField';
import { lessonStepLink } from './lesson-link';

export function LessonShareLink({ base, present }: { base: string; present: boolean }) {
  const t = useT();
  const open = useApp((s) => s.lessonPlayer);
  const step = useApp((s) => s.lessonStep);
  const lang = useApp((s) => s.lang);
  if (!open) return null;
  const { link, needsFile } = lessonStepLink(base, open, step, { lang, present });
  return (
    <div className="share__lesson-step" data-testid="share-lesson-step">
      <CopyField label={t('lesson.shareLink')} value={link} action={t('lesson.shareCopy')} />
      {needsFile && (
        <p className="share__warning" role="note">
          {t('lesson.shareImported')}
        </p>
      )}
    </div>
  );
}

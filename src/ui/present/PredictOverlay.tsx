/**
 * Predict-then-reveal (issue 7): while the runs are hidden, the landscape says what to do and
 * offers the reveal. The class sees the surface, the start and the optimizers' settings, and
 * guesses; R (or the button) shows the runs unfolding from step 0 (whole and paused when the
 * reader asks for reduced motion: src/ui/a11y/motion.ts).
 */
import { revealRuns } from '../a11y/motion';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';
import { questionPending } from '../../state/lesson-steps';
import './present.css';

export function PredictOverlay() {
  const t = useT();
  // A lesson's question asks in its panel (src/ui/lesson): the overlay points there.
  const lessonAsks = useApp(questionPending);
  return (
    <div className="predict-overlay" data-testid="predict-overlay">
      <p className="predict-overlay__text">
        {t('present.question')}{' '}
        <span>{lessonAsks ? t('lesson.overlay') : t('present.predict')}</span>
      </p>
      <button
        type="button"
        className="button button--primary predict-overlay__reveal"
        onClick={() => revealRuns()}
        aria-keyshortcuts="R"
      >
        {t('present.reveal')}
      </button>
    </div>
  );
}

/** What the charts show while the runs are hidden. */
export function PredictNotice() {
  const t = useT();
  return (
    <p className="predict-notice" data-testid="predict-notice">
      {t('present.hidden')}
    </p>
  );
}

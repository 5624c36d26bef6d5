/**
 * Predict-then-reveal (issue 7): while the runs are hidden, the landscape says what to do and
 * offers the reveal. The class sees the surface, the start and the optimizers' settings, and
 * guesses; R (or the button) shows the runs unfolding from step 0 (whole and paused when the
 * reader asks for reduced motion: src/ui/a11y/motion.ts). A lesson step's question is asked here
 * in its place (src/ui/lesson/LessonPrediction.tsx), answering it reveals the runs.
 */
import { Suspense } from 'react';
import { revealRuns } from '../a11y/motion';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';
import { questionPending } from '../../state/lesson-player-slice';
import { lazyPart } from '../lazy/lazy-part';
import { loadLessonPanel } from '../lesson/LessonSlot';
import './present.css';

// A lesson's question (src/ui/lesson), from the player's chunk, loaded already when one asks.
const LessonQuestion = lazyPart(loadLessonPanel, (m) => m.LessonQuestion);

export function PredictOverlay() {
  // A lesson step's own question takes the overlay's place: the class answers it here.
  const lessonAsks = useApp(questionPending);
  return (
    <div
      className={`predict-overlay${lessonAsks ? ' predict-overlay--lesson' : ''}`}
      data-testid="predict-overlay"
    >
      {lessonAsks ? (
        <Suspense fallback={<PredictPrompt />}>
          <LessonQuestion />
        </Suspense>
      ) : (
        <PredictPrompt />
      )}
    </div>
  );
}

/** The overlay's own words and the reveal. */
function PredictPrompt() {
  const t = useT();
  return (
    <>
      <p className="predict-overlay__text">
        {t('present.question')} <span>{t('present.predict')}</span>
      </p>
      <button
        type="button"
        className="button button--primary predict-overlay__reveal"
        onClick={() => revealRuns()}
        aria-keyshortcuts="R"
      >
        {t('present.reveal')}
      </button>
    </>
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

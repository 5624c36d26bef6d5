/**
 * Where the lesson player goes: at the top of the side column, while the link names a lesson.
 * The player's code (its panel, the Markdown and condition readers) loads only then (issue 8:
 * the first view's JavaScript has a budget; docs/app.md, "The lesson player").
 */
import { Suspense } from 'react';
import { useApp } from '../../state/store';
import { onDemand } from '../lazy/on-demand';
import { LazyFallback, lazyPart } from '../lazy/lazy-part';
import { ErrorBoundary } from '../ErrorBoundary';

/** The player's chunk: the panel, and the question the predict overlay shows (LessonQuestion). */
export const loadLessonPanel = onDemand(() => import('./LessonPanel'));
const LessonPanel = lazyPart(loadLessonPanel, (m) => m.LessonPanel);

export function LessonSlot() {
  const named = useApp((s) => s.lessonId !== null || s.lessonData !== null);
  if (!named) return null;
  return (
    <ErrorBoundary panel="lesson">
      <Suspense fallback={<LazyFallback />}>
        <LessonPanel />
      </Suspense>
    </ErrorBoundary>
  );
}

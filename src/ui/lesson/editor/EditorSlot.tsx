/**
 * Where the lesson editor mounts (beside the Lessons menu, which opens it): its dialog while it
 * is open, and the button back to it while the draft is previewed in the player. Both load on
 * first use, like the player (LessonSlot.tsx): the first view carries only this slot.
 */
import { Suspense } from 'react';
import { onDemand } from '../../lazy/on-demand';
import { lazyPart } from '../../lazy/lazy-part';
import { ErrorBoundary } from '../../ErrorBoundary';
import { useApp } from '../../../state/store';
import { useEditorOpen } from './editor-open';

/** The editor's chunk: its dialog, the draft's store, the actions the menu calls. */
export const loadEditor = onDemand(() => import('./LessonEditor'));
const LessonEditor = lazyPart(loadEditor, (m) => m.LessonEditor);
const PreviewReturn = lazyPart(loadEditor, (m) => m.PreviewReturn);

export function EditorSlot() {
  const open = useEditorOpen((s) => s.open);
  const previewing = useEditorOpen((s) => s.previewing);
  const playing = useApp((s) => s.lessonPlayer !== null);
  if (!open && !(previewing && playing)) return null;
  return (
    <ErrorBoundary panel="lesson">
      <Suspense fallback={null}>{open ? <LessonEditor /> : <PreviewReturn />}</Suspense>
    </ErrorBoundary>
  );
}

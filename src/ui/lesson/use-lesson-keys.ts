/**
 * The lesson player's document-wide keys while a lesson is open (lesson-keys.ts): N / Page Down
 * for the next step, B / Page Up for the one before.
 */
import { useEffect, useRef } from 'react';
import { keyPressOf } from '../timeline/shortcuts';
import { lessonKeyAction, type LessonKeyAction } from './lesson-keys';

export function useLessonKeys(onAction: (action: LessonKeyAction) => void): void {
  // The latest handler, without re-adding the listener on every render.
  const handler = useRef(onAction);
  useEffect(() => {
    handler.current = onAction;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = lessonKeyAction(keyPressOf(event));
      if (!action) return;
      event.preventDefault();
      handler.current(action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

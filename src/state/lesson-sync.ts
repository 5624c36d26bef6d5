/**
 * The lesson player's side effects (docs/lessons.md, "The player"): when the link names a lesson
 * (`lesson=`, `lessonData=`), it is loaded (src/lessons/catalog.ts, code loaded on first use) and
 * shown with the student's progress; when it names none, the player closes. A link that names
 * only the lesson (and step, language, presentation) opens that step's own view; a link that
 * also holds a view (a student's own state, a reload) keeps it, with the player at that step.
 * A lesson that cannot be opened, or a step it does not have, gets a link notice, and the app
 * goes on as the rest of the link says. Progress is kept per lesson as it changes.
 */
import type { AppState } from './app-state';
import type { LessonRef } from './lesson-player-state';
import type { AppStore } from './store';
import { NO_LESSON } from './lesson-player-slice';
import { isLessonNamed, lessonRefOf, openLessonAt, progressOf } from './lesson-steps';
import { lessonLinkForm, type LessonLinkForm } from '../lessons/step-link';
import { lessonStorage, writeProgress } from '../lessons/progress';
import type { LessonRefusal, LessonStorage } from '../lessons/catalog';
import type { NoticeWords } from '../url/notice-words';
import { textIn } from '../lessons/local-text';

const sameRef = (a: LessonRef | null, b: LessonRef | null) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Starts following the link's lesson, once the link the page opened with (`openedQuery`, as it
 * was before the URL sync wrote it back in full) is in the store; `storage` keeps imported
 * lessons and progress (the browser's localStorage in the app). Returns the stop.
 */
export function startLessonSync(
  store: AppStore,
  openedQuery: string,
  storage: LessonStorage | null = lessonStorage(),
): () => void {
  /** How the page's own link asks for its lesson; later lessons come with their view. */
  let opening: LessonLinkForm | null = lessonLinkForm(openedQuery);
  let loading: LessonRef | null = null;

  /** A notice about `param`: its English, and its words in every language. */
  const notice = (param: string, text: string, said: NoticeWords) =>
    store
      .getState()
      .setLinkNotices([
        ...store.getState().linkNotices,
        { text: `${param}: ${text}`, said, about: param },
      ]);

  const follow = (state: AppState) => {
    const ref = lessonRefOf(state);
    const form = opening ?? { bare: false, namesStep: true };
    opening = null;
    if (!ref) {
      loading = null;
      if (state.lessonPlayer) store.setState({ ...NO_LESSON });
      if (state.lessonStep !== 0) {
        notice('step', 'no lesson is named (lesson=…); ignored', {
          key: 'lesson.noLessonNamed',
          values: {},
        });
        store.setState({ lessonStep: 0 });
      }
      return;
    }
    if (isLessonNamed(state.lessonPlayer, ref) || sameRef(loading, ref)) return;
    loading = ref;
    import('../lessons/catalog')
      .then(({ loadLesson }) => loadLesson(ref, storage))
      .catch((): LessonRefusal => ({
        error: 'the lesson player could not be loaded; check the connection and reload',
        said: { key: 'lesson.playerUnavailable', values: {} },
      }))
      .then((load) => {
        if (!sameRef(loading, ref)) return; // another lesson was named meanwhile
        loading = null;
        if ('error' in load) {
          store.setState({ ...NO_LESSON });
          notice('lesson', load.error, load.said);
          return;
        }
        const now = store.getState();
        const { lesson } = load.open;
        const count = lesson.steps.length;
        let step = now.lessonStep;
        let stepNotice: (() => void) | null = null;
        if (step >= count) {
          const values = { title: textIn(lesson.title, now.lang), count, step: step + 1 };
          stepNotice = () =>
            notice(
              'step',
              `“${values.title}” has ${count} steps, not ${values.step}; step 1 is shown`,
              { key: 'lesson.noSuchStep', values },
            );
          step = 0;
        }
        // A link that carries its lesson names it by that alone.
        if ('data' in ref && now.lessonId !== null) store.setState({ lessonId: null });
        const progress = progressOf(load.open, storage);
        if (form.bare)
          openLessonAt(store, load.open, progress, form.namesStep ? step : undefined, 'replace');
        else {
          store.getState().setLessonOpen(load.open, progress);
          if (step !== now.lessonStep) store.setState({ lessonStep: step });
        }
        stepNotice?.();
      });
  };

  follow(store.getState());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.lessonId !== previous.lessonId || state.lessonData !== previous.lessonData)
      follow(state);
    const open = state.lessonPlayer;
    if (
      open &&
      (open !== previous.lessonPlayer ||
        state.lessonStep !== previous.lessonStep ||
        state.lessonAnswers !== previous.lessonAnswers ||
        state.lessonTasksDone !== previous.lessonTasksDone) &&
      isLessonNamed(open, lessonRefOf(state))
    )
      writeProgress(storage, open.lesson.id, {
        step: state.lessonStep,
        answers: state.lessonAnswers,
        done: state.lessonTasksDone,
      });
  });
  return unsubscribe;
}

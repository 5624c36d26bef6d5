/**
 * The draft being written and the step selected in it (docs/lessons.md, "Writing a lesson in
 * the app"): a store of the editor's chunk, read from this browser's storage when the chunk
 * loads and written back at every change (src/lessons/authoring/storage.ts), so that a reload
 * or a crash loses nothing. A lesson that would replace a draft with steps waits in `pending`
 * until the teacher says yes (LessonEditor's confirmation), and a removal can be undone until the
 * next edit, so that nothing is lost by a click.
 */
import { create } from 'zustand';
import { currentLang } from '../../../i18n';
import type { Lesson } from '../../../lessons/types';
import { newDraft } from '../../../lessons/authoring/draft';
import { discardDraft, loadDraft, saveDraft } from '../../../lessons/authoring/storage';
import { lessonStorage } from '../../../lessons/progress';

export interface DraftState {
  draft: Lesson;
  /** The step shown in the form, 0-based (0 also when there is none). */
  selected: number;
  /** A lesson waiting to replace the draft (an opened file, a copy of the open lesson). */
  pending: Lesson | null;
  /** The storage refused the last write: the draft lives only in this tab. */
  unsaved: boolean;
  /** The draft before a removal (a step, a question, a task), until the next edit. */
  undo: { draft: Lesson; selected: number } | null;
  /** Replaces the draft (an edit: draft.ts returns the new lesson), selecting `selected`. */
  edit(draft: Lesson, selected?: number): void;
  /** An edit that removes something: Undo brings it back until the next edit. */
  remove(draft: Lesson, selected?: number): void;
  /** Brings back what the last removal took. */
  restore(): void;
  select(index: number): void;
  /** Replaces the draft now when it has no steps, else asks first (`pending`). */
  offer(lesson: Lesson): void;
  /** Answers the question `offer` asked. */
  settle(replace: boolean): void;
  /** Forgets the draft: a new, empty one. */
  discard(): void;
}

const clampStep = (draft: Lesson, index: number) =>
  Math.max(0, Math.min(index, draft.steps.length - 1));

const stored = loadDraft(lessonStorage());

export const useDraft = create<DraftState>()((set, get) => ({
  draft: stored?.lesson ?? newDraft(currentLang()),
  selected: stored?.selected ?? 0,
  pending: null,
  unsaved: false,
  undo: null,
  edit: (draft, selected = get().selected) =>
    set({ draft, selected: clampStep(draft, selected), undo: null }),
  remove: (draft, selected = get().selected) => {
    const { draft: before, selected: was } = get();
    set({ draft, selected: clampStep(draft, selected), undo: { draft: before, selected: was } });
  },
  restore: () => {
    const { undo } = get();
    if (undo) set({ ...undo, undo: null });
  },
  select: (index) => set({ selected: clampStep(get().draft, index) }),
  offer: (lesson) =>
    get().draft.steps.length === 0 ? set({ draft: lesson, selected: 0 }) : set({ pending: lesson }),
  settle: (replace) => {
    const { pending } = get();
    set(
      replace && pending
        ? { draft: pending, selected: 0, pending: null, undo: null }
        : { pending: null },
    );
  },
  discard: () => {
    set({ draft: newDraft(currentLang()), selected: 0, pending: null, undo: null });
    // After the write the change above made: no draft is kept until the next edit.
    discardDraft(lessonStorage());
  },
}));

// Every change is kept at once: a crash a second later loses nothing.
useDraft.subscribe((state, previous) => {
  if (state.draft === previous.draft && state.selected === previous.selected) return;
  const kept = saveDraft(lessonStorage(), { lesson: state.draft, selected: state.selected });
  if (kept === state.unsaved) useDraft.setState({ unsaved: !kept });
});

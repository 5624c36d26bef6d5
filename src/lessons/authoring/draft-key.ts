/**
 * Where the draft is kept, and whether there is one: apart from storage.ts so that the Lessons
 * menu (first view) can ask without loading the lesson reader (issue 8: the first view's
 * JavaScript has a budget). Pure over the storage given.
 */

/** The key the draft is kept under (docs/lessons.md, "Writing a lesson in the app"). */
export const DRAFT_KEY = 'descent.lesson.draft';

/** Whether a draft is kept (for the menu: "Edit draft…" or "New lesson…"). */
export function hasDraft(storage: Pick<Storage, 'getItem'> | null): boolean {
  try {
    return storage?.getItem(DRAFT_KEY) != null;
  } catch {
    return false;
  }
}

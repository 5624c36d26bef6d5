/**
 * The errors of one lesson's validation: each names the field by its path in the lesson
 * (`steps[3].prediction.answer`, counted from 0 as in JSON) and says in plain English what is
 * wrong and what would be right. At most MAX_ERRORS are kept, then one counts the rest, so a
 * hostile file with 10⁵ unknown fields makes a short list.
 */
import { keyName } from './text';
import { MAX_ERRORS } from './limits';

/** One thing wrong with a lesson: `path` like `steps[3].prediction.answer`, `message` why. */
export interface LessonError {
  /** The field, as JSON paths are written (steps counted from 0); empty for the whole input. */
  path: string;
  message: string;
}

/** `path: message`, one line as the import dialog or a test prints it. */
export function formatLessonError(error: LessonError): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}

/** `steps` + 3 → `steps[3]`; `steps[3]` + `title` → `steps[3].title`; odd keys quoted. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${keyName(key)}` : keyName(key);
}

/** `lesson` + `steps[0]` → `lesson.steps[0]`; `lesson` + `` → `lesson`. */
function under(prefix: string, path: string): string {
  if (!prefix) return path;
  if (!path) return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/**
 * Collects errors (or warnings), keeping the first MAX_ERRORS and counting the rest. A view
 * `under('lesson')` adds to the same list with its paths under `lesson`, as a file names the
 * fields of the lesson it holds.
 */
export class LessonErrors {
  private readonly store: { kept: LessonError[]; dropped: number };
  private readonly prefix: string;

  constructor(store = { kept: [] as LessonError[], dropped: 0 }, prefix = '') {
    this.store = store;
    this.prefix = prefix;
  }

  /** The same collection, with paths under `prefix`. */
  under(prefix: string): LessonErrors {
    return new LessonErrors(this.store, under(this.prefix, prefix));
  }

  add(path: string, message: string): void {
    if (this.store.kept.length < MAX_ERRORS)
      this.store.kept.push({ path: under(this.prefix, path), message });
    else this.store.dropped++;
  }

  get empty(): boolean {
    return this.store.kept.length === 0;
  }

  /** The errors, with a last one counting those left out. */
  get list(): LessonError[] {
    const { kept, dropped } = this.store;
    if (dropped === 0) return [...kept];
    const more = dropped === 1 ? '1 more' : `${dropped.toLocaleString('en')} more`;
    return [...kept, { path: '', message: `and ${more} not listed` }];
  }
}

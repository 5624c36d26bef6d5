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

/** Collects errors, keeping the first MAX_ERRORS and counting the rest. */
export class LessonErrors {
  private readonly kept: LessonError[] = [];
  private dropped = 0;

  add(path: string, message: string): void {
    if (this.kept.length < MAX_ERRORS) this.kept.push({ path, message });
    else this.dropped++;
  }

  get empty(): boolean {
    return this.kept.length === 0;
  }

  /** The errors, with a last one counting those left out. */
  get list(): LessonError[] {
    if (this.dropped === 0) return [...this.kept];
    const more =
      this.dropped === 1 ? '1 more error' : `${this.dropped.toLocaleString('en')} more errors`;
    return [...this.kept, { path: '', message: `and ${more}, not listed` }];
  }
}

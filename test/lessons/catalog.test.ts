import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_LESSONS,
  importedLessonIds,
  importedLessonKey,
  loadLesson,
  removeImportedLesson,
  saveImportedLesson,
} from '../../src/lessons/catalog';
import { encodeInlineLesson } from '../../src/lessons/inline';
import { validateLesson } from '../../src/lessons/validate';
import type { Lesson } from '../../src/lessons/types';
import { fullLesson, minimalLesson } from './lesson-fixtures';
import { memoryStorage, refusingStorage } from './memory-storage';

/** A fixture as the validator returns it (a typed, cleaned lesson). */
function valid(json: Record<string, unknown>): Lesson {
  const read = validateLesson(json);
  if (!('lesson' in read)) throw new Error('fixture invalid');
  return read.lesson;
}

describe('the lesson catalog (src/lessons/catalog.ts)', () => {
  it('opens the built-in course by its id, from its own chunk', async () => {
    expect(Object.keys(BUILT_IN_LESSONS)).toEqual(['training-a-model']);
    const load = await loadLesson({ id: 'training-a-model' }, null);
    expect('open' in load && load.open.source).toBe('built-in');
    expect('open' in load && load.open.lesson.id).toBe('training-a-model');
    expect('open' in load && load.open.ref).toEqual({ id: 'training-a-model' });
  });

  it('says plainly that an unknown lesson is not there', async () => {
    expect(await loadLesson({ id: 'no-such-lesson' }, memoryStorage())).toEqual({
      error:
        'there is no lesson "no-such-lesson" in Descent or in this browser (a lesson file opened on another computer must be opened here too)',
      said: { key: 'lesson.noSuchLesson', values: { id: 'no-such-lesson' } },
    });
  });

  it('keeps an imported lesson and opens it again, read as a file each time', async () => {
    const storage = memoryStorage();
    const lesson = valid(fullLesson());
    expect(saveImportedLesson(storage, lesson)).toBe(true);
    const load = await loadLesson({ id: lesson.id }, storage);
    expect('open' in load && load.open).toEqual({
      lesson,
      source: 'imported',
      ref: { id: lesson.id },
    });
    expect(importedLessonIds(storage)).toEqual([lesson.id]);
    removeImportedLesson(storage, lesson.id);
    expect(importedLessonIds(storage)).toEqual([]);
  });

  it('refuses a stored lesson another program changed, with the reason', async () => {
    const storage = memoryStorage({ [importedLessonKey('tiny')]: '{"format": "descent-lesson"' });
    const load = await loadLesson({ id: 'tiny' }, storage);
    expect('error' in load && load.error).toMatch(
      /^the lesson "tiny" kept in this browser cannot be opened: /,
    );
    const other = memoryStorage({
      [importedLessonKey('tiny')]: JSON.stringify({
        format: 'descent-lesson',
        version: 1,
        lesson: { ...minimalLesson(), id: 'another' },
      }),
    });
    expect(await loadLesson({ id: 'tiny' }, other)).toEqual({
      error: 'the lesson kept in this browser as "tiny" is another lesson',
      said: { key: 'lesson.otherLesson', values: { id: 'tiny' } },
    });
  });

  it('never keeps a lesson under a built-in lesson’s id', () => {
    const storage = memoryStorage();
    const course = valid({ ...minimalLesson(), id: 'training-a-model' });
    expect(saveImportedLesson(storage, course)).toBe(false);
    storage.setItem(importedLessonKey('training-a-model'), 'x');
    expect(importedLessonIds(storage)).toEqual([]);
  });

  it('lists only well-named lesson keys, sorted', () => {
    const storage = memoryStorage({
      [importedLessonKey('zeta')]: '{}',
      [importedLessonKey('alpha')]: '{}',
      'descent.lesson.Bad_Name.file': '{}',
      'descent.lesson.alpha.progress': '{}',
      'descent.hint.seen': '1',
    });
    expect(importedLessonIds(storage)).toEqual(['alpha', 'zeta']);
  });

  it('a storage that refuses loses imported lessons and nothing else', async () => {
    expect(importedLessonIds(refusingStorage)).toEqual([]);
    expect(saveImportedLesson(refusingStorage, valid(minimalLesson()))).toBe(false);
    expect(() => removeImportedLesson(refusingStorage, 'tiny')).not.toThrow();
    expect('error' in (await loadLesson({ id: 'tiny' }, refusingStorage))).toBe(true);
    expect(importedLessonIds(null)).toEqual([]);
  });

  it('opens a lesson a link carries, and says why a damaged one cannot be', async () => {
    const lesson = valid(fullLesson());
    const data = encodeInlineLesson(lesson)!;
    expect(await loadLesson({ data }, null)).toEqual({
      open: { lesson, source: 'link', ref: { data } },
    });
    const load = await loadLesson({ data: data.slice(0, -7) + '!' }, null);
    expect('error' in load && load.error).toMatch(
      /^the lesson in this link cannot be opened: .*damaged/,
    );
  });
});

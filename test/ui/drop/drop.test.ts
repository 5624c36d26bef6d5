/**
 * Dropping a file on the app (src/ui/drop; docs/lessons.md, "Opening a lesson"): which reader a
 * file goes to, the size check that refuses a file before reading all of it, and the notices of
 * a drop (a file of another kind, too large, several files). Opening a valid lesson by a drop is
 * e2e/hostile-lessons.spec.ts's.
 */
import { describe, expect, it, vi } from 'vitest';
import { kindOf, HEAD_LENGTH } from '../../../src/ui/drop/file-kind';
import { fitsIn } from '../../../src/ui/drop/fits';
import { openDroppedFiles } from '../../../src/ui/drop/open-drop';
import { createAppStore } from '../../../src/state/store';
import { MAX_LESSON_FILE_LENGTH } from '../../../src/lessons/file';
import { minimalLesson } from '../../lessons/lesson-fixtures';

const lessonFile = (lesson: unknown = minimalLesson()) =>
  `{\n  "format": "descent-lesson",\n  "version": 1,\n  "lesson": ${JSON.stringify(lesson)}\n}\n`;
const scenarioFile = '{"version": 1, "problem": {"type": "function", "name": "rosenbrock"}}';

describe('kindOf(name, type, head)', () => {
  it('takes a file saying "format": "descent-lesson" for a lesson, whatever its name', () => {
    expect(kindOf('anything.txt', '', lessonFile())).toBe('lesson');
    expect(kindOf('x.json', 'application/json', `\uFEFF${lessonFile()}`)).toBe('lesson');
    expect(kindOf('x', '', '{"version": 2, "format" : "descent-lesson"}')).toBe('lesson');
  });

  it('takes a scenario’s keys for a scenario, even under a lesson’s name', () => {
    expect(kindOf('a.json', '', scenarioFile)).toBe('scenario');
    expect(kindOf('a.descent-lesson.json', '', scenarioFile)).toBe('scenario');
    expect(kindOf('a.json', '', '{"optimizers": []}')).toBe('scenario');
  });

  it('takes a lesson’s name, or a format or lesson key, for a lesson (its reader says what is wrong)', () => {
    expect(kindOf('a.descent-lesson.json', '', 'not JSON')).toBe('lesson');
    expect(kindOf('A.DESCENT-LESSON.JSON', '', '')).toBe('lesson');
    expect(kindOf('a.json', '', '{"format": "descent-scenario"}')).toBe('lesson');
    expect(kindOf('a.json', '', '{"lesson": {}}')).toBe('lesson');
  });

  it('reads a key only as a key: quoted inside a text, it is text', () => {
    expect(kindOf('a.json', '', '{"note": "\\"format\\": \\"descent-lesson\\""}')).toBe('scenario');
    expect(kindOf('notes.txt', '', 'the "problem" is')).toBe('other');
  });

  it('sends other JSON to the lenient scenario reader, as Share → Import does', () => {
    expect(kindOf('evil.json', '', '{oops')).toBe('scenario');
    expect(kindOf('data', 'application/json', '')).toBe('scenario');
    expect(kindOf('data', 'application/ld+json', '')).toBe('scenario');
    expect(kindOf('data.txt', 'text/plain', '  [1, 2]')).toBe('scenario');
  });

  it('opens neither an image, a CSV nor a text', () => {
    expect(kindOf('photo.png', 'image/png', '\u0089PNG\r\n')).toBe('other');
    expect(kindOf('points.csv', 'text/csv', 'x,y\n1,2')).toBe('other');
    expect(kindOf('readme.txt', 'text/plain', '')).toBe('other');
  });

  it('looks at a head of a few kilobytes', () => {
    expect(HEAD_LENGTH).toBeGreaterThanOrEqual(1024);
  });
});

describe('fitsIn(file, maxChars)', () => {
  it('decides by the size alone when it can, without reading', async () => {
    const small = new Blob(['x'.repeat(10)]);
    const stream = vi.spyOn(small, 'stream');
    expect(await fitsIn(small, 10)).toBe(true);
    const large = new Blob(['x'.repeat(31)]);
    const largeStream = vi.spyOn(large, 'stream');
    expect(await fitsIn(large, 10)).toBe(false);
    expect(stream).not.toHaveBeenCalled();
    expect(largeStream).not.toHaveBeenCalled();
  });

  it('counts characters, not bytes: 3-byte Chinese characters fit by their number', async () => {
    expect(await fitsIn(new Blob(['学'.repeat(10)]), 10)).toBe(true);
    expect(await fitsIn(new Blob(['学'.repeat(10)]), 9)).toBe(false);
    expect(await fitsIn(new Blob(['😀'.repeat(5)]), 10)).toBe(true); // 20 bytes, 10 units
    expect(await fitsIn(new Blob(['😀'.repeat(5)]), 9)).toBe(false);
  });

  it('stops reading once past the limit', async () => {
    // A 2 MB file read as a browser reads one, in chunks of 64 kB, counting what is read.
    const size = 2_000_000;
    const CHUNK = 65_536;
    let pulled = 0;
    const blob = new Blob(['x'.repeat(size)]);
    const chunked = new ReadableStream<Uint8Array<ArrayBuffer>>(
      {
        pull(controller) {
          const length = Math.min(CHUNK, size - pulled);
          if (length === 0) return controller.close();
          pulled += length;
          controller.enqueue(new Uint8Array(length).fill(0x78));
        },
      },
      { highWaterMark: 0 },
    );
    vi.spyOn(blob, 'stream').mockReturnValue(chunked);
    expect(await fitsIn(blob, MAX_LESSON_FILE_LENGTH)).toBe(false);
    // Past 1,000,000 characters after about half the file; a chunk or two more are in flight.
    expect(pulled).toBeGreaterThan(MAX_LESSON_FILE_LENGTH);
    expect(pulled).toBeLessThan(MAX_LESSON_FILE_LENGTH + 4 * CHUNK);
  });
});

describe('openDroppedFiles', () => {
  const file = (text: string, name: string, type = '') => new File([text], name, { type });

  it('refuses a file of another kind, naming it and what Descent opens', async () => {
    const store = createAppStore();
    expect(await openDroppedFiles(store, [file('x,y\n1,2', 'points.csv', 'text/csv')])).toBe(false);
    expect(store.getState().notice).toBe(
      'Could not open points.csv: it is neither a lesson file nor a scenario file. Descent opens lesson files (.descent-lesson.json) and scenario files (.json, made by Share → Export JSON).',
    );
  });

  it('refuses a lesson file too large with a lesson’s message, a scenario with a scenario’s', async () => {
    const store = createAppStore();
    const big = `{"format": "descent-lesson", "pad": "${'x'.repeat(MAX_LESSON_FILE_LENGTH)}"}`;
    expect(await openDroppedFiles(store, [file(big, 'big.json')])).toBe(false);
    expect(store.getState().notice).toContain(
      'big.json: The lesson file cannot be opened: it is too large',
    );
    const scenario = `{"problem": {}, "pad": "${'x'.repeat(4_000_000)}"}`;
    expect(await openDroppedFiles(store, [file(scenario, 'big.json')])).toBe(false);
    expect(store.getState().notice).toBe(
      'Could not open big.json: too large for a scenario (over 1 MB).',
    );
  });

  it('gives a lesson file to the lesson reader: its message, and the view unchanged', async () => {
    const store = createAppStore();
    const before = store.getState().scenario;
    const text = lessonFile({ ...minimalLesson(), steps: 'many' });
    expect(await openDroppedFiles(store, [file(text, 'bad.descent-lesson.json')])).toBe(false);
    expect(store.getState().notice).toMatch(
      /^bad\.descent-lesson\.json: The lesson file cannot be opened: lesson\.steps: must be a list/,
    );
    expect(store.getState().scenario).toBe(before);
  });

  it('gives a scenario file to the scenario reader, which opens it', async () => {
    const store = createAppStore();
    const text = JSON.stringify({ ...JSON.parse(scenarioFile), steps: 77 });
    expect(await openDroppedFiles(store, [file(text, 'mine.json')])).toBe(true);
    expect(store.getState().scenario.steps).toBe(77);
    expect(store.getState().notice).toBe('Opened mine.json.');
  });

  it('opens the first of several files, and says so before what became of it', async () => {
    const store = createAppStore();
    const files = [file('x', 'a.png', 'image/png'), file(scenarioFile, 'b.json')];
    expect(await openDroppedFiles(store, files)).toBe(false);
    expect(store.getState().notice).toBe(
      '2 files were dropped: Descent opens one at a time, so it read the first, a.png. Could not open a.png: it is neither a lesson file nor a scenario file. Descent opens lesson files (.descent-lesson.json) and scenario files (.json, made by Share → Export JSON).',
    );
    expect(store.getState().scenario.steps).not.toBe(77);
  });

  it('names a file by a clipped, one-line name', async () => {
    const store = createAppStore();
    await openDroppedFiles(store, [file('', `a\u202egnp.exe\n${'x'.repeat(500)}.png`)]);
    const notice = store.getState().notice!;
    expect(notice).not.toMatch(/[\u202e\n]/);
    expect(notice.length).toBeLessThan(400);
  });

  it('does nothing for no file', async () => {
    const store = createAppStore();
    expect(await openDroppedFiles(store, [])).toBe(false);
    expect(store.getState().notice).toBeNull();
  });
});

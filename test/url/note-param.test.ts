/**
 * The link's note (issue 14, point 3; src/url/note-param.ts, src/state/note.ts): a preset's id or
 * the user's text, which always reads back to itself, capped and plain whatever the link held.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS, getPreset } from '../../src/presets/presets';
import { PRESET_IDS, isPresetId } from '../../src/presets/preset-ids';
import { FIRST_VIEW } from '../../src/state/defaults';
import { MAX_NOTE_LENGTH, cleanNoteText, type ViewNote } from '../../src/state/note';
import { presetQuery } from '../../src/ui/presets/gallery';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/url/fields';
import { MAX_NOTE_LINK_LENGTH, readNoteParam } from '../../src/url/note-param';

const linkWith = (note: ViewNote | null) =>
  encodeLink({ scenario: FIRST_VIEW, view: { ...DEFAULT_VIEW, note } });
const noteOf = (query: string) => decodeLink(query).state.view.note ?? null;
const noticesOf = (query: string) =>
  decodeLink(query).notices.map((n) => `${n.param}: ${n.message}`);

describe('PRESET_IDS', () => {
  it('lists exactly the presets’ ids, in order', () => {
    expect(PRESET_IDS).toEqual(PRESETS.map((p) => p.id));
  });
});

describe('the note in a link', () => {
  it('names a preset by its id', () => {
    const query = linkWith({ kind: 'preset', id: 'momentum-ellipse' });
    expect(query).toMatch(/&note=momentum-ellipse$/);
    expect(noteOf(query)).toEqual({ kind: 'preset', id: 'momentum-ellipse' });
    expect(noticesOf(query)).toEqual([]);
  });

  it('is absent when there is none', () => {
    expect(linkWith(null)).not.toContain('note=');
    expect(noteOf('v=1')).toBeNull();
  });

  it.each([
    'Watch the green run',
    '<b>x</b> & <script>alert(1)</script>',
    'α < 2/L ≈ 0.111 (see run 3); a=b, c+d = 100%',
    '学习率太大时会发散。',
    'emoji 🙂 and 𝔸 outside the BMP',
    'momentum-ellipse?', // a preset's id with more is text
  ])('carries the user’s text %j and reads it back as text', (text) => {
    const query = linkWith({ kind: 'text', text });
    expect(query.split('&note=')[1]).toMatch(/^[\w.%-]+$/);
    expect(noteOf(query)).toEqual({ kind: 'text', text });
    expect(noticesOf(query)).toEqual([]);
  });

  it('carries a note of 280 Chinese characters or astral symbols whole', () => {
    for (const text of ['中'.repeat(MAX_NOTE_LENGTH), '🙂'.repeat(MAX_NOTE_LENGTH / 2)]) {
      const query = linkWith({ kind: 'text', text });
      expect(query.split('&note=')[1]!.length).toBeLessThanOrEqual(MAX_NOTE_LINK_LENGTH);
      expect(noteOf(query)).toEqual({ kind: 'text', text });
      expect(noticesOf(query)).toEqual([]);
    }
  });

  it('opens a preset from the gallery with its explanation as the note', () => {
    const preset = getPreset('saddle-escape')!;
    expect(presetQuery(preset, 'zh')).toMatch(/&lang=zh&note=saddle-escape$/);
    expect(noteOf(presetQuery(preset))).toEqual({ kind: 'preset', id: 'saddle-escape' });
  });
});

describe('a hostile note', () => {
  it('longer than 280 characters is cut, with a notice, and reads back to itself', () => {
    const query = `note=${encodeURIComponent('word '.repeat(200))}`;
    const note = noteOf(query);
    expect(note?.kind).toBe('text');
    const text = (note as { text: string }).text;
    expect(text.length).toBeLessThanOrEqual(MAX_NOTE_LENGTH);
    expect(text.endsWith('…')).toBe(true);
    expect(noticesOf(query)).toEqual(['note: the text after 280 characters; ignored']);
    expect(noteOf(linkWith(note))).toEqual(note);
    expect(noticesOf(linkWith(note))).toEqual([]);
  });

  it('longer than any note can be is ignored before decoding', () => {
    const query = `note=${'a'.repeat(1_000_000)}`;
    expect(noteOf(query)).toBeNull();
    expect(noticesOf(query)).toEqual([
      'note: is 1,000,000 characters long (at most 2,520); ignored',
    ]);
  });

  it('of control characters, separators and bidi overrides reads as one plain line', () => {
    const raw = encodeURIComponent('a\u0000b\nc\u2028d\u202Ee\u2066f\u001b[31mg\t\th');
    expect(noteOf(`note=${raw}`)).toEqual({ kind: 'text', text: 'a b c def [31mg h' });
  });

  it('with a lone surrogate or a broken escape reads as well-formed text', () => {
    expect(readNoteParam('a\uD800b').note).toEqual({ kind: 'text', text: 'a\uFFFDb' });
    // %ED%A0%80 is an encoded surrogate: decoding fails and the raw text is kept, as text.
    expect(readNoteParam('x%ED%A0%80').note).toEqual({ kind: 'text', text: 'x%ED%A0%80' });
    expect(() => linkWith(readNoteParam('\uDC00').note)).not.toThrow();
  });

  it('of white space only is no note; an empty one is no note and no notice', () => {
    expect(noteOf('note=%20%0A%09')).toBeNull();
    expect(noticesOf('note=%20%0A%09')).toEqual(['note: holds no text to show; ignored']);
    expect(noteOf('note=')).toBeNull();
    expect(noticesOf('note=')).toEqual([]);
  });

  it('that names a preset with spaces around it is the preset’s', () => {
    expect(readNoteParam('%20schedules%20').note).toEqual({ kind: 'preset', id: 'schedules' });
    expect(isPresetId('__proto__')).toBe(false);
    expect(readNoteParam('__proto__').note).toEqual({ kind: 'text', text: '__proto__' });
  });
});

describe('cleanNoteText', () => {
  it('never splits a surrogate pair when it cuts', () => {
    const text = cleanNoteText('a' + '🙂'.repeat(300));
    expect(text.length).toBeLessThanOrEqual(MAX_NOTE_LENGTH);
    expect(text).toBe(text.normalize());
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(text)).toBe(false);
  });

  it('is idempotent and every note it makes survives the link', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 400 }), (input) => {
        const text = cleanNoteText(input);
        expect(cleanNoteText(text)).toBe(text);
        expect(text.length).toBeLessThanOrEqual(MAX_NOTE_LENGTH);
        if (!text || isPresetId(text)) return;
        expect(noteOf(linkWith({ kind: 'text', text }))).toEqual({ kind: 'text', text });
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent on any UTF-16, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 1500 }), (input) => {
        const text = cleanNoteText(input);
        expect(cleanNoteText(text)).toBe(text);
        expect(() => encodeURIComponent(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

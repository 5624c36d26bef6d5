/**
 * A formula keeps the punctuation after it on its line (src/ui/lesson/glue-punctuation.ts): the
 * full stop after $x$ never wraps alone, in English or Chinese.
 */
import { describe, expect, it } from 'vitest';
import { gluePunctuation } from '../../src/ui/lesson/glue-punctuation';
import type { LessonInline } from '../../src/lessons/markdown/ast';

const math = (tex: string): LessonInline => ({ type: 'math', tex });
const text = (value: string): LessonInline => ({ type: 'text', text: value });

describe('gluePunctuation', () => {
  it('glues a full stop, and keeps the rest of the text apart', () => {
    expect(gluePunctuation([text('so '), math('x'), text('. Then')])).toEqual([
      text('so '),
      { type: 'glued', math: math('x'), punctuation: '.' },
      text(' Then'),
    ]);
  });

  it('glues Chinese punctuation and a run of closing marks', () => {
    expect(gluePunctuation([math('\\alpha'), text('，而')])).toEqual([
      { type: 'glued', math: math('\\alpha'), punctuation: '，' },
      text('而'),
    ]);
    expect(gluePunctuation([math('y'), text(').')])).toEqual([
      { type: 'glued', math: math('y'), punctuation: ').' },
    ]);
  });

  it('leaves math followed by a space, a word or nothing as it was', () => {
    const nodes = [math('a'), text(' and '), math('b'), text('c'), math('d')];
    expect(gluePunctuation(nodes)).toEqual(nodes);
  });

  it('glues nothing but math: punctuation after plain text or emphasis stays text', () => {
    const nodes: LessonInline[] = [{ type: 'emphasis', children: [text('x')] }, text('.')];
    expect(gluePunctuation(nodes)).toEqual(nodes);
  });
});

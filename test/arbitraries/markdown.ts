/**
 * fast-check generators of lesson text (src/lessons/markdown): Markdown-shaped pieces, so that
 * random text actually forms links, containers, formulas and entities, and tries the schemes and
 * markup a hostile lesson would (docs/lessons.md, docs/security.md).
 */
import fc from 'fast-check';

/** The pieces random lesson text is made of. */
const PIECES = [
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '*',
  '_',
  '`',
  '$',
  '$$',
  '\\',
  '!',
  '#',
  '-',
  '1.',
  '|',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\t',
  'a',
  'é',
  '学',
  '&#106;',
  '&amp;',
  '&colon;',
  '&#x09;',
  'javascript:',
  'JaVaScRiPt:',
  'data:',
  'http://',
  'https://',
  '//',
  '?v=1&',
  'www.',
  '@',
  '<script>',
  'onerror=',
  '"',
  '?v=1',
  '<img ',
];

/** Text of at most `maxLength` pieces. */
export const markdownText = (maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...PIECES), { maxLength }).map((pieces) => pieces.join(''));

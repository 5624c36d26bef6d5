/**
 * The pieces under parseLessonText (src/lessons/markdown): the formula scanners, the nesting
 * guard in front of marked, the link allow-list and the character references.
 */
import { describe, expect, it } from 'vitest';
import {
  capNesting,
  lexLessonText,
  scanDisplayMath,
  scanInlineMath,
} from '../../../src/lessons/markdown/lexer';
import { linkTarget } from '../../../src/lessons/markdown/links';
import { decodeReferences } from '../../../src/lessons/markdown/text';

describe('scanInlineMath', () => {
  it('takes $…$ and $$…$$ at the start, up to the first unescaped $', () => {
    expect(scanInlineMath('$x^2$ rest')).toEqual({ type: 'inlineMath', raw: '$x^2$', tex: 'x^2' });
    expect(scanInlineMath('$a\\$b$')).toMatchObject({ tex: 'a\\$b' });
    expect(scanInlineMath('$$ \\sum_i x_i $$ more')).toMatchObject({ tex: '\\sum_i x_i' });
  });

  it('leaves prices and half formulas (pandoc’s rule)', () => {
    for (const src of ['$5 and $6', '$ x$', '$x $', '$x$5', '$x', '$$', '$$$$', 'x$y$', '$a\\$'])
      expect(scanInlineMath(src), src).toBeUndefined();
  });
});

describe('scanDisplayMath', () => {
  it('takes $$ … $$ on lines of their own or on one line, up to 3 spaces in', () => {
    expect(scanDisplayMath('$$\na\nb\n$$\nafter')).toEqual({
      type: 'displayMath',
      raw: '$$\na\nb\n$$\n',
      tex: 'a\nb',
    });
    expect(scanDisplayMath('   $$x$$')).toMatchObject({ tex: 'x' });
  });

  it('needs the closing $$ at a line’s end, no blank line inside, and something to typeset', () => {
    for (const src of ['$$x$$ and text', '$$\na\n\nb\n$$', '$$\n$$', '    $$x$$', '$$x'])
      expect(scanDisplayMath(src), src).toBeUndefined();
  });
});

describe('capNesting', () => {
  it('escapes the container markers of a line past the cap, as typed otherwise', () => {
    expect(capNesting('> > > x', 2)).toBe('> > \\> x');
    expect(capNesting('- - - x', 2)).toBe('- - \\- x');
    expect(capNesting('1. 2) 3. x', 2)).toBe('1. 2) 3\\. x');
    expect(capNesting('>>>', 2)).toBe('>>\\>');
    expect(capNesting('> - x\n> - y', 2)).toBe('> - x\n> - y');
    expect(capNesting('*emphasis* - 1.5', 1)).toBe('*emphasis* - 1.5');
  });

  it('keeps marked off a stack overflow it would hit without it', () => {
    // marked 18 overflows its stack on 2,000 nested quotes on one line (docs/decisions.md).
    const tokens = lexLessonText(`${'> '.repeat(2000)}x`, 8);
    expect(tokens[0]?.type).toBe('blockquote');
  });
});

describe('linkTarget', () => {
  it('http(s) addresses, normalised by the URL parser', () => {
    expect(linkTarget('HTTPS://Example.ORG/a b')).toBeNull();
    expect(linkTarget('HTTPS://Example.ORG/a?x=1&amp;y=2')).toEqual({
      kind: 'external',
      href: 'https://example.org/a?x=1&y=2',
    });
    expect(linkTarget('http://[::1]:8080/')).toEqual({
      kind: 'external',
      href: 'http://[::1]:8080/',
    });
  });

  it('?… is an app link, its query as written (references decoded)', () => {
    expect(linkTarget('?v=1&f=rosenbrock&o=adam,lr=0.01')).toEqual({
      kind: 'app',
      query: 'v=1&f=rosenbrock&o=adam,lr=0.01',
    });
    expect(linkTarget('?')).toEqual({ kind: 'app', query: '' });
    expect(linkTarget('?a\tb')).toBeNull();
    expect(linkTarget('?a&#10;b')).toBeNull();
  });

  it('refuses every other scheme and every relative form', () => {
    for (const href of [
      'javascript:alert(1)',
      '&#106;avascript:alert(1)',
      ' https://a.example',
      'https://a.example\\@b',
      'http:a.example',
      '//a.example',
      'ftp://a.example',
      'a.html',
      '#x',
      '',
    ])
      expect(linkTarget(href), href).toBeNull();
  });
});

describe('decodeReferences', () => {
  it('decodes numeric references and the named few once; nulls and surrogates are U+FFFD', () => {
    expect(decodeReferences('&#65;&#x42;&amp;amp;&hellip;&copy;&#0;&#xD800;&#x110000;')).toBe(
      'AB&amp;…&copy;\ufffd\ufffd\ufffd',
    );
    expect(decodeReferences('no refs & such')).toBe('no refs & such');
    expect(decodeReferences('&constructor; &__proto__;')).toBe('&constructor; &__proto__;');
  });
});

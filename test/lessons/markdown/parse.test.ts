/**
 * parseLessonText (src/lessons/markdown/parse.ts; docs/lessons.md, "Text"): each construct of
 * the subset becomes its node, everything else its source text, and hostile input — markup,
 * script links, deep nesting, over-long text — never yields markup, a script link, a throw or
 * a tree deeper than the cap.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLessonText as parse } from '../../../src/lessons/markdown/parse';
import { MAX_NESTING, MAX_TEXT_LENGTH } from '../../../src/lessons/markdown/ast';
import { blockText, links, maxDepth, walk } from './tree';
import { markdownText } from '../../arbitraries/markdown';

const text = (t: string) => ({ type: 'text', text: t });
const para = (...children: unknown[]) => ({ type: 'paragraph', children });

describe('parseLessonText: the subset', () => {
  it('a paragraph keeps a soft line break as a newline in its text', () => {
    expect(parse('one\ntwo')).toEqual([para(text('one\ntwo'))]);
  });

  it('joins a soft line break between two Chinese characters (a browser would draw a space)', () => {
    expect(parse('学习率\n太大')).toEqual([para(text('学习率太大'))]);
    expect(parse('α\n太大')).toEqual([para(text('α\n太大'))]);
  });

  it('headings are level 3 or 4: ### and #### as written, # ## and setext 3, deeper 4', () => {
    const levels = (s: string) => parse(s).map((b) => (b.type === 'heading' ? b.level : b.type));
    expect(levels('### Three\n\n#### Four')).toEqual([3, 4]);
    expect(levels('# One\n\n## Two\n\n##### Five\n\n###### Six')).toEqual([3, 3, 4, 4]);
    expect(levels('Title\n===\n\nSub\n---')).toEqual([3, 3]);
    expect(parse('### *Adam*')).toEqual([
      { type: 'heading', level: 3, children: [{ type: 'emphasis', children: [text('Adam')] }] },
    ]);
  });

  it('bullet and ordered lists, their start number, a nested list and a loose item', () => {
    expect(parse('- a\n- b')).toEqual([
      { type: 'list', ordered: false, start: 1, items: [[para(text('a'))], [para(text('b'))]] },
    ]);
    expect(parse('3. x\n4. y')).toMatchObject([{ type: 'list', ordered: true, start: 3 }]);
    expect(parse('1) x')).toMatchObject([{ type: 'list', ordered: true, start: 1 }]);
    expect(parse('- a\n  - b')).toEqual([
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [
          [para(text('a')), { type: 'list', ordered: false, start: 1, items: [[para(text('b'))]] }],
        ],
      },
    ]);
    expect(parse('- a\n\n  more')).toMatchObject([
      { items: [[para(text('a')), para(text('more'))]] },
    ]);
  });

  it('a task item’s box is text, as typed', () => {
    expect(parse('- [ ] try it\n- [x] done')).toMatchObject([
      { type: 'list', items: [[para(text('[ ] try it'))], [para(text('[x] done'))]] },
    ]);
  });

  it('a blockquote holds blocks', () => {
    expect(parse('> Note\n>\n> - a')).toEqual([
      {
        type: 'blockquote',
        children: [
          para(text('Note')),
          { type: 'list', ordered: false, start: 1, items: [[para(text('a'))]] },
        ],
      },
    ]);
  });

  it('code blocks, fenced or indented, keep their text literally (no entity, no markup)', () => {
    expect(parse('```js\n<b>&amp;</b> *x*\n```')).toEqual([
      { type: 'code', text: '<b>&amp;</b> *x*' },
    ]);
    expect(parse('    indented &lt;')).toEqual([{ type: 'code', text: 'indented &lt;' }]);
  });

  it('display math: $$ on lines of its own, on one line, or a ```math fence', () => {
    const math = (tex: string) => [{ type: 'math', tex }];
    expect(parse('$$\n\\theta \\leftarrow \\theta - \\alpha g\n$$')).toEqual(
      math('\\theta \\leftarrow \\theta - \\alpha g'),
    );
    expect(parse('$$ f(x) = x^2 $$')).toEqual(math('f(x) = x^2'));
    expect(parse('```math\n\\nabla f\n```')).toEqual(math('\\nabla f'));
    expect(parse('Before\n$$x$$\nafter')).toEqual([
      para(text('Before')),
      { type: 'math', tex: 'x' },
      para(text('after')),
    ]);
  });

  it('inlines: emphasis, strong, code, math, a hard break', () => {
    expect(parse('*a* _b_ **c** __d__ `e` $f^2$ g  \nh\\\ni')).toEqual([
      para(
        { type: 'emphasis', children: [text('a')] },
        text(' '),
        { type: 'emphasis', children: [text('b')] },
        text(' '),
        { type: 'strong', children: [text('c')] },
        text(' '),
        { type: 'strong', children: [text('d')] },
        text(' '),
        { type: 'code', text: 'e' },
        text(' '),
        { type: 'math', tex: 'f^2' },
        text(' g'),
        { type: 'break' },
        text('h'),
        { type: 'break' },
        text('i'),
      ),
    ]);
  });

  it('$$…$$ inside a line is a formula in the line; a formula keeps *, _ and \\$ as TeX', () => {
    expect(parse('so $$a_1*b_2$$ and $c\\$d$')).toEqual([
      para(text('so '), { type: 'math', tex: 'a_1*b_2' }, text(' and '), {
        type: 'math',
        tex: 'c\\$d',
      }),
    ]);
  });

  it('links: http(s) open outside; ?… is another view of the app', () => {
    expect(parse('[PyTorch](https://pytorch.org/docs) and [Adam](?v=1&amp;o=adam)')).toEqual([
      para(
        {
          type: 'link',
          target: { kind: 'external', href: 'https://pytorch.org/docs' },
          children: [text('PyTorch')],
        },
        text(' and '),
        { type: 'link', target: { kind: 'app', query: 'v=1&o=adam' }, children: [text('Adam')] },
      ),
    ]);
    expect(
      links(parse('<https://a.example> www.b.example [c][r]\n\n[r]: http://c.example')),
    ).toEqual([
      { kind: 'external', href: 'https://a.example/' },
      { kind: 'external', href: 'http://www.b.example/' },
      { kind: 'external', href: 'http://c.example/' },
    ]);
  });

  it('decodes character references once; an unknown name stays as typed', () => {
    expect(parse('a &amp; b &lt;c&gt; &#955; &#x3B1; &nbsp;&mdash; &amp;lt; &copy;')).toEqual([
      para(text('a & b <c> λ α \u00a0— &lt; &copy;')),
    ]);
    expect(parse('\\*not em\\* \\$5 \\<b>')).toEqual([para(text('*not em* $5 <b>'))]);
  });
});

describe('parseLessonText: what the subset does not have shows its source', () => {
  const cases: [string, string][] = [
    ['raw HTML block', '<div class="x">hi</div>'],
    ['script element', '<script>alert(1)</script>'],
    ['inline HTML', 'a <img src=x onerror=alert(1)> b'],
    ['HTML comment', 'a <!-- c --> b'],
    ['image', '![a cat](cat.png)'],
    ['strikethrough', '~~gone~~'],
    ['thematic break', '---'],
    ['footnote and its text', 'Fact[^1]\n\n[^1]: Source'],
  ];
  it.each(cases)('%s', (_name, source) => {
    const tree = parse(source);
    expect(blockText(tree)).toBe(source);
    expect([...walk(tree)].every(([n]) => n.type === 'paragraph' || n.type === 'text')).toBe(true);
  });

  it('a table, line by line', () => {
    expect(blockText(parse('| a | b |\n|---|---|\n| 1 | 2 |'))).toBe(
      '| a | b |\n|---|---|\n| 1 | 2 |',
    );
  });
});

describe('parseLessonText: hostile links are text', () => {
  const hostile = [
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](  javascript:alert(1))',
    '[x](<javascript:alert(1)>)',
    '<javascript:alert(1)>',
    '[x](&#106;avascript:alert(1))',
    '[x](&#x6A;avascript:alert(1))',
    '[x](&#0000106;avascript:alert(1))',
    '[x](javascript&colon;alert(1))',
    '[x](java&#x09;script:alert(1))',
    '[x](java%0ascript:alert(1))',
    '[x](vbscript:msgbox(1))',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[x](DATA:text/html,<script>alert(1)</script>)',
    '[x](file:///etc/passwd)',
    '[x](mailto:a@b.example)',
    'a@b.example',
    '[x](//evil.example)',
    '[x](\\\\evil.example)',
    '[x](http:evil.example)',
    '[x](http:\\\\evil.example)',
    '[x](https:/evil.example)',
    '[x](/path)',
    '[x](page.html)',
    '[x](#top)',
    '[x](<?v=1 &x>)',
    '[x][r]\n\n[r]: javascript:alert(1)',
    '[x]( \u0001javascript:alert(1))',
  ];
  it.each(hostile)('%s', (source) => {
    const tree = parse(source);
    expect(links(tree)).toEqual([]);
    expect(blockText(tree)).toContain(source.split('\n')[0]!.replace(/^<|>$/g, '').slice(0, 8));
  });

  it('the refused link shows exactly as written', () => {
    expect(parse('see [x](javascript:alert(1)) now')).toEqual([
      para(text('see [x](javascript:alert(1)) now')),
    ]);
  });
});

describe('parseLessonText: limits', () => {
  it(`parses ${MAX_TEXT_LENGTH} characters whole, and cuts one more with "…"`, () => {
    const full = 'a'.repeat(MAX_TEXT_LENGTH);
    expect(parse(full)).toEqual([para(text(full))]);
    const over = parse(`${full}b`);
    expect(over).toEqual([para(text(full)), para(text('…'))]);
  });

  it('does not cut a character outside the BMP in two', () => {
    const tree = parse(`${'a'.repeat(MAX_TEXT_LENGTH - 1)}𝜃𝜃`);
    expect(blockText(tree)).toBe(`${'a'.repeat(MAX_TEXT_LENGTH - 1)}\n\n…`);
  });

  const deep: [string, string][] = [
    ['10⁵ ">"', '>'.repeat(100_000)],
    ['2,000 "> "', `${'> '.repeat(2000)}x`],
    ['10⁵ "*"', '*'.repeat(100_000)],
    ['2,000 "*a"', '*a'.repeat(2000)],
    ['2,000 "- "', `${'- '.repeat(2000)}x`],
    ['1,333 "1. "', `${'1. '.repeat(1333)}x`],
    ['"> - 1. " repeated', `${'> - 1. '.repeat(600)}x`],
    [
      '60 levels by indentation',
      Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
    ],
    ['1,000 "[*"', `${'[*'.repeat(1000)}a${'*](http://x.example)'.repeat(1000)}`],
    ['2,000 "$"', '$'.repeat(2000)],
    ['1,333 "$$\\n"', '$$\n'.repeat(1333)],
  ];
  it.each(deep)('%s: no throw, no tree deeper than the cap', (_name, source) => {
    const tree = parse(source);
    expect(tree.length).toBeGreaterThan(0);
    // A block container per level, then a paragraph and its inlines (≤ the cap again).
    expect(maxDepth(tree)).toBeLessThanOrEqual(2 * MAX_NESTING + 1);
  });

  it(`draws ${MAX_NESTING} nested quotes as quotes and shows a deeper one as its source`, () => {
    const quotes = (tree: ReturnType<typeof parse>): number =>
      tree[0]?.type === 'blockquote' ? 1 + quotes(tree[0].children) : 0;
    expect(quotes(parse(`${'> '.repeat(MAX_NESTING)}x`))).toBe(MAX_NESTING);
    const deeper = parse(`${'> '.repeat(MAX_NESTING + 1)}x`);
    expect(quotes(deeper)).toBe(MAX_NESTING);
    expect(blockText(deeper)).toBe('> x');
  });

  it('unbalanced or price-like $ stays text', () => {
    for (const source of [
      '$5 and $6',
      'costs $',
      '$x',
      '$ x$',
      '$x $',
      '$x$5',
      '\\$x$',
      '$$',
      '$$x',
      '$$\nx',
    ]) {
      const tree = parse(source);
      expect(
        [...walk(tree)].some(([n]) => n.type === 'math'),
        source,
      ).toBe(false);
    }
  });
});

describe('parseLessonText: properties', () => {
  const isSafe = (target: ReturnType<typeof links>[number]) =>
    target.kind === 'app'
      ? !/[\s\p{Cc}]/u.test(target.query)
      : /^https?:\/\/[^\s]+$/.test(target.href) &&
        ['http:', 'https:'].includes(new URL(target.href).protocol);

  const markdownish = markdownText(80);

  it('never throws and never yields a link that is not http(s) or ?…', () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string({ maxLength: 300 })), (source) => {
        const tree = parse(source);
        expect(links(tree).every(isSafe)).toBe(true);
        expect(maxDepth(tree)).toBeLessThanOrEqual(2 * MAX_NESTING + 1);
      }),
      { numRuns: 2000 },
    );
  });
});

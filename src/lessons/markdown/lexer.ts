/**
 * marked's lexer, set up for lesson texts (docs/lessons.md, "Text"; docs/decisions.md, "Lesson
 * texts"): GitHub-flavoured Markdown plus `$…$` and `$$…$$` formulas, and a guard that keeps
 * hostile nesting from reaching its recursion. Only the lexer is used: its tokens become our
 * own tree (parse.ts); marked's HTML output is never produced. Pure.
 */
import { Marked, type Token, type TokenizerExtension } from 'marked';

/** A formula token of ours, in marked's token stream. */
export interface MathToken {
  type: 'inlineMath' | 'displayMath';
  raw: string;
  tex: string;
}

/**
 * `$…$` at the start of `src` (pandoc's rule, so that prices stay text: the `$` that opens is
 * not followed by a space, the one that closes is not preceded by one nor followed by a digit),
 * or `$$…$$` inside a line. `\$` is a dollar inside a formula and outside one. Linear: the
 * content stops at the first unescaped `$`.
 */
export function scanInlineMath(src: string): MathToken | undefined {
  const display = /^\$\$((?:\\[\s\S]|[^\\$])+)\$\$/.exec(src);
  if (display) {
    const tex = display[1]!.trim();
    return tex === '' ? undefined : { type: 'inlineMath', raw: display[0], tex };
  }
  const match = /^\$((?:\\[\s\S]|[^\\$])+)\$/.exec(src);
  if (!match) return undefined;
  const tex = match[1]!;
  if (/^\s/.test(tex) || /\s$/.test(tex) || /^\d/.test(src.slice(match[0].length)))
    return undefined;
  return { type: 'inlineMath', raw: match[0], tex };
}

/**
 * `$$` at the start of a line, a formula, then `$$` at the end of a line (the same or a later
 * one, with no blank line between), e.g. `$$\theta \leftarrow \theta - \alpha g$$`.
 */
export function scanDisplayMath(src: string): MathToken | undefined {
  const match = /^ {0,3}\$\$((?:(?!\n[ \t]*\n)[\s\S])*?)\$\$[ \t]*(?:\n|$)/.exec(src);
  if (!match) return undefined;
  const tex = match[1]!.trim();
  return tex === '' ? undefined : { type: 'displayMath', raw: match[0], tex };
}

const indexOrNothing = (index: number) => (index < 0 ? undefined : index);

const inlineMath: TokenizerExtension = {
  name: 'inlineMath',
  level: 'inline',
  start: (src) => indexOrNothing(src.indexOf('$')),
  tokenizer: (src) => scanInlineMath(src),
};

const displayMath: TokenizerExtension = {
  name: 'displayMath',
  level: 'block',
  // Where a paragraph stops so that a formula can begin: a line starting with `$$`.
  start: (src) => indexOrNothing(src.search(/^ {0,3}\$\$/m)),
  tokenizer: (src) => scanDisplayMath(src),
};

const lessonMarked = new Marked({ gfm: true, breaks: false, async: false }).use({
  extensions: [displayMath, inlineMath],
});

/** A blockquote or list marker at the current position of a line (after any indentation). */
const CONTAINER_MARKER = /[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;

/**
 * The text with every line's container markers past the `max`-th escaped (`\>`, `\-`, `1\.`),
 * so that they read as the characters typed. marked recurses once per marker: 2,000 `> ` on a
 * line overflow its stack (measured, docs/decisions.md). Nesting by indentation needs a longer
 * line per level, so 4,000 characters reach about 60 levels that way, which it handles.
 */
export function capNesting(text: string, max: number): string {
  return text
    .split('\n')
    .map((line) => {
      CONTAINER_MARKER.lastIndex = 0;
      for (let depth = 0; CONTAINER_MARKER.exec(line); depth++) {
        if (depth === max) {
          const at = CONTAINER_MARKER.lastIndex - 1;
          return `${line.slice(0, at)}\\${line.slice(at)}`;
        }
      }
      return line;
    })
    .join('\n');
}

/** marked's tokens for `text`, with container nesting capped at `maxNesting` + 1. Throws only if marked does. */
export function lexLessonText(text: string, maxNesting: number): Token[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  return lessonMarked.lexer(capNesting(normalised, maxNesting + 1));
}

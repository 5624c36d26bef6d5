/**
 * A lesson text (the Markdown subset of docs/lessons.md, "Text") as our own small tree
 * (ast.ts), which src/ui/lesson/LessonText.tsx draws as React elements. A lesson file is
 * hostile input (docs/security.md): what the subset has becomes its node; everything else — raw
 * HTML, images, tables, footnotes, rules, strikethrough, a link to anything but http(s) or
 * another view of the app — becomes text showing its source, so the author sees what was not
 * taken and nothing is ever markup. Never throws. Pure.
 */
import type { Token, Tokens } from 'marked';
import { MAX_NESTING, MAX_TEXT_LENGTH, type LessonBlock, type LessonInline } from './ast';
import { lexLessonText, type MathToken } from './lexer';
import { linkTarget } from './links';
import { decodeReferences, joinCjkLines } from './text';

/** The inline nodes showing `source` as typed, its line breaks kept. */
function sourceInlines(source: string): LessonInline[] {
  return source
    .replace(/\n+$/, '')
    .split('\n')
    .flatMap((line, i): LessonInline[] =>
      i === 0 ? [{ type: 'text', text: line }] : [{ type: 'break' }, { type: 'text', text: line }],
    );
}

/** A block of the subset's source text (an HTML block, a table, a rule …), shown as typed. */
function sourceBlock(source: string): LessonBlock[] {
  const trimmed = source.trim();
  return trimmed === '' ? [] : [{ type: 'paragraph', children: sourceInlines(trimmed) }];
}

/** Adjacent text nodes joined (marked splits text at every character it considered). */
function joinTexts(nodes: LessonInline[]): LessonInline[] {
  const joined: LessonInline[] = [];
  for (const node of nodes) {
    const last = joined.at(-1);
    if (node.type === 'text' && last?.type === 'text') last.text += node.text;
    else if (node.type !== 'text' || node.text !== '') joined.push(node);
  }
  for (const node of joined) if (node.type === 'text') node.text = joinCjkLines(node.text);
  return joined;
}

function inlines(tokens: readonly Token[] | undefined, depth: number): LessonInline[] {
  return joinTexts((tokens ?? []).flatMap((token) => inline(token, depth)));
}

function inline(token: Token, depth: number): LessonInline[] {
  const source: LessonInline[] = [{ type: 'text', text: token.raw }];
  // An inline that holds others (emphasis, strong, a link) past the cap: its source.
  if (depth >= MAX_NESTING && 'tokens' in token && token.tokens) return source;
  switch (token.type) {
    case 'text':
      // A text token may hold inline tokens of its own (a tight list item's text).
      return token.tokens
        ? inlines(token.tokens, depth)
        : [{ type: 'text', text: decodeReferences((token as Tokens.Text).text) }];
    case 'escape':
      return [{ type: 'text', text: (token as Tokens.Escape).text }];
    case 'em':
      return [{ type: 'emphasis', children: inlines(token.tokens, depth + 1) }];
    case 'strong':
      return [{ type: 'strong', children: inlines(token.tokens, depth + 1) }];
    case 'codespan':
      return [{ type: 'code', text: (token as Tokens.Codespan).text }];
    case 'br':
      return [{ type: 'break' }];
    case 'inlineMath':
      return [{ type: 'math', tex: (token as unknown as MathToken).tex }];
    case 'link': {
      const target = linkTarget((token as Tokens.Link).href);
      return target
        ? [{ type: 'link', target, children: inlines(token.tokens, depth + 1) }]
        : source;
    }
    default:
      // html, image, del, checkbox and any token a later marked adds: its source.
      return source;
  }
}

/** A list item's blocks; a task item's `[ ]` (GFM) is text at the start of its first line. */
function itemBlocks(item: Tokens.ListItem, depth: number): LessonBlock[] {
  const [first, ...rest] = item.tokens;
  if (first?.type !== 'checkbox') return blocks(item.tokens, depth);
  const body = blocks(rest, depth);
  const head = body[0];
  if (head?.type !== 'paragraph') return [...sourceBlock(first.raw), ...body];
  head.children = joinTexts([{ type: 'text', text: first.raw }, ...head.children]);
  return body;
}

function listBlock(list: Tokens.List, depth: number): LessonBlock[] {
  const start = list.ordered && typeof list.start === 'number' ? list.start : 1;
  const items = list.items.map((item) => itemBlocks(item, depth + 1));
  return [{ type: 'list', ordered: list.ordered, start, items }];
}

function block(token: Token, depth: number): LessonBlock[] {
  switch (token.type) {
    case 'space':
      return [];
    case 'def':
      // A link reference definition draws nothing (its links carry its address); a footnote's
      // `[^1]: …` is not one for a reader, so it shows.
      return (token as Tokens.Def).tag.startsWith('^') ? sourceBlock(token.raw) : [];
    case 'paragraph':
    case 'text':
      return [{ type: 'paragraph', children: inlines(token.tokens ?? [token], 0) }];
    case 'heading': {
      const level = (token as Tokens.Heading).depth <= 3 ? 3 : 4;
      return [{ type: 'heading', level, children: inlines(token.tokens, 0) }];
    }
    case 'code': {
      const code = token as Tokens.Code;
      if (code.lang?.trim() === 'math' && code.text.trim() !== '')
        return [{ type: 'math', tex: code.text.trim() }];
      return [{ type: 'code', text: code.text }];
    }
    case 'displayMath':
      return [{ type: 'math', tex: (token as unknown as MathToken).tex }];
    case 'blockquote':
      if (depth >= MAX_NESTING) return sourceBlock(token.raw);
      return [{ type: 'blockquote', children: blocks(token.tokens, depth + 1) }];
    case 'list':
      if (depth >= MAX_NESTING) return sourceBlock(token.raw);
      return listBlock(token as Tokens.List, depth);
    case 'list_item':
      // Only inside a list (listBlock); a stray one reads as its text.
      return blocks(token.tokens, depth);
    default:
      // html, hr, table, and any token a later marked adds: its source.
      return sourceBlock(token.raw);
  }
}

function blocks(tokens: readonly Token[] | undefined, depth: number): LessonBlock[] {
  return (tokens ?? []).flatMap((token) => block(token, depth));
}

/** The first `max` code units of `text`, not cutting a surrogate pair in two. */
function cut(text: string, max: number): string {
  const end = /[\ud800-\udbff]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * A lesson text as blocks. Past `MAX_TEXT_LENGTH` the text is cut and ends with a paragraph
 * "…" (the validator refuses such a file; this keeps a caller that did not ask it safe).
 */
export function parseLessonText(text: string): LessonBlock[] {
  const long = text.length > MAX_TEXT_LENGTH;
  const source = long ? cut(text, MAX_TEXT_LENGTH) : text;
  let tree: LessonBlock[];
  try {
    tree = blocks(lexLessonText(source, MAX_NESTING), 0);
  } catch {
    // marked failed on something the guards did not foresee: the text, as typed.
    tree = source.split(/\n[ \t]*\n/).flatMap(sourceBlock);
  }
  return long ? [...tree, { type: 'paragraph', children: [{ type: 'text', text: '…' }] }] : tree;
}

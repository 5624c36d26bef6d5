/**
 * A lesson text as the player draws it (docs/lessons.md, "Text"): a small, closed tree of our
 * own, so that what a lesson file can put on screen is exactly these node types, each drawn by
 * src/ui/lesson/LessonText.tsx as React elements. Markdown the subset does not have (raw HTML,
 * images, tables, footnotes, rules, strikethrough) arrives here as text showing its source.
 * Types and limits only, a leaf.
 */

/** The longest text parsed, in UTF-16 code units; a longer one is cut there and ends in "…". */
export const MAX_TEXT_LENGTH = 4000;

/**
 * The deepest nesting of blockquotes and lists drawn as such (a list in a quote is 2); a
 * container deeper than this is shown as its source text. Also the limit for inline nesting
 * (emphasis in a link in strong …). A lesson needs 2 or 3; the cap keeps hostile input from
 * building a tree the renderer would recurse through thousands of times.
 */
export const MAX_NESTING = 8;

/**
 * Where a link goes. Only these two kinds exist: anything else a link could name (javascript:,
 * data:, mailto:, //host, a relative path …) is shown as the link's source text instead.
 */
export type LinkTarget =
  /** An http: or https: address, as the URL parser normalised it; opens in a new tab. */
  | { kind: 'external'; href: string }
  /**
   * Another view of the app: the query of one of its links, e.g. `v=1&p=rosenbrock` for the
   * Markdown `[Rosenbrock](?v=1&p=rosenbrock)`; the player may open it in place.
   */
  | { kind: 'app'; query: string };

export type LessonInline =
  | { type: 'text'; text: string }
  | { type: 'emphasis'; children: LessonInline[] }
  | { type: 'strong'; children: LessonInline[] }
  | { type: 'code'; text: string }
  /** `$…$` (or `$$…$$` inside a line): TeX, typeset inline. */
  | { type: 'math'; tex: string }
  | { type: 'link'; target: LinkTarget; children: LessonInline[] }
  /** A hard line break (two spaces or a backslash at the end of a line). */
  | { type: 'break' };

export type LessonBlock =
  | { type: 'paragraph'; children: LessonInline[] }
  /** `###` is level 3, `####` level 4; `#` and `##` are 3 and deeper ones 4 (the step's title is the h2). */
  | { type: 'heading'; level: 3 | 4; children: LessonInline[] }
  /** Each item is a list of blocks; `start` is the first number of an ordered list. */
  | { type: 'list'; ordered: boolean; start: number; items: LessonBlock[][] }
  | { type: 'blockquote'; children: LessonBlock[] }
  | { type: 'code'; text: string }
  /** `$$…$$` on lines of its own, or a fenced code block of language `math`: TeX, displayed. */
  | { type: 'math'; tex: string };

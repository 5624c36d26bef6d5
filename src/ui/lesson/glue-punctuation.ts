/**
 * Keeps inline math and the punctuation right after it on one line. A browser may break a line
 * between a KaTeX box and a following "." or "，" (the box ends in an element, not a letter), so
 * a sentence's full stop could wrap alone onto the next line. The text's nodes are regrouped:
 * a math node and the punctuation that follows it become one `glued` group, drawn in a span
 * that does not wrap inside (LessonText.css `.lesson-text__glued`). Pure.
 */
import type { LessonInline } from '../../lessons/markdown/ast';

/** Closing punctuation, Latin and CJK (full-width), that must not begin a line. */
const LEADING_PUNCTUATION = /^[.,;:!?)\]}’”'"…。，、；：！？）」』】〉》]+/u;

export type GluedInline =
  | LessonInline
  | { type: 'glued'; math: Extract<LessonInline, { type: 'math' }>; punctuation: string };

export function gluePunctuation(nodes: readonly LessonInline[]): GluedInline[] {
  const glued: GluedInline[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const next = nodes[i + 1];
    const punctuation =
      node.type === 'math' && next?.type === 'text'
        ? LEADING_PUNCTUATION.exec(next.text)?.[0]
        : undefined;
    if (node.type !== 'math' || next?.type !== 'text' || !punctuation) {
      glued.push(node);
      continue;
    }
    glued.push({ type: 'glued', math: node, punctuation });
    const rest = next.text.slice(punctuation.length);
    if (rest) glued.push({ type: 'text', text: rest });
    i++;
  }
  return glued;
}

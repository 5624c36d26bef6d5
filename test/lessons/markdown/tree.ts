/** Walking a lesson text's tree in tests: its links, its depth, its text. */
import type { LessonBlock, LessonInline, LinkTarget } from '../../../src/lessons/markdown/ast';

type Node = LessonBlock | LessonInline;

/** Every node of the tree, depth first, with its nesting depth (0 = a top-level block). */
export function* walk(nodes: readonly Node[], depth = 0): Generator<[Node, number]> {
  for (const node of nodes) {
    yield [node, depth];
    if ('children' in node) yield* walk(node.children, depth + 1);
    if (node.type === 'list') for (const item of node.items) yield* walk(item, depth + 1);
  }
}

export const links = (tree: readonly LessonBlock[]): LinkTarget[] =>
  [...walk(tree)].flatMap(([n]) => (n.type === 'link' ? [n.target] : []));

export const maxDepth = (tree: readonly LessonBlock[]): number =>
  Math.max(0, ...[...walk(tree)].map(([, d]) => d));

/** The characters a reader sees of inlines, a break as "\n". */
export function inlineText(nodes: readonly LessonInline[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text' || node.type === 'code') return node.text;
      if (node.type === 'math') return node.tex;
      if (node.type === 'break') return '\n';
      return inlineText(node.children);
    })
    .join('');
}

/** The characters a reader sees of blocks, one block (or list item) after another, "\n\n" apart. */
export function blockText(nodes: readonly LessonBlock[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'code') return node.text;
      if (node.type === 'math') return node.tex;
      if (node.type === 'list') return node.items.map(blockText).join('\n\n');
      if (node.type === 'blockquote') return blockText(node.children);
      return inlineText(node.children);
    })
    .join('\n\n');
}

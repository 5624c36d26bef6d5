/**
 * A lesson step's text on screen (issue 16; docs/lessons.md, "Text"): the tree of
 * src/lessons/markdown drawn as React elements — never HTML from the text, so a lesson file
 * cannot put markup, script or styles on the page. The only injected HTML is KaTeX's own output
 * for a formula, through the inspector's Tex (KaTeX's `trust` is off: `\href`, `\url` and
 * `\includegraphics` draw as errors). A formula shows its TeX until KaTeX has loaded.
 */
import type { MouseEvent, ReactNode } from 'react';
import { useMemo } from 'react';
import type { LessonBlock, LessonInline, LinkTarget } from '../../lessons/markdown/ast';
import { parseLessonText } from '../../lessons/markdown/parse';
import { Tex } from '../inspector/Tex';
import { gluePunctuation } from './glue-punctuation';
import './LessonText.css';

export interface LessonTextProps {
  /** The text, in the Markdown subset of docs/lessons.md (parsed here, as hostile input). */
  text: string;
  /**
   * Called with a link's query (`v=1&p=rosenbrock` for `[…](?v=1&p=rosenbrock)`) when an app
   * link is clicked without a modifier key, instead of the browser following it; without it,
   * the link navigates as any link does.
   */
  onAppLink?: ((query: string) => void) | undefined;
  className?: string | undefined;
}

type OnAppLink = LessonTextProps['onAppLink'];

/** A click the browser should handle itself: another button, or a modifier (new tab, window …). */
const browserClick = (event: MouseEvent) =>
  event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;

function Link({
  target,
  onAppLink,
  children,
}: {
  target: LinkTarget;
  onAppLink: OnAppLink;
  children: ReactNode;
}) {
  if (target.kind === 'external')
    return (
      <a href={target.href} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    );
  const onClick = (event: MouseEvent) => {
    if (!onAppLink || event.defaultPrevented || browserClick(event)) return;
    event.preventDefault();
    onAppLink(target.query);
  };
  return (
    <a href={`?${target.query}`} onClick={onClick} data-app-link="">
      {children}
    </a>
  );
}

function inlines(nodes: readonly LessonInline[], onAppLink: OnAppLink): ReactNode[] {
  return gluePunctuation(nodes).map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'emphasis':
        return <em key={i}>{inlines(node.children, onAppLink)}</em>;
      case 'strong':
        return <strong key={i}>{inlines(node.children, onAppLink)}</strong>;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'math':
        return <Tex key={i} tex={node.tex} plain={node.tex} className="lesson-text__math" />;
      case 'glued':
        return (
          <span key={i} className="lesson-text__glued">
            <Tex tex={node.math.tex} plain={node.math.tex} className="lesson-text__math" />
            {node.punctuation}
          </span>
        );
      case 'link':
        return (
          <Link key={i} target={node.target} onAppLink={onAppLink}>
            {inlines(node.children, onAppLink)}
          </Link>
        );
      case 'break':
        return <br key={i} />;
      default:
        return node satisfies never;
    }
  });
}

function blocks(nodes: readonly LessonBlock[], onAppLink: OnAppLink): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'paragraph':
        return <p key={i}>{inlines(node.children, onAppLink)}</p>;
      case 'heading': {
        const Heading = node.level === 3 ? 'h3' : 'h4';
        return <Heading key={i}>{inlines(node.children, onAppLink)}</Heading>;
      }
      case 'list': {
        const items = node.items.map((item, k) => <li key={k}>{blocks(item, onAppLink)}</li>);
        return node.ordered ? (
          <ol key={i} start={node.start === 1 ? undefined : node.start}>
            {items}
          </ol>
        ) : (
          <ul key={i}>{items}</ul>
        );
      }
      case 'blockquote':
        return <blockquote key={i}>{blocks(node.children, onAppLink)}</blockquote>;
      case 'code':
        return (
          <pre key={i}>
            <code>{node.text}</code>
          </pre>
        );
      case 'math':
        return (
          <div key={i} className="lesson-text__display">
            <Tex tex={node.tex} plain={node.tex} display className="lesson-text__math" />
          </div>
        );
      default:
        return node satisfies never;
    }
  });
}

export function LessonText({ text, onAppLink, className }: LessonTextProps) {
  const tree = useMemo(() => parseLessonText(text), [text]);
  return (
    <div className={className ? `lesson-text ${className}` : 'lesson-text'}>
      {blocks(tree, onAppLink)}
    </div>
  );
}

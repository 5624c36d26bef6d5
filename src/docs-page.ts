/**
 * The project's docs the app links to, rendered at build time to static pages in the output
 * (issue 14: docs/decisions.md, "Docs in the app"): the step inspector links each rule to its
 * section of docs/optimizers.md, and the built app is a static offline site (docs/offline.md),
 * so the doc is a page of the build, precached with the rest (`*.html`, `*.css`).
 *
 * Pages are CSP-clean (docs/security.md): the same policy as the app as a <meta>, a stylesheet
 * file, no script at all; the build fails if a page would carry inline script. Pure apart from
 * the plugin object and its file reads, so the rendering is unit-tested.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Marked, type Tokens } from 'marked';
import type { Plugin } from 'vite';
import { inlineScripts, withCspMeta } from './csp.ts';
import { joinCjkLines } from './lessons/markdown/text.ts';
import { OPTIMIZER_DOCS, docPagePath, type DocLanguage } from './ui/inspector/doc-link.ts';

/** A heading's anchor: the name in its last code span (`adam`), else a slug of its text. */
export function headingId(text: string): string {
  const code = [...text.matchAll(/`([^`]+)`/g)].at(-1)?.[1];
  if (code && /^[a-z0-9-]+$/.test(code)) return code;
  return text
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** The anchors of a Markdown text's headings, in order (what a link may point at). */
export function headingIds(markdown: string): string[] {
  return [...markdown.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => headingId(m[1]!));
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A link between built docs pages: `optimizers.md#x` → `optimizers.html#x` (and the .zh page);
 * any other href as written.
 */
export function builtHref(href: string): string {
  const match = /^(optimizers(?:\.[a-z]+)?)\.md(#.*)?$/.exec(href);
  if (!match) return href;
  const built = OPTIMIZER_DOCS.some((d) => d.source === `docs/${match[1]}.md`);
  return built ? `${match[1]}.html${match[2] ?? ''}` : href;
}

// The same rule as a lesson's text: a soft break between Chinese characters is no space.
export { joinCjkLines };

/** The body of a page: Markdown to HTML, each heading with its anchor. Raw HTML is escaped. */
export function renderMarkdown(markdown: string): string {
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    walkTokens(token) {
      if (token.type === 'link') token.href = builtHref(token.href);
      // A line break inside Chinese text is no space (a browser would draw one).
      if (token.type === 'text') token.text = joinCjkLines(token.text);
    },
    renderer: {
      heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token) {
        const id = headingId(token.text);
        const inner = this.parser.parseInline(token.tokens);
        return `<h${token.depth} id="${escapeHtml(id)}"><a class="doc__anchor" href="#${escapeHtml(id)}">${inner}</a></h${token.depth}>\n`;
      },
      // Our own docs, but a page without any markup of its own cannot trip the CSP.
      html(token) {
        return escapeHtml(token.text);
      },
    },
  });
  return marked.parse(markdown) as string;
}

/** The whole page: the policy first in <head>, the stylesheet beside it, no script. */
export function docPageHtml(markdown: string, lang: DocLanguage, stylesheet: string): string {
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1] ?? 'Descent';
  const html = `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title.replace(/`/g, ''))} · Descent</title>
    <link rel="stylesheet" href="${stylesheet}" />
  </head>
  <body>
    <main class="doc">
${renderMarkdown(markdown)}
    </main>
  </body>
</html>
`;
  const inline = inlineScripts(html);
  if (inline.length > 0) throw new Error(`inline script in a docs page: ${inline.join(', ')}`);
  return withCspMeta(html);
}

/** The pages of the build: each language of docs/optimizers.md that has a source. */
export function docPages(root: string): { fileName: string; source: string }[] {
  return OPTIMIZER_DOCS.map(({ lang, source }) => {
    const markdown = readFileSync(resolve(root, source), 'utf8');
    return { fileName: docPagePath(lang), source: docPageHtml(markdown, lang, 'docs.css') };
  });
}

const STYLESHEET = 'docs/docs.css';

/** Emits the pages and their stylesheet into the build; serves them from the dev server too. */
export function docsPagePlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'descent-docs-pages',
    configResolved(config) {
      root = config.root;
    },
    generateBundle() {
      for (const page of docPages(root))
        this.emitFile({ type: 'asset', fileName: page.fileName, source: page.source });
      this.emitFile({
        type: 'asset',
        fileName: STYLESHEET,
        source: readFileSync(resolve(root, 'src/docs-page.css'), 'utf8'),
      });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split(/[?#]/)[0]!.replace(/^\//, '');
        const page = docPages(root).find((p) => p.fileName === path);
        const css = path === STYLESHEET;
        if (!page && !css) return next();
        response.setHeader('Content-Type', css ? 'text/css' : 'text/html; charset=utf-8');
        response.end(css ? readFileSync(resolve(root, 'src/docs-page.css'), 'utf8') : page!.source);
      });
    },
  };
}

/**
 * The inspector's link to the docs (issue 14): docs/optimizers.md has a section, with its
 * update rule, for each of the 21 optimizer types, at the anchor the inspector links to; the

 * page the build renders from it carries those anchors, the CSP, and no script.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  builtHref,
  docPageHtml,
  headingId,
  headingIds,
  joinCjkLines,
  renderMarkdown,
} from '../../src/docs-page';
import { cspPolicy } from '../../src/csp';
import { OPTIMIZER_TYPES } from '../../src/scenario/types';
import { OPTIMIZER_DOCS, optimizerDocHref } from '../../src/ui/inspector/doc-link';

const markdown = readFileSync('docs/optimizers.md', 'utf8');

/** The text of the section under the heading whose anchor is `id`, up to the next heading. */
function section(id: string): string {
  const parts = markdown.split(/^(?=#{1,3}\s)/m);
  return parts.find((part) => headingId(/^#+\s+(.+)$/m.exec(part)![1]!) === id) ?? '';
}

describe('docs/optimizers.md: a section for every optimizer type', () => {
  it('has an anchor for each of the 21 types, once, in every language it is written in', () => {
    for (const { source } of OPTIMIZER_DOCS) {
      const ids = headingIds(readFileSync(source, 'utf8'));
      for (const type of OPTIMIZER_TYPES)
        expect(
          ids.filter((id) => id === type),
          `${source} ${type}`,
        ).toHaveLength(1);
    }
    expect(OPTIMIZER_TYPES).toHaveLength(21);
  });

  it('writes each type’s update rule: a θ ← … line in a code block', () => {
    for (const type of OPTIMIZER_TYPES) {
      const text = section(type);
      expect(text, type).toMatch(/```[\s\S]*θ ←[\s\S]*```/);
    }
    // The check can fail: a heading without a rule.
    expect(section('the-update-rules')).not.toMatch(/```[\s\S]*θ ←[\s\S]*```/);
  });

  it('anchors a heading at the name in its code span, else a slug', () => {
    expect(headingId('Adam (`adam`)')).toBe('adam');
    expect(headingId('The update rules')).toBe('the-update-rules');
  });
});

describe('the rendered page', () => {
  const html = docPageHtml(markdown, 'en', 'docs.css');

  it('has an element with the id of every link the inspector makes', () => {
    for (const type of OPTIMIZER_TYPES) {
      const href = optimizerDocHref(type, 'en');
      expect(href).toBe(`./docs/optimizers.html#${type}`);
      expect(html).toContain(`id="${type}"`);
    }
  });

  it('runs under the app’s CSP: the policy first, a stylesheet file, no script', () => {
    expect(html).toContain(cspPolicy());
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<title>'));
    expect(html).toContain('<link rel="stylesheet" href="docs.css" />');
    expect(html).not.toMatch(/<script|style="|\son[a-z]+=/i);
  });

  it('escapes raw HTML in the Markdown instead of passing it on', () => {
    const out = renderMarkdown(
      '# T\n\n<script>alert(1)</script>\n\ntext <img src=x onerror=alert(1)>',
    );
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
  });
});

describe('optimizerDocHref: the app’s language where a translation exists', () => {
  it('links to the Chinese page in Chinese, the English one otherwise', () => {
    expect(optimizerDocHref('lion', 'zh')).toBe('./docs/optimizers.zh.html#lion');
    expect(optimizerDocHref('lion', 'en')).toBe('./docs/optimizers.html#lion');
    expect(optimizerDocHref('lion', 'fr')).toBe('./docs/optimizers.html#lion');
  });

  it('turns links between the docs pages into links between the built pages', () => {
    expect(builtHref('optimizers.md')).toBe('optimizers.html');
    expect(builtHref('optimizers.md#adam')).toBe('optimizers.html#adam');
    expect(builtHref('optimizers.zh.md#adam')).toBe('optimizers.zh.html#adam');
    expect(builtHref('links.md')).toBe('links.md');
    const zh = docPageHtml(readFileSync('docs/optimizers.zh.md', 'utf8'), 'zh', 'docs.css');
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('href="optimizers.html"');
  });

  it('joins Chinese lines without a space, and leaves other line breaks', () => {
    expect(joinCjkLines('遗忘，\n这一点 a\nb 的\n步长')).toBe('遗忘，这一点 a\nb 的步长');
    expect(renderMarkdown('第一行，\n第二行')).toContain('第一行，第二行');
  });
});

/**
 * Comments and docs cite this repository's docs/, never files outside it (issue 15, point 7;
 * docs/style.md, "Names and comments"): a cited docs/ file exists, and a cited anchor
 * (`docs/optimizers.md#adam`) or quoted section (`docs/screen.md, "Problems"`) of the docs that
 * replaced the outside references is a heading there.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUNCTION_NAMES } from '../../src/core/problems/functions';
import { headingId, headingIds } from '../../src/docs-page';

const ROOTS = ['src', 'workers', 'test', 'e2e', 'docs'];
const TEXT = /\.(ts|tsx|mts|mjs|js|md|css|html)$/;

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return TEXT.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

/** A file's text with comment line breaks (`\n *`, `\n //`) joined, so a wrapped citation reads whole. */
const joined = (text: string) => text.replace(/\n\s*(?:\*(?!\/)|\/\/)?\s*/g, ' ');

const FILES = [...ROOTS.flatMap(filesUnder), 'README.md'];

/** The outside names, built from parts so that this file does not cite them itself. */
const OUTSIDE = new RegExp(
  `\\b(?:${['SCENARIO', 'OPTIMIZERS', 'FUNCTIONS', 'PRODUCT', 'STYLE'].join('|')})\\.md\\b|shared/${'reference'}`,
);

/** Outside citations in a text, one per offending line. */
export function outsideCitations(text: string): string[] {
  return text.split('\n').filter((line) => OUTSIDE.test(line));
}

/** The docs that replaced the outside references: their sections are checked too. */
const OWNED = ['optimizers', 'functions', 'scenario', 'screen', 'style'];

interface Citation {
  doc: string;
  anchor?: string;
  section?: string;
}

/** `docs/x.md`, with `#anchor` or `, "Section"` / ` ("Section")` where present. */
export function citationsIn(text: string): Citation[] {
  const pattern = /docs\/([a-z0-9.-]+\.md)(?:#([a-z0-9-]+))?(?:,? \(?["“]([^"”\n]+)["”])?/g;
  return [...joined(text).matchAll(pattern)].map((m) => ({
    doc: `docs/${m[1]}`,
    ...(m[2] ? { anchor: m[2] } : {}),
    ...(m[3] ? { section: m[3] } : {}),
  }));
}

const headingsOf = (doc: string) =>
  [...readFileSync(doc, 'utf8').matchAll(/^#{1,6}\s+(.+?)\s*$/gm)].map((m) => m[1]!);

describe('citations of the outside reference files', () => {
  it('are gone from src, workers, test, e2e, docs and the README', () => {
    const found = FILES.flatMap((file) =>
      outsideCitations(readFileSync(file, 'utf8')).map((line) => `${file}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
    expect(FILES.length).toBeGreaterThan(100);
  });

  it('are recognised (the check can fail)', () => {
    const name = ['OPTIMIZERS', 'md'].join('.');
    expect(outsideCitations(`/** Adam (${name} §2.7). */`)).toHaveLength(1);
    expect(outsideCitations(`see ../shared/${'reference'}/golden.json`)).toHaveLength(1);
    expect(outsideCitations('(docs/optimizers.md#adam)')).toEqual([]);
  });
});

describe('citations of docs/', () => {
  const SELF = 'test/docs/citations.test.ts'; // its examples are not citations
  const cited = FILES.filter((f) => !f.startsWith('docs/') && f !== SELF).flatMap((file) =>
    citationsIn(readFileSync(file, 'utf8')).map((c) => ({ file, ...c })),
  );

  it('name files that exist', () => {
    const missing = cited.filter((c) => !existsSync(c.doc)).map((c) => `${c.file}: ${c.doc}`);
    expect(missing).toEqual([]);
    expect(cited.length).toBeGreaterThan(50);
  });

  it('point at anchors and sections that exist in the docs that replaced the outside ones', () => {
    const owned = cited.filter((c) => OWNED.some((name) => c.doc === `docs/${name}.md`));
    const broken = owned.filter((c) => {
      const headings = headingsOf(c.doc);
      if (c.anchor && !headingIds(readFileSync(c.doc, 'utf8')).includes(c.anchor)) return true;
      return c.section !== undefined && !headings.some((h) => h.includes(c.section!));
    });
    expect(broken.map((c) => `${c.file}: ${c.doc} ${c.anchor ?? c.section}`)).toEqual([]);
    // The checks can fail, and they read the forms the comments use.
    expect(owned.some((c) => c.anchor === 'adam-without-bias-correction')).toBe(true);
    expect(owned.some((c) => c.section === 'What the screen holds')).toBe(true);
    expect(headingIds(readFileSync('docs/optimizers.md', 'utf8'))).not.toContain('no-such-anchor');
  });

  it('read wrapped comments and the quoted-section forms', () => {
    const text =
      '/**\n * The data panel (docs/screen.md,\n * "Problems"); rules: docs/optimizers.md#adam. */';
    expect(citationsIn(text)).toEqual([
      { doc: 'docs/screen.md', section: 'Problems' },
      { doc: 'docs/optimizers.md', anchor: 'adam' },
    ]);
    expect(headingId('Adam without bias correction')).toBe('adam-without-bias-correction');
  });

  it('docs/functions.md lists the built-in functions in the picker’s order', () => {
    const rows = [...readFileSync('docs/functions.md', 'utf8').matchAll(/^\| `([a-z-]+)` \|/gm)];
    expect(rows.map((m) => m[1])).toEqual(FUNCTION_NAMES);
  });
});

/**
 * The Chinese optimizers page (docs/optimizers.zh.md) says again what the English one says in
 * numbers and sources: its golden vectors and AMSGrad's check are the same figures, and its
 * sources' table names the same files, types' modules and source files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const en = readFileSync('docs/optimizers.md', 'utf8');
const zh = readFileSync('docs/optimizers.zh.md', 'utf8');

/** The text from `heading` to the next heading of the same level or the end. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const next = text.indexOf('\n## ', start + heading.length + 2);
  return text.slice(start, next < 0 ? undefined : next);
}

const numbers = (text: string) => text.match(/[−-]?\d+(?:\.\d+)?(?:e[−-]?\d+)?/g) ?? [];
const codeNames = (text: string) => (text.match(/`[^`]+`/g) ?? []).sort();

describe('docs/optimizers.zh.md', () => {
  it('has the golden vectors’ figures of the English page, in order', () => {
    const figures = numbers(section(zh, '## 黄金向量'));
    expect(figures.length).toBeGreaterThan(100);
    expect(figures).toEqual(numbers(section(en, '## Golden vectors')));
  });

  it('names the sources of the English page’s table', () => {
    const table = (text: string) =>
      text
        .split('\n')
        .filter((line) => line.startsWith('| `'))
        .join('\n');
    const english = table(en.slice(0, en.indexOf('\n## ')));
    expect(english.split('\n')).toHaveLength(15);
    expect(codeNames(table(section(zh, '## 来源与精确度')))).toEqual(codeNames(english));
  });
});

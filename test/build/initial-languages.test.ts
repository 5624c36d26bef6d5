/**
 * The initial JavaScript speaks English only (issue 17; docs/i18n.md, "How languages load"): the
 * Chinese strings are a chunk of their own, loaded when Chinese is shown; and the engine worker
 * shares the page's chunks instead of carrying copies (src/worker-chunk.ts). Builds the app (as
 * the bench does) and reads the initial scripts by the bench's rule (bench/bundle.ts).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialScripts, staticImports } from '../../bench/bundle';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { PROBLEMS_ZH } from '../../src/i18n/problems.zh';
import { LANGUAGE_NAMES, LOADING_TEXT, MODEL_LOADING_TEXT } from '../../src/i18n/languages';
import { VIEW_FIELDS } from '../../src/url/view-fields';

const ROOT = resolve(__dirname, '../..');
const HAN = /\p{Script=Han}+/gu;
const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

/** Every string of a tree of resources. */
const strings = (tree: unknown): string[] =>
  typeof tree === 'string'
    ? [tree]
    : tree && typeof tree === 'object'
      ? Object.values(tree).flatMap(strings)
      : [];

/** The runs of Chinese characters in `texts`. */
const hanRuns = (texts: string[]) => new Set(texts.flatMap((text) => text.match(HAN) ?? []));

let outDir = '';
let initialNames: string[] = [];
let initial: string[] = [];
let zhChunk = '';

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'descent-languages-'));
  await build({ root: ROOT, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const assets = join(outDir, 'assets');
  initialNames = initialScripts(outDir);
  initial = initialNames.map((name) => readFileSync(join(assets, name), 'utf8'));
  const chunk = readdirSync(assets).find((name) => /^zh-chunk-.*\.js$/.test(name));
  zhChunk = chunk ? readFileSync(join(assets, chunk), 'utf8') : '';
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the initial JavaScript', () => {
  // The lines shown before the first render, in the link's language while its strings load:
  // initial in every language (the Chinese resources name the start-up line from this table).
  const startUpLines = [...Object.values(LOADING_TEXT), ...Object.values(MODEL_LOADING_TEXT)];
  // Chinese the first view needs whatever the language: each language's own name in the picker,
  // the start-up lines, the English resources' bilingual texts (the picker's accessible name, the
  // notice that Chinese could not be loaded) and the link table's description of `lang`.
  const allowed = hanRuns([
    ...strings(en),
    ...Object.values(LANGUAGE_NAMES),
    ...startUpLines,
    ...Object.values(VIEW_FIELDS).map((field) => field.doc),
  ]);
  const englishTexts = new Set([...strings(en), ...startUpLines]);
  const chineseTexts = [...strings(zh), ...strings(PROBLEMS_ZH)].filter(
    (text) => hasHan(text) && !englishTexts.has(text),
  );

  it('holds no Chinese text of the resources or the problems', () => {
    expect(initial.length).toBeGreaterThan(2);
    expect(chineseTexts.length).toBeGreaterThan(300);
    const found = chineseTexts.filter((text) => initial.some((script) => script.includes(text)));
    expect(found).toEqual([]);
  });

  it('holds no Chinese but the few words every language needs', () => {
    const extra = [...hanRuns(initial)].filter((run) => !allowed.has(run));
    expect(extra).toEqual([]);
  });

  it('the Chinese chunk holds them instead', () => {
    expect(zhChunk).not.toBe('');
    const missing = chineseTexts.filter((text) => !zhChunk.includes(text));
    expect(missing).toEqual([]);
  });
});

describe('the engine worker', () => {
  const worker = () => initialNames.find((name) => /^engine\.worker-.*\.js$/.test(name)) ?? '';

  it('is counted with every chunk it imports', () => {
    expect(worker()).not.toBe('');
    const imported = staticImports(readFileSync(join(outDir, 'assets', worker()), 'utf8'));
    expect(imported.length).toBeGreaterThan(0);
    expect(initialNames).toEqual(expect.arrayContaining(imported));
  });

  // d3-color's table of named colours: the landscape's ramps need it on both sides, and a
  // worker bundled apart carried a second copy of it.
  it('shares its modules with the page: a module both use is downloaded once', () => {
    expect(initial.filter((script) => script.includes('aliceblue:')).length).toBe(1);
  });
});

describe('the lab worker (issue 17)', () => {
  const assets = () => join(outDir, 'assets');
  const labWorker = () =>
    readdirSync(assets()).find((name) => /^lab\.worker-.*\.js$/.test(name)) ?? '';

  it('is a chunk of its own, not loaded at start', () => {
    expect(labWorker()).not.toBe('');
    expect(initialNames).not.toContain(labWorker());
  });

  // The lab's own calls (λmax by Lanczos, the sweep, the maps, the Inside tab, the inspector):
  // each named by a message only its module holds, found in the lab worker's code, not at start.
  it('carries the lab tabs’ code, which no initial script holds', () => {
    const visited = new Set<string>();
    const visit = (name: string): string[] => {
      if (visited.has(name)) return [];
      visited.add(name);
      const code = readFileSync(join(assets(), name), 'utf8');
      return [code, ...staticImports(code).flatMap(visit)];
    };
    const lab = visit(labWorker()).join('\n');
    for (const marker of ['curvature: no run']) {
      expect(lab).toContain(marker);
      expect(initial.some((script) => script.includes(marker))).toBe(false);
    }
  });
});

/**
 * The optimizers' update rules and formulas are not in the initial JavaScript (issue 17;
 * src/core/optimizers/rules.ts, displays.ts, src/rule-chunks.ts): each rule the first view does
 * not run is a chunk of its own, which the initial scripts name by URL only, and the service
 * worker precaches for offline use; the formulas load with the step inspector. Builds the app
 * (as the bench does) and reads the initial scripts by the bench's rule (bench/bundle.ts).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialScripts, staticImports } from '../../bench/bundle';
import { rewriteRuleImports } from '../../src/rule-chunks';

const ROOT = resolve(__dirname, '../..');

/** Code only a rule the first view does not run holds, by the chunk it belongs to. */
const RULE_MARKERS = {
  // Muon's Newton–Schulz coefficients (newton-schulz.ts).
  muon: '3.4445',
  // L-BFGS's rule, which calls the strong-Wolfe line search (lbfgs-numerics.ts).
  lbfgs: 'line search needs the problem',
  // Newton's (newton-numerics.ts).
  newton: 'newton needs the problem',
} as const;

let outDir = '';
let assets = '';
let initialNames: string[] = [];
let initial: string[] = [];
let ruleChunks: string[] = [];
const read = (name: string) => readFileSync(join(assets, name), 'utf8');

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'descent-rules-'));
  await build({ root: ROOT, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  assets = join(outDir, 'assets');
  initialNames = initialScripts(outDir);
  initial = initialNames.map(read);
  ruleChunks = readdirSync(assets).filter((name) => /^rule-.*\.js$/.test(name));
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the update rules the first view does not run', () => {
  it('are chunks of their own: one per module of numerics, none of them initial', () => {
    // 14 modules: every type but the SGD and Adam families (Schedule-Free's two share one).
    expect(ruleChunks).toHaveLength(14);
    expect(initialNames.filter((name) => ruleChunks.includes(name))).toEqual([]);
    // The initial scripts name them by URL (the loaders), never import them.
    expect(initial.flatMap(staticImports).filter((name) => name.startsWith('rule-'))).toEqual([]);
    for (const chunk of ruleChunks)
      expect(initial.some((script) => script.includes(chunk))).toBe(true);
  });

  it('hold their code, which no initial script holds', () => {
    for (const [type, marker] of Object.entries(RULE_MARKERS)) {
      const chunk = ruleChunks.find((name) => name.startsWith(`rule-${type}-`));
      expect(chunk, type).toBeDefined();
      expect(read(chunk!)).toContain(marker);
      expect(initial.filter((script) => script.includes(marker))).toEqual([]);
    }
  });

  it('are precached by the service worker, so they load offline', () => {
    const serviceWorker = readFileSync(join(outDir, 'sw.js'), 'utf8');
    for (const chunk of ruleChunks) expect(serviceWorker).toContain(`assets/${chunk}`);
  });
});

describe('the formulas', () => {
  // L-BFGS's line-search rule as the inspector typesets it (lbfgs-display.ts).
  const formula = 'strong Wolfe from';

  it('load with the step inspector, not at start', () => {
    expect(initial.filter((script) => script.includes(formula))).toEqual([]);
    const inspector = readdirSync(assets).find((name) => /^InspectorCard-.*\.js$/.test(name));
    const inspectorCode = [inspector!, ...staticImports(read(inspector!))].map(read).join('\n');
    expect(inspectorCode).toContain(formula);
  });
});

describe('rewriteRuleImports', () => {
  it('replaces each import of a rule module, and nothing else', () => {
    const code = [
      "a: () => import('./lion-numerics').then((m) => m.lionNumerics),",
      'b: () => import("./schedule-free-numerics"),',
      "c: () => import('./InspectorCard'),",
    ].join('\n');
    const { specifiers, code: rewritten } = rewriteRuleImports(code, (s) => `URL(${s})`);
    expect(specifiers).toEqual(['./lion-numerics', './schedule-free-numerics']);
    expect(rewritten).toBe(
      [
        'a: () => import(/* @vite-ignore */ URL(./lion-numerics)).then((m) => m.lionNumerics),',
        'b: () => import(/* @vite-ignore */ URL(./schedule-free-numerics)),',
        "c: () => import('./InspectorCard'),",
      ].join('\n'),
    );
  });
});

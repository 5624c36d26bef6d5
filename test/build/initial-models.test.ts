/**
 * The models on data load on demand (issue 17; src/kinds/load.ts): their numerics and data —
 * the networks, the classifiers, the datasets' generators, the tables' parser and split, the 2D
 * slice of many parameters — are not in the initial scripts, and are in a chunk of the build,
 * which the workers can import (it holds no preload helper, no page-only code). Builds the app
 * (as the bench does) and reads the initial scripts by the bench's rule (bench/bundle.ts).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialScripts, staticImports } from '../../bench/bundle';

const ROOT = resolve(__dirname, '../..');

/**
 * Text each module moved out holds, and nothing initial holds (its notes and error messages
 * survive minification; names do not).
 */
const MARKERS: Record<string, string> = {
  'core/problems/mlp.ts': 'A small neural network: its loss is not convex',
  'core/problems/softmax-classifier.ts': '(1/n)·Σ [log Σₖ e^zᵢₖ − zᵢ,yᵢ],  zᵢ = W·xᵢ + b',
  'core/problems/logistic-regression.ts': 'A straight boundary between two classes',
  'core/problems/linear-regression.ts': 'Fitting y = w·x + b to noisy data',
  'core/data/table.ts': 'its first row is "',
  'core/slice/index.ts': 'invalid slice: center and directions need',
  'core/slice/pca.ts': 'invalid dimension: a plane needs dim ≥ 2',
};

let outDir = '';
let assets = '';
let initial = '';
let onDemand: { name: string; code: string }[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'descent-models-'));
  await build({ root: ROOT, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  assets = join(outDir, 'assets');
  const initialNames = initialScripts(outDir);
  initial = initialNames.map((name) => readFileSync(join(assets, name), 'utf8')).join('\n');
  onDemand = readdirSync(assets)
    .filter((name) => name.endsWith('.js') && !initialNames.includes(name))
    .map((name) => ({ name, code: readFileSync(join(assets, name), 'utf8') }));
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the models’ numerics', () => {
  it('the markers are the sources’ own (a renamed text fails here, not silently)', () => {
    for (const [file, marker] of Object.entries(MARKERS))
      expect(readFileSync(join(ROOT, 'src', file), 'utf8'), file).toContain(marker);
  });

  it('are not in the initial scripts, and are in a chunk loaded on demand', () => {
    for (const [file, marker] of Object.entries(MARKERS)) {
      expect(initial.includes(marker), `${file} in the initial scripts`).toBe(false);
      expect(
        onDemand.some((chunk) => chunk.code.includes(marker)),
        `${file} in an on-demand chunk`,
      ).toBe(true);
    }
  });

  it('the chunk the page and the workers import by URL reaches no page-only chunk', () => {
    const entry = onDemand.filter((chunk) => /^model-numerics-.*\.js$/.test(chunk.name));
    expect(entry.length).toBeGreaterThan(0);
    // Its static closure: the shared chunks, its own, never `index` (React, the preload helper).
    const seen = new Set<string>();
    const visit = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      for (const next of staticImports(readFileSync(join(assets, name), 'utf8'))) visit(next);
    };
    for (const chunk of entry) visit(chunk.name);
    expect([...seen].filter((name) => name.startsWith('index-'))).toEqual([]);
    const mlp = MARKERS['core/problems/mlp.ts']!;
    expect([...seen].some((name) => readFileSync(join(assets, name), 'utf8').includes(mlp))).toBe(
      true,
    );
  });
});

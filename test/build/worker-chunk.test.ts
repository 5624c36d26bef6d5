/**
 * The engine worker as a chunk of the app's build (src/worker-chunk.ts) and the bench's rule for
 * the initial scripts (bench/bundle.ts): the chunks a file imports, read from the built code.
 */
import { describe, expect, it } from 'vitest';
import { staticImports } from '../../bench/bundle';
import {
  chunksWithPreloadHelper,
  closure,
  startChunk,
  type ChunkLike,
} from '../../src/worker-chunk';

const chunk = (imports: string[], moduleIds: string[] = []): ChunkLike => ({ imports, moduleIds });

describe('staticImports(code)', () => {
  it('reads the minified forms of a static import and re-export', () => {
    const code = [
      'import{a as e,b as t}from"./sweep-C1.js";',
      'import"./side-effect-D2.js";',
      "import * as n from './problems-E3.js';",
      'export{x as y}from"./codec-F4.js";',
      'const z=1;',
    ].join('');
    expect(staticImports(code)).toEqual([
      'sweep-C1.js',
      'side-effect-D2.js',
      'problems-E3.js',
      'codec-F4.js',
    ]);
  });

  it('leaves out dynamic imports (on demand) and names each chunk once', () => {
    const code =
      'import{a}from"./shared-A.js";import{b}from"./shared-A.js";' +
      'const m=()=>import("./lazy-B.js");const n=()=>e(()=>import("./lazy-C.js"),[]);';
    expect(staticImports(code)).toEqual(['shared-A.js']);
  });
});

describe('closure(roots, next)', () => {
  it('follows the edges transitively, each node once, through a cycle', () => {
    const edges: Record<string, string[]> = {
      worker: ['a', 'b'],
      a: ['c'],
      b: ['c', 'a'],
      c: ['a'],
      page: ['d'],
    };
    const reached = closure(['worker'], (id) => edges[id] ?? []);
    expect([...reached].sort()).toEqual(['a', 'b', 'c', 'worker']);
  });
});

describe('startChunk(start, id)', () => {
  const start = {
    entries: new Set(['index.html', 'engine.worker.ts']),
    page: new Set(['index.html', 'main.tsx', 'problems.ts', 'colormap.ts']),
    worker: new Set(['engine.worker.ts', 'problems.ts', 'paint.ts']),
  };

  it('puts what the page and the worker load at start in shared, the page’s own in index', () => {
    expect(startChunk(start, 'problems.ts')).toBe('shared');
    expect(startChunk(start, 'main.tsx')).toBe('index');
    expect(startChunk(start, 'colormap.ts')).toBe('index');
  });

  it('leaves entries, the worker’s own modules and lazy ones to the default splitting', () => {
    expect(startChunk(start, 'index.html')).toBeNull();
    expect(startChunk(start, 'engine.worker.ts')).toBeNull();
    expect(startChunk(start, 'paint.ts')).toBeNull();
    expect(startChunk(start, 'SweepPanel.tsx')).toBeNull();
  });
});

describe('chunksWithPreloadHelper(chunks, entry)', () => {
  const helper = '\0vite/preload-helper.js';

  it('finds the helper in a chunk the worker imports, however deep', () => {
    const chunks = new Map([
      ['worker.js', chunk(['shared.js'], ['/src/w.ts'])],
      ['shared.js', chunk(['helper.js'], ['/src/s.ts'])],
      ['helper.js', chunk([], [helper])],
    ]);
    expect(chunksWithPreloadHelper(chunks, 'worker.js')).toEqual(['helper.js']);
  });

  it('ignores the helper where only the page loads it', () => {
    const chunks = new Map([
      ['worker.js', chunk(['shared.js'], ['/src/w.ts'])],
      ['shared.js', chunk([], ['/src/s.ts'])],
      ['index.js', chunk(['shared.js'], ['/src/main.tsx', helper])],
    ]);
    expect(chunksWithPreloadHelper(chunks, 'worker.js')).toEqual([]);
  });
});

/**
 * The engine worker as a chunk of the app's build (src/worker-chunk.ts) and the bench's rule for
 * the initial scripts (bench/bundle.ts): the chunks a file imports, read from the built code.
 */
import { describe, expect, it } from 'vitest';
import { staticImports } from '../../bench/bundle';
import { chunksWithPreloadHelper, staticClosure, type ChunkLike } from '../../src/worker-chunk';

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

describe('staticClosure(chunks, entry)', () => {
  it('follows imports transitively, each chunk once, through a cycle', () => {
    const chunks = new Map([
      ['worker.js', chunk(['a.js', 'b.js'])],
      ['a.js', chunk(['c.js'])],
      ['b.js', chunk(['c.js', 'a.js'])],
      ['c.js', chunk(['a.js'])],
      ['page.js', chunk(['d.js'])],
    ]);
    expect(staticClosure(chunks, 'worker.js').sort()).toEqual([
      'a.js',
      'b.js',
      'c.js',
      'worker.js',
    ]);
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

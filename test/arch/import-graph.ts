// The import graph of the app's own modules, and the cycles in it (issue 15, docs/style.md
// "Small modules"). Imports are read with TypeScript's own pre-processor (`ts.preProcessFile`),
// which finds every static `import`/`export … from`, `import type`, `export type … from`,
// dynamic `import('…')` and `typeof import('…')`, and skips comments and strings; type-only
// imports count, because a type cycle still ties the modules together.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Each module (a path relative to the root, with `/`) and the modules it imports. */
export type ImportGraph = Map<string, string[]>;

const SOURCE = /\.tsx?$/;

/** Every .ts/.tsx file under `dir`, as absolute paths, sorted. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (SOURCE.test(name)) out.push(path);
  }
  return out;
}

/** The specifiers a module's text imports, in order of appearance. */
export function importSpecifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/**
 * The source file a relative specifier names, or `null` for one the graph ignores (a package,
 * a stylesheet or another asset). Vite's `?worker`, `?url`, `?raw` suffixes are dropped; the
 * bundler's resolution tries the path, then `.ts`, `.tsx`, `index.ts`, `index.tsx`. `undefined`
 * for a relative specifier that names no file (the graph lists it, so no edge is missed silently).
 */
export function resolveSpecifier(fromFile: string, specifier: string): string | null | undefined {
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return null;
  const bare = specifier.replace(/\?.*$/, '');
  const base = resolve(dirname(fromFile), bare);
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ];
  for (const path of candidates) {
    if (existsSync(path) && statSync(path).isFile()) return SOURCE.test(path) ? path : null;
  }
  return undefined;
}

/**
 * The import graph of every source file under `dirs` (absolute), keyed relative to `root`, and
 * the relative imports that name no file (`file: 'specifier'`).
 */
export function buildImportGraph(root: string, dirs: readonly string[]) {
  const key = (path: string) => relative(root, path).split('\\').join('/');
  const graph: ImportGraph = new Map();
  const unresolved: string[] = [];
  for (const file of dirs.flatMap((d) => sourceFiles(d))) {
    const targets = new Set<string>();
    for (const spec of importSpecifiers(readFileSync(file, 'utf8'))) {
      const target = resolveSpecifier(file, spec);
      if (target === undefined) unresolved.push(`${key(file)}: '${spec}'`);
      else if (target !== null) targets.add(key(target));
    }
    graph.set(key(file), [...targets].sort());
  }
  return { graph, unresolved };
}

/**
 * The strongly connected components with a cycle (two or more modules, or one importing
 * itself), by Tarjan's algorithm, each sorted, the list sorted by its first module.
 */
export function cyclicComponents(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let next = 0;
  // Recursive: the graph's depth is the longest import chain, a few dozen modules.
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/**
 * A shortest cycle through `start` inside `component`, in import order, ending where it
 * began (`a → b → a` is `['a', 'b', 'a']`), by breadth-first search.
 */
export function cycleThrough(graph: ImportGraph, component: readonly string[], start: string) {
  const inside = new Set(component);
  const parent = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i]!;
    for (const w of graph.get(v) ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const between: string[] = [];
        for (let u = v; u !== start; u = parent.get(u)!) between.unshift(u);
        return [start, ...between, start];
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return [];
}

/** One line per cyclic component: its shortest cycle through its first module, and its size. */
export function describeCycles(graph: ImportGraph, components: readonly string[][]): string[] {
  return components.map((c) => {
    const cycle = cycleThrough(graph, c, c[0]!);
    const line = cycle.join(' → ');
    // A cycle lists its first module twice; a component larger than the cycle has more ties.
    return c.length > cycle.length - 1
      ? `${line} (one cycle of ${c.length} tied modules: ${c.join(', ')})`
      : line;
  });
}

/**
 * Bundle size (issue 8): the JavaScript a first visit downloads before the app can work, from
 * the production build the browser benchmark serves. Initial = the entry script, the chunks
 * index.html preloads, and the engine worker (started at once: the first view is computed in
 * it), with every chunk they import, each once. On-demand chunks (the lab's tabs, KaTeX for the
 * inspector, the problem picker, presets gallery, share dialog, schedule editor, export and
 * video, the models' Data tab: src/ui/lazy) are reported apart.
 * Sizes are gzip level 9, as a static host would serve them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Row } from './rows';

/** Issue 17: the active language only, the rest on demand (was 250, issue 8). */
export const INITIAL_JS_BUDGET_KB = 170;

const gzipKb = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

/**
 * A built chunk's static imports of other chunks, as file names in the same directory (dynamic
 * `import("./x.js")` calls are on demand and not read). Rolldown's minified output writes them as
 * `import{a as b}from"./x.js"`, `import"./x.js"` or `export{…}from"./x.js"`.
 */
export function staticImports(code: string): string[] {
  const names = [
    ...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']\.\/([^"'/]+\.js)["']/g),
  ].map((match) => match[1]!);
  return [...new Set(names)];
}

/**
 * The initial scripts of the build in `outDir`, as file names in its assets/: the entry, the
 * chunks index.html preloads, the engine worker, and every chunk any of them imports statically,
 * each once (the worker shares chunks with the page: src/worker-chunk.ts).
 * test/build/initial-languages.test.ts uses it too.
 */
export function initialScripts(outDir: string): string[] {
  const assets = join(outDir, 'assets');
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const referenced = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((match) => match[1]!.split('/').pop()!);
  const workers = readdirSync(assets).filter(
    (name) => name.startsWith('engine.worker-') && name.endsWith('.js'),
  );
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of staticImports(readFileSync(join(assets, name), 'utf8'))) visit(imported);
  };
  for (const name of [...referenced, ...workers]) visit(name);
  return [...seen];
}

export function bundleRows(outDir: string): Row[] {
  const js = readdirSync(join(outDir, 'assets')).filter((name) => name.endsWith('.js'));
  const initial = initialScripts(outDir);
  const size = (names: string[]) =>
    names.reduce((sum, name) => sum + gzipKb(join(outDir, 'assets', name)), 0);
  const initialKb = size(initial);
  const katexKb = size(js.filter((name) => name.startsWith('katex-')));
  const allKb = size(js);
  return [
    {
      name: `initial JavaScript, gzipped (${initial.length} files: entry, preloads, engine worker)`,
      value: Number(initialKb.toFixed(1)),
      unit: 'KB',
      target: `≤ ${INITIAL_JS_BUDGET_KB}`,
      pass: initialKb <= INITIAL_JS_BUDGET_KB,
    },
    {
      name: 'KaTeX, gzipped (loaded when the step inspector opens)',
      value: Number(katexKb.toFixed(1)),
      unit: 'KB',
      target: '',
      pass: undefined,
    },
    {
      name: `all JavaScript, gzipped (${js.length} files, on-demand chunks included)`,
      value: Number(allKb.toFixed(1)),
      unit: 'KB',
      target: '',
      pass: undefined,
    },
  ];
}

/**
 * Bundle size (issue 8): the JavaScript a first visit downloads before the app can work, from
 * the production build the browser benchmark serves. Initial = the entry script, the chunks
 * index.html preloads, and the engine worker (started at once: the first view is computed in
 * it). On-demand chunks (the lab's tabs, KaTeX for the inspector, the problem picker, presets
 * gallery, share dialog, schedule editor, export and video, the models' Data tab: src/ui/lazy)
 * are reported apart.
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
 * The initial scripts of the build in `outDir`, as file names in its assets/: the entry, the
 * chunks index.html preloads, the engine worker (test/build/initial-languages.test.ts uses it too).
 */
export function initialScripts(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const referenced = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((match) => match[1]!.split('/').pop()!);
  const workers = readdirSync(join(outDir, 'assets')).filter(
    (name) => name.startsWith('engine.worker-') && name.endsWith('.js'),
  );
  return [...new Set([...referenced, ...workers])];
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

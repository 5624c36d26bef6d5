/**
 * The production build served by `vite preview` for the in-browser benchmarks (browser.ts,
 * sweep.ts): each in a build directory of its own, because every e2e run rebuilds (empties, new
 * hashed file names) `dist/`, which would pull the files from under a server mid-measurement.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

/** Builds into `outDir` and serves it on `port`; resolves once the page answers. */
export async function startPreview(port: number, outDir: string): Promise<ChildProcess> {
  const build = ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'];
  if (spawnSync('npx', build, { stdio: 'inherit' }).status !== 0)
    throw new Error('vite build failed');
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', outDir],
    { stdio: 'ignore', detached: true },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(previewUrl(port))).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}

/** The address the preview on `port` serves the app at. */
export const previewUrl = (port: number) => `http://localhost:${port}/`;

/** Stops a server from startPreview with its children (it leads a process group: detached). */
export function stopPreview(server: ChildProcess): void {
  try {
    process.kill(-server.pid!);
  } catch {
    server.kill();
  }
}

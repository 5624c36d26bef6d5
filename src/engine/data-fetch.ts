/**
 * The shipped data sets' files fetched in the browser (the page or a worker): from
 * `<base>data/<file>`, the base being the app's (Vite's `base`, docs/offline.md "The sub-path").
 * Same origin, so the CSP's connect-src 'self' allows it; the service worker caches each file
 * the first time it is fetched (vite.config.ts, runtimeCaching), so a set once used works offline.
 */
import type { FetchDataFile } from '../core/data/load';

/** The URL of a data file, against the page's or the worker's own address. */
export function dataFileUrl(file: string, base: string, location: string): string {
  return new URL(`${base}data/${file}`, location).href;
}

export const fetchDataFile: FetchDataFile = async (file) => {
  const url = dataFileUrl(file, import.meta.env.BASE_URL, self.location.href);
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`the data file ${file} could not be loaded (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
};

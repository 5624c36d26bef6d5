/**
 * The Chromium every browser check launches: Debian's chromium (Playwright cannot download
 * browsers on this network), CHROMIUM_PATH overriding the path on other machines, and the flags
 * that keep it headless, sandbox-free (containers) and off the network. Shared by
 * playwright.config.ts, the specs that add a flag of their own, and the browser benchmark.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** performance.memory in exact bytes (Chromium otherwise rounds and caches it). */
export const PRECISE_MEMORY_FLAG = '--enable-precise-memory-info';

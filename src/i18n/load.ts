/**
 * Loading a language's strings (docs/i18n.md, "How languages load"). English is bundled: it is
 * the default and the fallback, so the app can always speak it. Chinese is one chunk
 * (zh-chunk.ts) fetched with a dynamic import the first time it is shown, then added to
 * the translator; the service worker precaches it like every chunk, so it loads offline after one visit.
 */
import { i18n } from '.';
import type { Lang } from './languages';
import type { ProblemsZh } from './problems.zh';

/** What the Chinese chunk exports. */
export type ZhChunk = typeof import('./zh-chunk');

let zhChunk: ZhChunk | null = null;
let zhLoading: Promise<void> | null = null;

/** Whether `lang`'s strings are here, so that it can be shown at once. */
export function isLoaded(lang: Lang): boolean {
  return lang === 'en' || zhChunk !== null;
}

/**
 * Fetches `lang`'s strings once and adds them to the translator; resolves when they are in. A failed
 * fetch rejects, and the next call tries again (`importZh` is the chunk's import, for tests).
 */
export function loadLanguage(
  lang: Lang,
  importZh: () => Promise<ZhChunk> = () => import('./zh-chunk'),
): Promise<void> {
  if (isLoaded(lang)) return Promise.resolve();
  zhLoading ??= importZh().then(
    (chunk) => {
      i18n.addResourceBundle('zh', 'translation', chunk.translation);
      zhChunk = chunk;
    },
    (error: unknown) => {
      zhLoading = null;
      throw error;
    },
  );
  return zhLoading;
}

/** The problems' Chinese tables, once the Chinese chunk is loaded. */
export function problemsZh(): ProblemsZh | null {
  return zhChunk?.problems ?? null;
}

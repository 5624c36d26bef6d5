/**
 * Translations remembered (issue 17). i18next's `t` resolves a key through its resource store,
 * its fallbacks and its interpolation on every call; the components of one slider input call it
 * a few hundred times, about 1.8 ms of the input's main-thread time in a CPU profile
 * (docs/benchmark.md, "Session 12"). A translation changes only with the language or the
 * resources, so each is computed once: the cache is keyed by language, key and options, and
 * emptied when the language changes or resources are added or removed.
 */
import type { i18n as I18n } from 'i18next';

/** Past this many entries the cache starts again: keys with numbers in their options vary. */
const MAX_ENTRIES = 4000;

type AnyT = (...args: never[]) => unknown;

export interface TranslationMemo {
  /** `t`, remembering what it returns; same type, same results. */
  wrap<T extends AnyT>(t: T): T;
  /** How many translations are remembered (for tests). */
  size(): number;
}

export function translationMemo(i18n: I18n): TranslationMemo {
  let cache = new Map<string, string>();
  const clear = () => (cache = new Map());
  i18n.on('languageChanged', clear);
  i18n.store?.on('added', clear);
  i18n.store?.on('removed', clear);
  const wrappers = new WeakMap<AnyT, AnyT>();

  const keyOf = (t: AnyT, args: readonly unknown[]): string | null => {
    const [key, options, extra] = args;
    if (typeof key !== 'string' || extra !== undefined) return null;
    if (options !== undefined && (options === null || typeof options !== 'object')) return null;
    let optionsText = '';
    if (options !== undefined) {
      try {
        optionsText = JSON.stringify(options);
      } catch {
        return null; // not plain data (a BigInt, a cycle): translated each time
      }
    }
    const lang = (t as { lng?: string | null }).lng ?? i18n.language;
    return `${lang}\u0000${key}\u0000${optionsText}`;
  };

  return {
    wrap<T extends AnyT>(t: T): T {
      const known = wrappers.get(t);
      if (known) return known as T;
      const wrapped = ((...args: never[]) => {
        const cacheKey = keyOf(t, args);
        if (cacheKey === null) return t(...args);
        const hit = cache.get(cacheKey);
        if (hit !== undefined) return hit;
        const value = t(...args);
        if (typeof value === 'string') {
          if (cache.size >= MAX_ENTRIES) clear();
          cache.set(cacheKey, value);
        }
        return value;
      }) as T;
      wrappers.set(t, wrapped);
      return wrapped;
    },
    size: () => cache.size,
  };
}

/**
 * localStorage read and written so that it never stops the app: touching it throws in a
 * sandboxed frame and under some privacy settings, and writing throws when the quota is full.
 * What is kept there (the first-visit hint, lesson progress; docs/app.md) is a convenience, so a
 * storage that refuses is treated as an empty one.
 */

/** What the helpers need of a storage (window.localStorage satisfies it; tests pass a Map's). */
export type TextStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** window.localStorage, or null where touching it throws (a sandboxed frame, some settings). */
export function localStorageOrNull(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The text kept under `key`: null when there is none, undefined when it cannot be known (no
 * storage, or reading it throws).
 */
export function readStored(storage: TextStorage | null, key: string): string | null | undefined {
  if (storage === null) return undefined;
  try {
    return storage.getItem(key);
  } catch {
    return undefined;
  }
}

/** Keeps `text` under `key`; a storage that is missing or refuses (quota, settings) is left alone. */
export function writeStored(storage: TextStorage | null, key: string, text: string): void {
  try {
    storage?.setItem(key, text);
  } catch {
    // Nothing to do: what is kept here is a convenience, and the app goes on without it.
  }
}

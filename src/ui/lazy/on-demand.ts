/**
 * Code loaded on demand (issue 8: the initial JavaScript has a budget). A dialog or panel the
 * first view does not show is a separate chunk; its import starts on first use, or a moment
 * earlier when a pointer or the focus reaches the button that opens it (a preload), so opening
 * still feels instant. Pure: no React here (see lazy-part.ts for the component side).
 */

/**
 * One import, started at most once: every call returns the same promise. A failed import (the
 * network dropped) is forgotten, so the next call tries again instead of failing for good.
 */
export function onDemand<T>(importer: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= importer().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

/** Starts an import ahead of use; a failure is left to the real use to report. */
export function preload(load: () => Promise<unknown>): void {
  load().catch(() => undefined);
}

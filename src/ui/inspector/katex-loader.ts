/**
 * KaTeX and its stylesheet, fetched the first time the inspector opens: they are about 300 kB
 * that nobody who never opens the inspector should download, so they stay out of the initial
 * bundle (Vite makes both dynamic imports separate chunks).
 */
import type { KatexOptions } from 'katex';

/** The part of KaTeX the inspector uses. */
export interface Katex {
  renderToString(tex: string, options?: KatexOptions): string;
}

let pending: Promise<Katex> | null = null;

/** KaTeX, loaded once; later calls share the same promise. */
export function loadKatex(): Promise<Katex> {
  pending ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(
    ([module]) => module.default,
    (error: unknown) => {
      pending = null; // a failed fetch (offline) may be retried when the panel opens again
      throw error;
    },
  );
  return pending;
}

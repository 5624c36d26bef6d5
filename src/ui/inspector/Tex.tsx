/** A TeX string typeset with KaTeX once it has loaded; its plain-text form until then. */
import { useEffect, useMemo, useState } from 'react';
import { loadKatex, type Katex } from './katex-loader';

let loaded: Katex | null = null;

/** KaTeX once loaded (shared by every Tex: the first one to mount starts the fetch). */
function useKatex(): Katex | null {
  return useKatexState().katex;
}

/**
 * KaTeX and whether its fetch is settled (loaded, or failed: then the plain text stays, still
 * readable), for the card's loading sign.
 */
export function useKatexState(): { katex: Katex | null; settled: boolean } {
  const [state, setState] = useState({ katex: loaded, settled: loaded !== null });
  useEffect(() => {
    if (state.settled) return;
    let live = true;
    loadKatex().then(
      (k) => {
        loaded = k;
        if (live) setState({ katex: k, settled: true });
      },
      () => live && setState({ katex: null, settled: true }),
    );
    return () => {
      live = false;
    };
  }, [state.settled]);
  return state;
}

export interface TexProps {
  tex: string;
  /** Shown until KaTeX has loaded, and if it cannot load. */
  plain: string;
  /** Display style (a centred block) rather than inline. */
  display?: boolean;
  className?: string;
}

export function Tex({ tex, plain, display = false, className }: TexProps) {
  const katex = useKatex();
  const html = useMemo(
    // KaTeX's default output carries MathML beside the HTML, which screen readers read.
    () => katex?.renderToString(tex, { displayMode: display, throwOnError: false }) ?? null,
    [katex, tex, display],
  );
  if (html === null) return <span className={className}>{plain}</span>;
  return <span className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

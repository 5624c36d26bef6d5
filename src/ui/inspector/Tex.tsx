/** A TeX string typeset with KaTeX once it has loaded; its plain-text form until then. */
import { useEffect, useMemo, useState } from 'react';
import { loadKatex, type Katex } from './katex-loader';

let loaded: Katex | null = null;

/** KaTeX once loaded (shared by every Tex: the first one to mount starts the fetch). */
function useKatex(): Katex | null {
  const [katex, setKatex] = useState<Katex | null>(loaded);
  useEffect(() => {
    if (katex) return;
    let live = true;
    loadKatex()
      .then((k) => {
        loaded = k;
        if (live) setKatex(k);
      })
      .catch(() => undefined); // the plain text stays: still readable
    return () => {
      live = false;
    };
  }, [katex]);
  return katex;
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

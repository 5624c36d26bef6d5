/**
 * What the page shows while the language asked for loads before the first render (main.tsx;
 * docs/i18n.md, "How languages load"): one line in that language, so the page is never blank and
 * never English for a reader who asked for another language.
 */
import { HTML_LANG, LOADING_TEXT, type Lang } from './languages';
import './LanguageLoading.css';

export function LanguageLoading({ lang }: { lang: Lang }) {
  return (
    <p className="language-loading" role="status" lang={HTML_LANG[lang]}>
      {LOADING_TEXT[lang]}
    </p>
  );
}

/**
 * What the page shows at start-up while the numerics of the model a link names load (main.tsx;
 * src/state/kinds-gate.ts): one quiet line where the header will be, as while a language loads,
 * and in the link's language as that line is: its strings may not be in yet either.
 */
import { HTML_LANG, MODEL_LOADING_TEXT, type Lang } from '../i18n/languages';
import '../i18n/LanguageLoading.css';

export function ModelLoading({ lang }: { lang: Lang }) {
  return (
    <p className="language-loading" role="status" lang={HTML_LANG[lang]}>
      {MODEL_LOADING_TEXT[lang]}
    </p>
  );
}

/**
 * The header's language picker: a compact select, "EN / 中文", each language named in its own
 * script, with a bilingual accessible name so that a reader of either finds it. Changing it is a
 * view change (the address bar's entry is replaced, like the chart tab).
 */
import { LANGUAGES, LANGUAGE_NAMES, isLang, useT } from '../../i18n';
import { HTML_LANG } from '../../i18n/languages';
import { useApp } from '../../state/store';
import { useLanguageLoading } from '../../i18n/store-sync';
import './LanguagePicker.css';

export function LanguagePicker() {
  const t = useT();
  const shown = useApp((s) => s.lang);
  const setLang = useApp((s) => s.setLang);
  // While a language's strings load (one request on a first choice of Chinese), the picker shows
  // the choice at once, dimmed and busy, rather than the language still shown.
  const loading = useLanguageLoading();
  return (
    <select
      className="box-select language-picker"
      aria-label={t('language.label')}
      aria-busy={loading !== null}
      title={t('language.title')}
      data-loading={loading ?? undefined}
      value={loading ?? shown}
      onChange={(event) => {
        const next = event.target.value;
        if (isLang(next)) setLang(next);
      }}
    >
      {LANGUAGES.map((option) => (
        <option key={option} value={option} lang={HTML_LANG[option]}>
          {LANGUAGE_NAMES[option]}
        </option>
      ))}
    </select>
  );
}

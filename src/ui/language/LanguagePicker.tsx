/**
 * The header's language picker: a compact select, "EN / 中文", each language named in its own
 * script, with a bilingual accessible name so that a reader of either finds it. Changing it is a
 * view change (the address bar's entry is replaced, like the chart tab).
 */
import { LANGUAGES, LANGUAGE_NAMES, isLang, useT } from '../../i18n';
import { HTML_LANG } from '../../i18n/languages';
import { useApp } from '../../state/store';
import './LanguagePicker.css';

export function LanguagePicker() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const setLang = useApp((s) => s.setLang);
  return (
    <select
      className="box-select language-picker"
      aria-label={t('language.label')}
      title={t('language.title')}
      value={lang}
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

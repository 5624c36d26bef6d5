/**
 * What the page shows at start-up while the numerics of the model a link names load (main.tsx;
 * src/state/kinds-gate.ts): one quiet line where the header will be, as while a language loads.
 */
import { t } from '../i18n';
import '../i18n/LanguageLoading.css';

export function ModelLoading() {
  return (
    <p className="language-loading" role="status">
      {t('models.codeLoading')}
    </p>
  );
}

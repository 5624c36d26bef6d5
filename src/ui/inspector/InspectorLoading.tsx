/**
 * The inspector's loading sign: shown while the card's code, KaTeX (about 300 kB, fetched the
 * first time) and the first inspection from the lab worker arrive, which takes a second or two
 * on a school laptop. A status, so screen readers announce it.
 */
import { useT } from '../../i18n';

export function InspectorLoading() {
  const t = useT();
  return (
    <div className="inspector__loading" role="status" data-testid="inspector-loading">
      <span className="inspector__spinner" aria-hidden="true" />
      {t('inspect.loading')}
      <span className="inspector__skeleton" aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
    </div>
  );
}

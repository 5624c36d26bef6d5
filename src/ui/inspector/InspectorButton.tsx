/**
 * The landscape's "Inspect step" toggle (beside Reset view): opens the step inspector over the landscape, which takes
 * apart the selected run's step at the cursor (issue 5, point 5).
 */
import { useApp } from '../../state/store';
import './InspectorButton.css';
import { useT } from '../../i18n';

export function InspectorButton() {
  const t = useT();
  // Open or closed is a view field like the enlarged chart (`inspect=1`, src/url/view-fields.ts).
  const open = useApp((s) => s.inspectorOpen);
  const setOpen = useApp((s) => s.setInspectorOpen);
  return (
    <button
      type="button"
      className="button inspector-button"
      aria-pressed={open}
      aria-label={t('inspector.buttonLabel')}
      title={t('inspector.buttonTitle')}
      onClick={() => setOpen(!open)}
    >
      <svg className="inspector-button__icon" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M10 10l4.2 4.2" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      {t('inspector.button')}
    </button>
  );
}

/**
 * The landscape's "Inspect step" toggle (beside Reset view): opens the step inspector over the landscape, which takes
 * apart the selected run's step at the cursor (issue 5, point 5).
 */
import { useInspector } from './inspector-store';
import './InspectorButton.css';

export function InspectorButton() {
  const open = useInspector((s) => s.open);
  const toggle = useInspector((s) => s.toggle);
  return (
    <button
      type="button"
      className="button inspector-button"
      aria-pressed={open}
      aria-label="Inspect step"
      title="Show the update rule and its numbers for the selected run at this step"
      onClick={toggle}
    >
      <svg className="inspector-button__icon" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M10 10l4.2 4.2" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      Inspect
    </button>
  );
}

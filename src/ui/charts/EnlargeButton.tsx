/**
 * The chart panel's Enlarge toggle: the chart panel and the landscape swap places, so that the
 * α sweep, the β/ε maps or a model's data can be read by a room from a projector while the
 * landscape stays in sight at the side (docs/app.md, "Layout"). A toggle button (aria-pressed)
 * with one name; the link keeps the state (`big=1`).
 */
import { useApp } from '../../state/store';
import { useT } from '../../i18n';

export function EnlargeButton() {
  const t = useT();
  const enlarged = useApp((s) => s.chartEnlarged);
  const setEnlarged = useApp((s) => s.setChartEnlarged);
  return (
    <button
      type="button"
      className="button chart-panel__enlarge"
      aria-pressed={enlarged}
      aria-label={t('layout.enlarge')}
      title={t(enlarged ? 'layout.shrinkTitle' : 'layout.enlargeTitle')}
      data-testid="chart-enlarge"
      onClick={() => setEnlarged(!enlarged)}
    >
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        {enlarged ? (
          // Arrows pointing in: back to the side.
          <path d="M2 6.5h4.5V2M14 9.5H9.5V14M6.5 6.5 2 2M9.5 9.5 14 14" />
        ) : (
          // Arrows pointing out: enlarge.
          <path d="M9.5 2H14v4.5M6.5 14H2V9.5M14 2 9 7M2 14l5-5" />
        )}
      </svg>
    </button>
  );
}

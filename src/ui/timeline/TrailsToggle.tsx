/**
 * The trails control: what the landscape and the charts draw after the cursor step — the whole
 * path, the future faded, or the future hidden (src/state/trails.ts; docs/app.md, "Trails and
 * the reveal"). One icon button that cycles through the three, like the header's theme button,
 * so that the timeline keeps its one row at 1280 px. Choosing also keeps a later reveal from
 * hiding the future on its own.
 */
import { useApp } from '../../state/store';
import { TRAILS, type Trails } from '../../state/trails';
import { useT } from '../../i18n';
import { IconButton } from '../forms/IconButton';

export function TrailsToggle() {
  const t = useT();
  const trails = useApp((s) => s.trails);
  const setTrails = useApp((s) => s.setTrails);
  const next = TRAILS[(TRAILS.indexOf(trails) + 1) % TRAILS.length]!;
  return (
    <IconButton
      className="timeline__button timeline__trails"
      label={t('reveal.trailsName', { name: t(`reveal.${trails}`) })}
      title={t('reveal.trailsTitle', { name: t(`reveal.${trails}`), next: t(`reveal.${next}`) })}
      data-testid="trails-toggle"
      data-trails={trails}
      onClick={() => setTrails(next)}
    >
      <TrailsIcon trails={trails} />
    </IconButton>
  );
}

/** A path through the cursor (the dot): after it solid, faint, or absent. */
function TrailsIcon({ trails }: { trails: Trails }) {
  return (
    <svg width="20" height="16" viewBox="0 0 20 16" aria-hidden="true" focusable="false">
      <path
        d="M1.5 12.5C4 12.5 5 6 9 7.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
      {trails !== 'hidden' && (
        <path
          d="M11 8.5C14 10 15 3.5 18.5 3.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeDasharray={trails === 'faded' ? '0.1 3.2' : undefined}
          opacity={trails === 'faded' ? 0.75 : 1}
        />
      )}
      <circle cx="10" cy="8" r="2.6" fill="currentColor" />
    </svg>
  );
}

/**
 * A visible sign of work over the landscape while what it should show is not there yet: a new
 * problem's surface, its first runs, or a model's runs still training (with their progress). The
 * old problem's picture is never shown meanwhile (src/state/run-views.ts); this says why the
 * plot is empty. It waits a moment before showing, so that quick updates never flash it.
 */
import { useAppAll } from '../../state/store';
import { pairedSurface, runViews } from '../../state/run-views';
import { useT } from '../../i18n';

type Work = 'surface' | 'runs' | 'training' | null;

export function BusySign() {
  const t = useT();
  // Every change, the engine's busy flag's too (a quiet field: src/state/quiet-fields.ts).
  const { work, percent } = useAppAll((s) => {
    const views = runViews(s);
    const progress = views.progress;
    const percent =
      progress && progress.total > 0 ? Math.floor((100 * progress.done) / progress.total) : 0;
    let work: Work = null;
    if (views.status === 'stale' || (views.status === 'none' && s.computing && !s.engineError))
      work = progress ? 'training' : 'runs';
    else if (views.status === 'partial' && views.plane !== null) work = 'training';
    else if (pairedSurface(s) === null && !s.engineError) work = 'surface';
    return { work, percent };
  });
  if (!work) return null;
  return (
    <div
      className="landscape__busy"
      role="status"
      aria-label={t('busy.label')}
      data-testid="landscape-busy"
      data-work={work}
    >
      <span className="landscape__busy-spinner" aria-hidden="true" />
      {work === 'training' ? t('busy.training', { percent }) : t(`busy.${work}`)}
    </div>
  );
}

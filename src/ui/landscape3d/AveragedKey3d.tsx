/**
 * The key of a run's two paths in the 3D view, as the 2D view's (Trajectories.tsx, AveragedKey):
 * the solid path is θ, where each gradient is taken; the dashed one is the optimizer's averaged
 * point (ASGD's ax, Schedule-Free's x), in the words for the types drawn (averaged-key.ts).
 * Shown while a run that averages is drawn.
 */
import { useT, type TranslationKey } from '../../i18n';

/** A line of the key: a short sample of the path, solid or dashed, and its words. */
function KeyRow({ dashed, text }: { dashed: boolean; text: string }) {
  return (
    <span className="landscape3d__key-row">
      <svg width="22" height="6" aria-hidden="true">
        <line
          className={dashed ? 'landscape3d__key-dashed' : undefined}
          x1="0"
          x2="22"
          y1="3"
          y2="3"
        />
      </svg>
      {text}
    </span>
  );
}

export function AveragedKey3d({ words }: { words: TranslationKey }) {
  const t = useT();
  return (
    <div className="landscape3d__averaged-key" data-testid="averaged-key-3d">
      <KeyRow dashed={false} text={t('landscape.gradientPathKey')} />
      <KeyRow dashed text={t(words)} />
    </div>
  );
}

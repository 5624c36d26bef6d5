/**
 * The label that keeps a many-parameter landscape honest: it is a 2D slice, through which point,
 * along which directions, and (for PCA) how much of the paths' movement those directions hold.
 * A select switches between the two kinds of plane (docs/slices.md).
 */
import type { PlaneData } from '../../engine/plane';
import type { SliceMethod } from '../../core/slice';
import { useApp } from '../../state/store';
import { problemDimension } from '../../state/selectors';
import { useT } from '../../i18n';
import { HelpTip } from '../help/HelpTip';

export function SliceBadge({ plane }: { plane: PlaneData }) {
  const t = useT();
  const problem = useApp((s) => s.scenario.problem);
  const embed = useApp((s) => s.embed);
  const setSliceMethod = useApp((s) => s.setSliceMethod);
  const dim = problemDimension(problem);
  const explained = plane.explained
    ? t('landscape.sliceExplained', {
        percent: percent(plane.explained[0] + plane.explained[1]),
      })
    : '';
  return (
    <div className="landscape__slice" data-testid="slice-badge">
      <p className="landscape__slice-text">
        <strong>{t('landscape.slice')}</strong>
        {t('landscape.sliceText', {
          dim,
          directions: plane.method === 'pca' ? t('landscape.slicePca') : t('landscape.sliceRandom'),
          explained,
        })}{' '}
        {/* What the axes' PC 1 and PC 2 (or directions 1, 2) are, in plain words (issue 14 §5). */}
        <HelpTip
          term={plane.method === 'pca' ? 'PC 1, PC 2' : t('landscape.sliceRandom')}
          text={plane.method === 'pca' ? t('jargon.principal') : t('jargon.random')}
          testId="help-slice-directions"
        />
      </p>
      {!embed && (
        <label className="landscape__slice-method">
          <span>{t('landscape.directions')}</span>
          <select
            value={plane.method}
            onChange={(event) => setSliceMethod(event.target.value as SliceMethod)}
            aria-label={t('landscape.sliceDirections')}
          >
            <option value="pca">{t('landscape.principal')}</option>
            <option value="random">{t('landscape.random')}</option>
          </select>
        </label>
      )}
    </div>
  );
}

function percent(fraction: number): string {
  return `${Math.round(Math.min(1, Math.max(0, fraction)) * 100)}%`;
}

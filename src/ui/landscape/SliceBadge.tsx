/**
 * The label that keeps a many-parameter landscape honest: it is a 2D slice, through which point,
 * along which directions, and (for PCA) how much of the paths' movement those directions hold.
 * A select switches between the two kinds of plane (docs/slices.md).
 */
import type { PlaneData } from '../../engine/plane';
import type { SliceMethod } from '../../core/slice';
import { useApp } from '../../state/store';
import { problemDimension } from '../../state/selectors';

export function SliceBadge({ plane }: { plane: PlaneData }) {
  const problem = useApp((s) => s.scenario.problem);
  const embed = useApp((s) => s.embed);
  const setSliceMethod = useApp((s) => s.setSliceMethod);
  const dim = problemDimension(problem);
  const explained = plane.explained
    ? `; they hold ${percent(plane.explained[0] + plane.explained[1])} of the paths’ movement`
    : '';
  return (
    <div className="landscape__slice" data-testid="slice-badge">
      <p className="landscape__slice-text">
        <strong>2D slice</strong> of a {dim}-parameter loss, through the best final point, along{' '}
        {plane.method === 'pca'
          ? 'the two principal directions of the paths'
          : 'two random filter-normalised directions'}
        {explained}. Paths are projected onto it: the surface under a path is not its loss.
      </p>
      {!embed && (
        <label className="landscape__slice-method">
          <span>directions</span>
          <select
            value={plane.method}
            onChange={(event) => setSliceMethod(event.target.value as SliceMethod)}
            aria-label="slice directions"
          >
            <option value="pca">principal (PCA)</option>
            <option value="random">random</option>
          </select>
        </label>
      )}
    </div>
  );
}

function percent(fraction: number): string {
  return `${Math.round(Math.min(1, Math.max(0, fraction)) * 100)}%`;
}

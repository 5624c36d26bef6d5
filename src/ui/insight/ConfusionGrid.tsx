/**
 * A confusion matrix as a table (issue 22): a row per true class, a column per predicted class,
 * each cell's count printed and shaded — the diagonal (right) in blue by its share of its row's
 * largest count, the rest (mistakes) in orange by the largest mistake count, so a few errors
 * show beside a full diagonal. Every cell has an accessible name ("true 3, predicted 5: 2").
 */
import { useT } from '../../i18n';
import '../../i18n/en-insight'; // its words load with this chunk (docs/i18n.md)
import type { CursorInsight } from '../../engine/worker-insight';

/** A cell's shade, 0 … 1, and whether it is on the diagonal. */
export function cellShade(
  counts: ArrayLike<number>,
  classes: number,
  truth: number,
  predicted: number,
): { diagonal: boolean; shade: number } {
  const count = counts[truth * classes + predicted]!;
  if (truth === predicted) {
    let rowMax = 0;
    for (let k = 0; k < classes; k++) rowMax = Math.max(rowMax, counts[truth * classes + k]!);
    return { diagonal: true, shade: rowMax > 0 ? count / rowMax : 0 };
  }
  let mistakeMax = 0;
  for (let i = 0; i < classes; i++)
    for (let k = 0; k < classes; k++)
      if (i !== k) mistakeMax = Math.max(mistakeMax, counts[i * classes + k]!);
  return { diagonal: false, shade: mistakeMax > 0 ? count / mistakeMax : 0 };
}

/** sRGB channel to linear light (WCAG 2's relative luminance). */
const linear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

/**
 * A cell's opaque background — white towards blue (right) or orange (wrong) by `shade` — and the
 * text colour of the two (near-black or white) that contrasts more with it (WCAG 2's ratio).
 * Opaque, so the counts read the same on the light and dark themes.
 */
export function cellColors(diagonal: boolean, shade: number): { background: string; text: string } {
  const end = diagonal ? [33, 102, 172] : [217, 95, 2];
  const rgb = end.map((c) => Math.round(255 + (c - 255) * 0.9 * Math.max(0, Math.min(1, shade))));
  const luminance = 0.2126 * linear(rgb[0]!) + 0.7152 * linear(rgb[1]!) + 0.0722 * linear(rgb[2]!);
  const dark = 0.0137; // #17212b's luminance
  const onDark = (luminance + 0.05) / (dark + 0.05);
  const onWhite = 1.05 / (luminance + 0.05);
  return { background: `rgb(${rgb.join(', ')})`, text: onDark >= onWhite ? '#17212b' : '#ffffff' };
}

export function ConfusionGrid({
  insight,
  step,
  partName,
  marked,
}: {
  insight: CursorInsight;
  step: number;
  partName: string;
  /** A cell to mark (a misclassified row's), or null. */
  marked: { truth: number; predicted: number } | null;
}) {
  const t = useT();
  const { classes, counts, classNames } = insight;
  const percent =
    insight.total > 0 ? `${((100 * insight.correct) / insight.total).toFixed(1)} %` : '—';
  const range = Array.from({ length: classes }, (_, k) => k);
  return (
    <table className="confusion" data-testid="confusion-matrix" data-total={insight.total}>
      <caption className="confusion__caption">
        <strong>{t('insight.confusion', { step })}</strong>{' '}
        {t('insight.confusionCaption', {
          correct: insight.correct,
          total: insight.total,
          part: partName,
          percent,
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col" className="confusion__corner">
            <span>{t('insight.trueClass')}</span> \ <span>{t('insight.predictedClass')}</span>
          </th>
          {range.map((k) => (
            <th key={k} scope="col" className="confusion__head">
              {classNames[k]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {range.map((truth) => (
          <tr key={truth}>
            <th scope="row" className="confusion__head">
              {classNames[truth]}
            </th>
            {range.map((predicted) => {
              const count = counts[truth * classes + predicted]!;
              const { diagonal, shade } = cellShade(counts, classes, truth, predicted);
              const isMarked = marked?.truth === truth && marked.predicted === predicted;
              const colours = cellColors(diagonal, shade);
              return (
                <td
                  key={predicted}
                  className={`confusion__cell${isMarked ? ' confusion__cell--marked' : ''}`}
                  style={{ backgroundColor: colours.background, color: colours.text }}
                  aria-label={t('insight.cell', {
                    truth: classNames[truth],
                    predicted: classNames[predicted],
                    count,
                  })}
                  data-count={count}
                  data-cell={`${truth}-${predicted}`}
                >
                  {count}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

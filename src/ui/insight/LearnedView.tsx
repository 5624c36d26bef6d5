/**
 * "What it learned" (issue 22): for the selected run at the cursor step, the confusion matrix on
 * a held-out part (validation by default; the test part on request), the first misclassified
 * rows drawn as their 8 × 8 pictures with "true → predicted" (a click marks the cell), and the
 * first layer's weights as 8 × 8 pictures on a symmetric diverging scale. Pictures only where
 * the features are a picture (the digits); the matrix for every table classifier.
 */
import { useState } from 'react';
import { useT } from '../../i18n';
import '../../i18n/en-insight'; // its words load with this chunk (docs/i18n.md)
import type { InsightPart } from '../../core/model-insight/table-predictions';
import { ConfusionGrid } from './ConfusionGrid';
import { useCursorInsight } from './insight-hooks';
import { PixelImage, type PixelScale } from './PixelImage';

/** The part chosen last, kept while the tab is closed and reopened. */
let lastPart: InsightPart = 'validation';
const PARTS: readonly InsightPart[] = ['validation', 'test'];

/** The held-out part shown, and its switch (in the tab's bar). */
export function usePart(): [InsightPart, (part: InsightPart) => void] {
  const [part, setPart] = useState<InsightPart>(lastPart);
  return [
    part,
    (next) => {
      lastPart = next;
      setPart(next);
    },
  ];
}

export function PartSwitch({
  part,
  onChange,
}: {
  part: InsightPart;
  onChange: (part: InsightPart) => void;
}) {
  const t = useT();
  return (
    <div
      className="segmented"
      role="group"
      aria-label={t('insight.part')}
      title={t('insight.partNote')}
    >
      {PARTS.map((option) => (
        <button
          key={option}
          type="button"
          className="segmented__option"
          aria-pressed={part === option}
          onClick={() => onChange(option)}
        >
          {t(`insight.${option}`)}
        </button>
      ))}
    </div>
  );
}
/** The digits' ink runs 0 … 16 (UCI's 4 × 4 block counts). */
const INK: PixelScale = { kind: 'ink', max: 16 };

export function LearnedView({ part, run }: { part: InsightPart; run: number }) {
  const t = useT();
  const [marked, setMarked] = useState<{ truth: number; predicted: number } | null>(null);
  const shown = useCursorInsight(part, run);
  const partName = t(`insight.partWords.${part}`);
  // A mark belongs to the matrix it was made on: another part or step clears it.
  const [markedAt, setMarkedAt] = useState('');
  const at = shown ? `${shown.run}|${shown.step}|${shown.insight.part}` : '';
  if (markedAt !== at) {
    setMarkedAt(at);
    setMarked(null);
  }

  return (
    <div className="learned" data-testid="insight-learned">
      {!shown ? (
        <p className="chart-panel__loading" role="status">
          {t('insight.waiting')}
        </p>
      ) : (
        <div className="learned__body" data-step={shown.step} data-part={shown.insight.part}>
          <ConfusionGrid
            insight={shown.insight}
            step={shown.step}
            partName={partName}
            marked={marked}
          />
          {shown.insight.image ? (
            <div className="learned__pictures">
              <Mistakes shown={shown.insight} partName={partName} onMark={setMarked} />
              <Weights shown={shown.insight} />
            </div>
          ) : (
            <p className="learned__note">{t('insight.noPictures')}</p>
          )}
        </div>
      )}
    </div>
  );
}

type Insight = NonNullable<ReturnType<typeof useCursorInsight>>['insight'];

function Mistakes({
  shown,
  partName,
  onMark,
}: {
  shown: Insight;
  partName: string;
  onMark: (cell: { truth: number; predicted: number }) => void;
}) {
  const t = useT();
  const [h, w] = shown.image!;
  const wrong = shown.total - shown.correct;
  const name = (k: number) => shown.classNames[k] ?? String(k);
  return (
    <section
      className="learned__section"
      aria-label={t('insight.mistakes', { part: partName, shown: shown.mistakes.length, wrong })}
    >
      <h3 className="learned__heading">
        {wrong === 0
          ? t('insight.noMistakes', { part: partName })
          : t('insight.mistakes', { part: partName, shown: shown.mistakes.length, wrong })}
      </h3>
      <ul className="learned__strip" data-testid="insight-mistakes">
        {shown.mistakes.map((mistake) => (
          <li key={mistake.index}>
            <button
              type="button"
              className="learned__digit"
              title={t('insight.mistakeHint')}
              aria-label={t('insight.mistake', {
                index: mistake.index + 1,
                truth: name(mistake.label),
                predicted: name(mistake.predicted),
              })}
              onClick={() => onMark({ truth: mistake.label, predicted: mistake.predicted })}
            >
              <PixelImage values={mistake.pixels!} height={h} width={w} scale={INK} size={44} />
              <span className="learned__caption" aria-hidden="true">
                {name(mistake.label)} → {name(mistake.predicted)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Weights({ shown }: { shown: Insight }) {
  const t = useT();
  const weights = shown.weights;
  if (!weights) return null;
  const [h, w] = shown.image!;
  const scale: PixelScale = { kind: 'diverging', maxAbs: weights.maxAbs };
  return (
    <section
      className="learned__section"
      aria-label={t('insight.weights', { units: weights.units })}
    >
      <h3 className="learned__heading">{t('insight.weights', { units: weights.units })}</h3>
      <ul className="learned__weights" data-testid="insight-weights">
        {Array.from({ length: weights.units }, (_, unit) => (
          <li key={unit} aria-label={t('insight.weight', { unit: unit + 1 })}>
            <PixelImage
              values={weights.weights.subarray(unit * weights.inputs, (unit + 1) * weights.inputs)}
              height={h}
              width={w}
              scale={scale}
              size={36}
            />
          </li>
        ))}
      </ul>
      <p className="learned__note">
        <span className="learned__ramp" aria-hidden="true" />
        {t('insight.weightsScale', { max: weights.maxAbs.toPrecision(2) })}
      </p>
    </section>
  );
}

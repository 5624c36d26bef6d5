/**
 * One card of the problem picker: a picture of the problem, its title, formula and teaching
 * note, as one button whose accessible name is the title (the rest is its description).
 */
import { memo, useEffect, useId, useMemo, useRef } from 'react';
import {
  generateLinearData,
  LINEAR_DATA_DEFAULTS,
  LINEAR_X_RANGE,
  leastSquares,
} from '../../core/problems/linear-regression';
import type { ProblemEntry } from './catalog';
import { THUMBNAIL_HEIGHT, THUMBNAIL_WIDTH } from './thumbnails';
import { classificationData, dataViewOf } from '../../core/problems/datasets';
import type { ProblemSpec } from '../../scenario/types';
import { isClassifier, isTable, kindOf } from '../../kinds/registry';
import { tableSource } from '../../kinds/table-ui';
import './ProblemCard.css';
import { useT } from '../../i18n';
import '../../i18n/en-picker'; // its words load with this chunk (docs/i18n.md)
import { problemText } from '../../i18n/problem-text';

interface ProblemCardProps {
  entry: ProblemEntry;
  current: boolean;
  /** The painted surface; undefined while it loads (or for the data problem). */
  bitmap: ImageBitmap | undefined;
  onChoose(entry: ProblemEntry): void;
}

export const ProblemCard = memo(function ProblemCard({
  entry,
  current,
  bitmap,
  onChoose,
}: ProblemCardProps) {
  const t = useT();
  const descriptionId = useId();
  const text = problemText({ name: entry.key, title: entry.title, note: entry.note });
  return (
    <button
      type="button"
      className="problem-card"
      data-problem={entry.key}
      aria-current={current || undefined}
      aria-label={text.title}
      aria-describedby={descriptionId}
      // The note is clamped on the card; the whole of it shows on hover (and is the description).
      title={text.note}
      onClick={() => onChoose(entry)}
    >
      <span className="problem-card__picture">
        {entry.thumbnail === 'surface' ? (
          <SurfaceThumbnail bitmap={bitmap} />
        ) : entry.thumbnail === 'classes' ? (
          <ClassesThumbnail spec={entry.spec} />
        ) : entry.thumbnail === 'table' ? (
          <TableThumbnail spec={entry.spec} />
        ) : (
          <DataThumbnail />
        )}
        {current && <span className="badge problem-card__badge">{t('picker.current')}</span>}
      </span>
      <span className="problem-card__title">{text.title}</span>
      <span id={descriptionId} className="problem-card__text">
        {entry.formula && (
          <span className="problem-card__formula" title={entry.formula}>
            {entry.formula}
          </span>
        )}
        <span className="problem-card__note">{text.note}</span>
        {entry.credit && (
          <span className="problem-card__credit" data-testid="card-credit">
            {entry.credit}
          </span>
        )}
      </span>
    </button>
  );
});

/** The worker's bitmap drawn at the device resolution; a soft placeholder until it arrives. */
function SurfaceThumbnail({ bitmap }: { bitmap: ImageBitmap | undefined }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!element || !ctx || !bitmap) return;
    element.width = bitmap.width;
    element.height = bitmap.height;
    ctx.drawImage(bitmap, 0, 0);
  }, [bitmap]);
  return (
    <canvas
      ref={canvas}
      className="problem-card__thumbnail"
      data-loaded={bitmap ? 'true' : 'false'}
      width={THUMBNAIL_WIDTH}
      height={THUMBNAIL_HEIGHT}
      aria-hidden="true"
    />
  );
}

/** The regression's picture is its data: the points and the least-squares line, not a surface. */
function DataThumbnail() {
  const drawing = useMemo(() => {
    const data = generateLinearData(LINEAR_DATA_DEFAULTS);
    const { w, b } = leastSquares(data);
    const [x0, x1] = LINEAR_X_RANGE;
    let yMin = Infinity;
    let yMax = -Infinity;
    for (const y of data.ys) {
      yMin = Math.min(yMin, y);
      yMax = Math.max(yMax, y);
    }
    const pad = 10;
    const sx = (x: number) => pad + ((x - x0) / (x1 - x0)) * (THUMBNAIL_WIDTH - 2 * pad);
    const sy = (y: number) =>
      THUMBNAIL_HEIGHT - pad - ((y - yMin) / (yMax - yMin)) * (THUMBNAIL_HEIGHT - 2 * pad);
    const points = Array.from(data.xs, (x, i) => [sx(x), sy(data.ys[i]!)] as const);
    return { points, line: [sx(x0), sy(w * x0 + b), sx(x1), sy(w * x1 + b)] as const };
  }, []);
  const [ax, ay, bx, by] = drawing.line;
  return (
    <svg
      className="problem-card__thumbnail problem-card__thumbnail--data"
      viewBox={`0 0 ${THUMBNAIL_WIDTH} ${THUMBNAIL_HEIGHT}`}
      aria-hidden="true"
      focusable="false"
    >
      {drawing.points.map(([x, y], i) => (
        <circle key={i} cx={x} cy={y} r={2.6} />
      ))}
      <line x1={ax} y1={ay} x2={bx} y2={by} />
    </svg>
  );
}

/** A classifier's picture is its dataset: the two classes as dots and rings. */
function ClassesThumbnail({ spec }: { spec: ProblemSpec }) {
  const drawing = useMemo(() => {
    const fallback = kindOf(spec).defaultGenerator ?? 'moons';
    const data = classificationData(isClassifier(spec) ? spec.data : undefined, fallback);
    const view = dataViewOf(data);
    const pad = 8;
    const sx = (x: number) =>
      pad + ((x - view.x[0]) / (view.x[1] - view.x[0])) * (THUMBNAIL_WIDTH - 2 * pad);
    const sy = (y: number) =>
      THUMBNAIL_HEIGHT -
      pad -
      ((y - view.y[0]) / (view.y[1] - view.y[0])) * (THUMBNAIL_HEIGHT - 2 * pad);
    return Array.from(data.x1, (x, i) => [sx(x), sy(data.x2[i]!), data.labels[i]!] as const);
  }, [spec]);
  return (
    <svg
      className="problem-card__thumbnail problem-card__thumbnail--classes"
      viewBox={`0 0 ${THUMBNAIL_WIDTH} ${THUMBNAIL_HEIGHT}`}
      aria-hidden="true"
      focusable="false"
    >
      {drawing.map(([x, y, label], i) => (
        <circle key={i} cx={x} cy={y} r={2.4} className={`problem-card__class-${label}`} />
      ))}
    </svg>
  );
}

/**
 * The first five handwritten digits of the digits set (0 … 4), 8 × 8 pixels of ink 0–16 written
 * in base 17 ("0"–"g"): the card shows real rows of its data without loading the set.
 */
const FIRST_DIGITS = [
  '005d910000dfaf5003f20b8004c008800580098004b01c7002e5ac00006da000',
  '000cd500000bg900003fg60007fgg200001gg300001gg600001gg600000bga00',
  '0004fc00003gfe00008d8g000016fb00018df10009gg500003dggb500003bg90',
  '007fd10008d6f400021dd000002fb1000001cc1000001a8000845e90007dd900',
  '0001b00000078000001d6220007f098005ga0g6004fgdg100003fa000002g400',
];

/** A table's picture: digit images for the digits, else rows of features ending in their class. */
function TableThumbnail({ spec }: { spec: ProblemSpec }) {
  const digits = isTable(spec) && tableSource(spec) === 'digits';
  const cell = digits ? 7 : 10;
  return (
    <svg
      className="problem-card__thumbnail problem-card__thumbnail--table"
      viewBox={`0 0 ${THUMBNAIL_WIDTH} ${THUMBNAIL_HEIGHT}`}
      aria-hidden="true"
      focusable="false"
    >
      {digits
        ? FIRST_DIGITS.map((pixels, d) =>
            Array.from(pixels, (ink, i) => (
              <rect
                key={`${d}-${i}`}
                x={6 + d * 37 + (i % 8) * 4}
                y={32 + Math.floor(i / 8) * 4}
                width={4}
                height={4}
                className="problem-card__ink"
                opacity={parseInt(ink, 17) / 16}
              />
            )),
          )
        : Array.from({ length: 6 }, (_, row) =>
            Array.from({ length: 8 }, (_, col) => (
              <rect
                key={`${row}-${col}`}
                x={24 + col * (cell + 8)}
                y={10 + row * (cell + 4)}
                width={cell + 6}
                height={cell}
                rx={2}
                className={col === 7 ? `problem-card__class-${row % 2}` : 'problem-card__feature'}
              />
            )),
          )}
    </svg>
  );
}

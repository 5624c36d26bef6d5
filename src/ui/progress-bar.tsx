/**
 * A determinate progress bar (role=progressbar, 0–100): the track `progress <className>` and its
 * fill `progress__fill <fillClassName>` (the shared look is styles' `.progress`). Used by the video
 * recording, the parameter sweep and the sensitivity maps.
 */

interface ProgressBarProps {
  /** Done, in percent (0–100); the fill is drawn at it, the accessible value is it rounded. */
  percent: number;
  label: string;
  /** How far in words, e.g. "12 of 40 runs". */
  valueText?: string | undefined;
  title?: string | undefined;
  className: string;
  fillClassName: string;
}

export function ProgressBar(props: ProgressBarProps) {
  return (
    <div
      className={`progress ${props.className}`}
      role="progressbar"
      aria-label={props.label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(props.percent)}
      aria-valuetext={props.valueText}
      title={props.title}
    >
      <div
        className={`progress__fill ${props.fillClassName}`}
        style={{ width: `${props.percent}%` }}
      />
    </div>
  );
}

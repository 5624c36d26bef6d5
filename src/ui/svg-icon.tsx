/**
 * The frame every small icon of the app is drawn in: a square SVG box, hidden from assistive
 * technology (the button around it carries the name), painted in the text colour so it follows
 * the theme. An icon is its path data (several shapes: one path with several subpaths).
 */
import type { CSSProperties, SVGProps } from 'react';

interface IconProps {
  /** SVG path data in the `size`×`size` box. */
  d: string;
  /** Width, height and viewBox side, in px. */
  size?: number;
  className?: string | undefined;
  style?: CSSProperties | undefined;
}

function IconFrame({ d, size = 16, className, style, paint }: IconProps & { paint: Paint }) {
  return (
    <svg
      className={className}
      style={style}
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      {...paint}
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
}

type Paint = Pick<
  SVGProps<SVGSVGElement>,
  'fill' | 'stroke' | 'strokeWidth' | 'strokeLinecap' | 'strokeLinejoin'
>;

/**
 * An outline icon: the path stroked, not filled; with round caps and joins unless `roundEnds` is
 * false (then SVG's defaults: square-cut ends, mitred corners, as the dialogs' × marks).
 */
export function LineIcon({
  strokeWidth = 1.5,
  roundEnds = true,
  ...icon
}: IconProps & { strokeWidth?: number; roundEnds?: boolean }) {
  const ends: Paint = roundEnds ? { strokeLinecap: 'round', strokeLinejoin: 'round' } : {};
  const paint: Paint = { fill: 'none', stroke: 'currentColor', strokeWidth, ...ends };
  return <IconFrame {...icon} paint={paint} />;
}

/** A solid icon: the path filled, no stroke. */
export function FilledIcon(icon: IconProps) {
  return <IconFrame {...icon} paint={{ fill: 'currentColor' }} />;
}

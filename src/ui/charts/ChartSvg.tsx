/**
 * The <svg> a chart or plot draws in, at its size in px, named for assistive technology by one
 * sentence that says what it shows (role img: its marks are not read one by one). A chart whose
 * parts are focusable (the α sweep's points) is a group instead, so its parts stay reachable.
 */
import type { SVGProps } from 'react';

interface ChartSvgProps extends Omit<SVGProps<SVGSVGElement>, 'role' | 'aria-label'> {
  /** What the chart shows, in a sentence. */
  label: string;
  role?: 'img' | 'group';
}

export function ChartSvg({ label, role = 'img', ...svg }: ChartSvgProps) {
  return <svg role={role} aria-label={label} {...svg} />;
}

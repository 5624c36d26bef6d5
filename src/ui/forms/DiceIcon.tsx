/** A die showing five: the icon of every "roll a new seed" button. */
export function DiceIcon({ size = 18 }: { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 18 18"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="2" y="2" width="14" height="14" rx="3" />
      <g fill="currentColor" stroke="none">
        <circle cx="6" cy="6" r="1.3" />
        <circle cx="12" cy="6" r="1.3" />
        <circle cx="9" cy="9" r="1.3" />
        <circle cx="6" cy="12" r="1.3" />
        <circle cx="12" cy="12" r="1.3" />
      </g>
    </svg>
  );
}

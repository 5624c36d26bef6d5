/** Line icons of the export controls (16 px, stroke in the text colour). */

/** A tray with an arrow into it: "save a file". */
export function DownloadIcon() {
  return (
    <svg
      className="export-menu__icon"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M8 2v8M4.8 7 8 10.2 11.2 7" />
      <path d="M2.5 11v2.5h11V11" />
    </svg>
  );
}

export function ChevronIcon() {
  return (
    <svg
      width="10"
      height="10"
      viewBox="0 0 10 10"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M2 3.5 5 6.5 8 3.5" />
    </svg>
  );
}

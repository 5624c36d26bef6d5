/** Line icons of the export controls (stroke in the text colour). */
import { LineIcon } from '../svg-icon';

/** A tray with an arrow into it: "save a file" (16 px). */
export const DownloadIcon = () => (
  <LineIcon
    className="export-menu__icon"
    strokeWidth={1.6}
    d="M8 2v8M4.8 7 8 10.2 11.2 7M2.5 11v2.5h11V11"
  />
);

/** The small chevron of a menu button (10 px). */
export const ChevronIcon = () => <LineIcon size={10} strokeWidth={1.6} d="M2 3.5 5 6.5 8 3.5" />;

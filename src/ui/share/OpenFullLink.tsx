/** In an embedded view: a link that opens the same view in Descent, with every control. */
import { useApp } from '../../state/store';
import { baseUrl, shareLink } from './links';

export function OpenFullLink() {
  const state = useApp((s) => s);
  return (
    <a
      className="button open-full-link"
      href={shareLink(state, baseUrl(window.location), { embed: false })}
      target="_blank"
      rel="noopener"
    >
      Open in Descent ↗
    </a>
  );
}

/**
 * In an embedded view: a link that opens the same view in Descent, with every control. The
 * address is taken from the store when the link is about to be used (pointer down, focus), so
 * playback does not re-render it every frame.
 */
import type { SyntheticEvent } from 'react';
import { appStore } from '../../state/store';
import { baseUrl, shareLink } from './links';
import { useT } from '../../i18n';

const currentLink = () =>
  shareLink(appStore.getState(), baseUrl(window.location), { embed: false });

export function OpenFullLink() {
  const t = useT();
  const refresh = (event: SyntheticEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = currentLink();
  };
  return (
    <a
      className="button open-full-link"
      href={currentLink()}
      target="_blank"
      rel="noopener"
      onPointerDown={refresh}
      onFocus={refresh}
    >
      {t('share.openFull')}
    </a>
  );
}

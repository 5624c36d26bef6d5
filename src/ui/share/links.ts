/** The share dialog's links, built from the store's state. Pure. */
import { encodeLink } from '../../url/codec';
import type { LessonControl } from '../../state/lesson';
import { linkStateOf } from '../../state/url-sync';
import type { AppState } from '../../state/app-state';

/** The page's address without its query: where links point. */
export function baseUrl(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}`;
}

/**
 * The link of the current view; `lesson` replaces the view's own lesson when given, and
 * `present` / `predict` whether it opens in presentation mode / with the runs hidden
 * (`present=1`, `predict=1`, docs/app.md) instead of the view's own.
 */
export function shareLink(
  state: AppState,
  base: string,
  options: {
    lesson?: LessonControl[] | null;
    embed?: boolean;
    present?: boolean;
    predict?: boolean;
  } = {},
): string {
  const link = linkStateOf(state);
  const view = {
    ...link.view,
    lesson: options.lesson === undefined ? link.view.lesson : options.lesson,
    embed: options.embed ?? false,
    present: options.present ?? link.view.present,
    predict: options.predict ?? link.view.predict,
  };
  return `${base}?${encodeLink({ scenario: link.scenario, view })}`;
}

/** An iframe that shows the view embedded: landscape and timeline, no editing chrome. */
export function embedSnippet(link: string, title: string): string {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(link)}" width="800" height="520" title="${escape(title)}" style="border:0" loading="lazy"></iframe>`;
}

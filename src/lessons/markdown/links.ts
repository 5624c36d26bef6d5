/**
 * Which link addresses a lesson text may hold (docs/lessons.md, "Text"). An allow-list, not a
 * block-list: http: and https: addresses, and `?…`, another view of the app. Everything else —
 * javascript:, vbscript:, data:, file:, mailto:, `//host`, relative paths, `#…` — is no link.
 * Pure.
 */
import type { LinkTarget } from './ast';
import { decodeReferences } from './text';

/**
 * An app link: `?` then a query without whitespace or control characters (a browser drops tabs
 * and newlines from an address, so what is checked would not be what is followed).
 */
const APP_LINK = /^\?[^\s\p{Cc}]*$/u;

/**
 * An absolute http(s) address as written: the scheme, `//`, then no whitespace or control
 * character anywhere. Checked on the text before the URL parser sees it, because the parser
 * forgives (`http:host`, `http:\\host`, a leading space), and a forgiven address is refused.
 */
const WEB_LINK = /^https?:\/\/[^\s\p{Cc}\\]+$/iu;

/**
 * The target of a link whose address is `href` as Markdown wrote it (character references
 * still encoded, backslash escapes already removed by the lexer), or null: not a link.
 */
export function linkTarget(href: string): LinkTarget | null {
  const address = decodeReferences(href);
  if (APP_LINK.test(address)) return { kind: 'app', query: address.slice(1) };
  if (!WEB_LINK.test(address)) return null;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return { kind: 'external', href: url.href };
}

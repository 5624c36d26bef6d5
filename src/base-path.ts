/**
 * The path the built site is served from, for Vite's `base`. Read at build time from BASE_PATH
 * (GitHub Pages serves a project at https://user.github.io/<repo>/), '/' when unset so a local
 * build and any host's root work unchanged. Pure, so the rules are unit-tested.
 */

/**
 * BASE_PATH as a Vite base: '/' when empty; otherwise one leading and one trailing slash
 * ('descent' and '/descent' both give '/descent/'). Anything that is not a plain path (a full
 * URL, a query, '..') throws: a wrong base builds a site whose every asset 404s, so it fails the
 * build instead.
 */
export function basePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  const segments = trimmed.split('/').filter((segment) => segment !== '');
  for (const segment of segments) {
    if (segment === '.' || segment === '..' || !/^[A-Za-z0-9._~!$&'()*+,;=%-]+$/.test(segment))
      throw new Error(
        `BASE_PATH must be a plain path such as /descent/, got ${JSON.stringify(raw)}`,
      );
  }
  return `/${segments.join('/')}/`;
}

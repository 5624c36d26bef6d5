/**
 * The Content-Security-Policy of the built app (issue 8, docs/security.md), and the Vite plugin
 * that writes it into index.html as a <meta> tag, so that any static host (GitHub Pages cannot
 * send headers) serves the app under it.
 *
 * Build only: the dev server injects inline scripts of its own (React Fast Refresh's preamble),
 * which a strict policy rightly blocks. Pure apart from the plugin object, so the policy's rules
 * are unit-tested; e2e/csp.spec.ts checks in Chromium that the built app never trips it.
 */
import type { Plugin } from 'vite';

/**
 * Each directive and why it is what it is. Nothing here allows 'unsafe-eval' or inline script:
 * the formula compiler builds closures, never code (src/core/expression/compile.ts).
 */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  // Everything not named below: our own origin only.
  ['default-src', "'self'"],
  // Module scripts and chunks from our origin; no inline script, no eval.
  ['script-src', "'self'"],
  // The engine workers (module workers from our files) and the offline service worker.
  ['worker-src', "'self'"],
  // Stylesheets are files. Style attributes are allowed: React's style props and KaTeX's
  // rendered HTML (which positions every glyph with style="…") need them; they cannot run code.
  // Browsers without the -elem/-attr split (CSP 3) fall back to the first line.
  ['style-src', "'self' 'unsafe-inline'"],
  ['style-src-elem', "'self'"],
  ['style-src-attr', "'unsafe-inline'"],
  // Exported PNGs are drawn from an SVG data: URL; downloads and previews use blob: URLs.
  ['img-src', "'self' data: blob:"],
  ['media-src', "'self' blob:"],
  // KaTeX's fonts are files of ours.
  ['font-src', "'self'"],
  // The service worker re-fetches our own files; the app talks to no other server.
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'none'"],
];

/** The policy as one header/meta value. */
export function cspPolicy(directives = CSP_DIRECTIVES): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/**
 * Inserts the policy as the first element of <head>: a meta policy applies only to what comes
 * after it, so it must precede every script and stylesheet.
 */
export function withCspMeta(html: string, policy = cspPolicy()): string {
  if (!/<head>/i.test(html)) throw new Error('index.html has no <head> to put the CSP in');
  if (/http-equiv=["']?content-security-policy/i.test(html))
    throw new Error('index.html already has a Content-Security-Policy');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return html.replace(/<head>/i, (head) => `${head}\n    ${meta}`);
}

/**
 * Inline scripts in a built page (script elements without src, inline event handlers): the
 * policy forbids them, so the build fails rather than ship a page that breaks under it.
 */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/i.test(match[1]!) && match[2]!.trim() !== '') found.push(match[0]);
  }
  for (const match of html.matchAll(/<[^>]+\son[a-z]+\s*=\s*["'][^"']*["'][^>]*>/gi))
    found.push(match[0]);
  return found;
}

export function cspPlugin(): Plugin {
  return {
    name: 'descent-csp',
    apply: 'build',
    transformIndexHtml: {
      // After Vite and the PWA plugin have added their tags, so the check sees the final page.
      order: 'post',
      handler(html) {
        const inline = inlineScripts(html);
        if (inline.length > 0)
          throw new Error(`inline script in index.html breaks the CSP: ${inline.join(', ')}`);
        return withCspMeta(html);
      },
    },
  };
}

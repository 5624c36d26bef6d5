import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspPolicy, inlineScripts, withCspMeta } from '../../src/csp';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('cspPolicy', () => {
  const policy = cspPolicy();
  const directive = (name: string) =>
    policy
      .split('; ')
      .find((part) => part.startsWith(`${name} `))
      ?.slice(name.length + 1);

  it('allows scripts and workers from our origin only: no eval, no inline script', () => {
    expect(directive('script-src')).toBe("'self'");
    expect(directive('worker-src')).toBe("'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(directive('script-src')).not.toContain('unsafe-inline');
    expect(directive('default-src')).toBe("'self'");
  });

  it('forbids plugins and foreign bases, and names each directive once', () => {
    expect(directive('object-src')).toBe("'none'");
    expect(directive('base-uri')).toBe("'self'");
    const names = CSP_DIRECTIVES.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has no characters that would end the meta attribute or the directive early', () => {
    expect(policy).not.toMatch(/["<>,]/);
  });
});

describe('withCspMeta', () => {
  it('puts the policy first in <head>, before every script', () => {
    const html = withCspMeta(PAGE, "default-src 'self'");
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('<head>'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain(`content="default-src 'self'"`);
  });

  it('refuses a page without <head> or with a policy already', () => {
    expect(() => withCspMeta('<html><body></body></html>')).toThrow(/no <head>/);
    expect(() => withCspMeta(withCspMeta(PAGE))).toThrow(/already/);
  });
});

describe('inlineScripts', () => {
  it('accepts scripts loaded from files', () => {
    expect(inlineScripts(PAGE)).toEqual([]);
  });

  it('finds inline script bodies and inline event handlers', () => {
    const page = PAGE.replace(
      '<div id="root"></div>',
      '<script>window.x = 1</script><img src="a.png" onerror="alert(1)">',
    );
    const found = inlineScripts(page);
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('window.x');
    expect(found[1]).toContain('onerror');
  });
});

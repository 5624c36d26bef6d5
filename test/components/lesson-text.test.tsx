// @vitest-environment jsdom
/**
 * A lesson step's text in jsdom (docs/testing.md, "Component tests"; docs/lessons.md, "Text"):
 * each construct as its element, formulas typeset by KaTeX once it has loaded, app links handed
 * to the player, and hostile text drawn without a script, an event handler, an element outside
 * the allow-list or a link that is not http(s) or ?….
 */
import './setup';
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fireEvent, render, screen } from '@testing-library/react';
import { LessonText } from '../../src/ui/lesson/LessonText';
import { markdownText } from '../arbitraries/markdown';

/** The elements LessonText itself draws; KaTeX's output is checked apart. */
const ALLOWED = new Set('DIV P H3 H4 UL OL LI BLOCKQUOTE PRE CODE EM STRONG A BR SPAN'.split(' '));
/** Elements that load, run or submit something: never, KaTeX's output included. */
const ACTIVE = 'script, iframe, object, embed, img, image, form, input, link, style, meta, base';

/** What must hold of any rendered lesson text, whatever it was. */
function expectSafe(root: HTMLElement) {
  expect(root.querySelectorAll(ACTIVE)).toHaveLength(0);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) expect(attr.name, el.outerHTML).not.toMatch(/^on/i);
    // Inside a formula's wrapper is KaTeX's output (its spans carry style="…"; an error its title).
    const ours = !el.parentElement?.closest('.lesson-text__math');
    if (ours) {
      expect(ALLOWED.has(el.tagName), el.tagName).toBe(true);
      expect(el.hasAttribute('style'), el.outerHTML).toBe(false);
    }
    for (const name of ['href', 'src', 'xlink:href', 'action', 'formaction']) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      expect(el.tagName, `${name} on ${el.tagName}`).toBe('A');
      expect(value).toMatch(/^(https?:\/\/|\?)/);
    }
  }
  for (const a of root.querySelectorAll('a')) {
    const href = a.getAttribute('href')!;
    if (href.startsWith('?')) continue;
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  }
}

const renderText = (text: string, onAppLink?: (query: string) => void) =>
  render(<LessonText text={text} onAppLink={onAppLink} />).container
    .firstElementChild as HTMLElement;

describe('LessonText', () => {
  // First in the file: KaTeX, once loaded, stays loaded for the file's later tests.
  it('shows a formula’s TeX until KaTeX has loaded, then typesets it', async () => {
    const root = renderText('Update: $\\theta - \\alpha g$\n\n$$x^2$$');
    expect(root.querySelector('.katex')).toBeNull();
    expect(root.textContent).toBe('Update: \\theta - \\alpha g' + 'x^2');
    await vi.waitFor(() => expect(root.querySelectorAll('.katex')).toHaveLength(2));
    expect(root.querySelector('.lesson-text__display .katex-display')).not.toBeNull();
    // KaTeX keeps the TeX in its MathML annotation, which screen readers use.
    expect(root.querySelector('annotation')?.textContent).toBe('\\theta - \\alpha g');
    expectSafe(root);
  });

  it('draws each construct as its element', () => {
    const root = renderText(
      [
        '### Three',
        '#### Four',
        'A *b* **c** `d`  \ne',
        '- one\n- two',
        '3. three\n4. four',
        '> quoted',
        '```\ncode <b>\n```',
      ].join('\n\n'),
    );
    expect(root.className).toBe('lesson-text');
    expect(root.querySelector('h3')?.textContent).toBe('Three');
    expect(root.querySelector('h4')?.textContent).toBe('Four');
    expect(root.querySelector('p em')?.textContent).toBe('b');
    expect(root.querySelector('p strong')?.textContent).toBe('c');
    expect(root.querySelector('p code')?.textContent).toBe('d');
    expect(root.querySelector('p br')).not.toBeNull();
    expect([...root.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual([
      'one',
      'two',
    ]);
    expect(root.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(root.querySelector('blockquote')?.textContent).toBe('quoted');
    expect(root.querySelector('pre > code')?.textContent).toBe('code <b>');
    expect(root.querySelector('b')).toBeNull();
    expectSafe(root);
  });

  it('an external link opens in a new tab without an opener or referrer', () => {
    renderText('[PyTorch](https://pytorch.org/docs/stable/optim.html)');
    const link = screen.getByRole('link', { name: 'PyTorch' });
    expect(link.getAttribute('href')).toBe('https://pytorch.org/docs/stable/optim.html');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('an app link is handed to onAppLink on a plain click; a modified click is the browser’s', () => {
    const onAppLink = vi.fn();
    renderText('[See Adam](?v=1&o=adam)', onAppLink);
    const link = screen.getByRole('link', { name: 'See Adam' });
    expect(link.getAttribute('href')).toBe('?v=1&o=adam');
    expect(link.hasAttribute('target')).toBe(false);
    expect(fireEvent.click(link)).toBe(false); // default prevented: no navigation
    expect(onAppLink).toHaveBeenCalledWith('v=1&o=adam');
    onAppLink.mockClear();
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    fireEvent.click(link, { ctrlKey: true });
    fireEvent.click(link, { button: 1 });
    expect(onAppLink).not.toHaveBeenCalled();
  });

  it('without onAppLink an app link is a plain link', () => {
    renderText('[here](?v=1)');
    const link = screen.getByRole('link', { name: 'here' });
    link.addEventListener('click', (event) => event.preventDefault());
    expect(fireEvent.click(link)).toBe(false); // only the test's own listener prevented it
    expect(link.getAttribute('href')).toBe('?v=1');
  });

  it('draws hostile text as text: no script, no handler, no foreign element, no script link', async () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'a <b onclick="alert(1)">b</b> <iframe src="javascript:alert(1)"></iframe>',
      '[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](&#106;avascript:alert(1))',
      '[d](data:text/html,<script>alert(1)</script>) <javascript:alert(1)> ![i](x.png)',
      '<style>body{display:none}</style> <a href="javascript:alert(1)">a</a>',
      '$\\href{javascript:alert(1)}{click}$ $\\url{javascript:alert(2)}$',
      '$\\htmlClass{x}{y}$ $\\htmlStyle{color:red}{z}$ $\\includegraphics{x.png}$',
      '> '.repeat(3000),
    ].join('\n\n');
    const root = renderText(hostile);
    expect(root.textContent).toContain('<script>alert(1)</script>');
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expectSafe(root);
    // KaTeX's trust is off: its \href and \url draw as errors, not links.
    await vi.waitFor(() => expect(root.querySelectorAll('.katex').length).toBeGreaterThan(3));
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(root.querySelectorAll('[href], [src], [style*="url"]')).toHaveLength(0);
    expectSafe(root);
  });

  it('any text renders within the allow-list (property)', () => {
    fc.assert(
      fc.property(markdownText(60), (text) => {
        const { container, unmount } = render(<LessonText text={text} />);
        expectSafe(container);
        unmount();
      }),
      { numRuns: 300 },
    );
  });
});

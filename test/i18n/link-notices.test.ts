/**
 * The link codec's own notices (src/url/codec.ts) carry their words' key: the English they say
 * is the codec's message, and in Chinese they are Chinese, with the parameter named.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n, t } from '../../src/i18n';
import { loadLanguage } from '../../src/i18n/load';
import { decodeLink, type LinkNotice } from '../../src/url/codec';
// The notices' English loads with their component (src/ui/share/LinkNotices.tsx), as here.
import '../../src/i18n/en-notices';

beforeAll(() => loadLanguage('zh'));
afterEach(() => void i18n.changeLanguage('en'));

/** Links that make each of the codec's own notices. */
const LINKS: Record<string, string> = {
  'status.linkUnknownParam': 'v=1&preset=adam',
  'status.linkRepeated': 'v=1&n=100&n=200',
  'status.linkTooLong': `v=1&p=${'x'.repeat(5000)}`,
  'status.linkTooManyParams': Array.from({ length: 200 }, (_, i) => `k${i}=1`).join('&'),
  'status.linkWindowWidened': 'v=1&p=himmelblau&win=0,1e-320,0,1e-320',
  'status.linkNoRun': 'v=1&sel=7',
};

const said = (notices: LinkNotice[], key: string) =>
  notices.find((notice) => notice.said?.key === key);

describe('the link codec’s own notices, in the language shown', () => {
  it.each(Object.entries(LINKS))(
    '%s: English as the codec says it, Chinese in Chinese',
    (key, query) => {
      const notice = said(decodeLink(query).notices, key);
      expect(notice, query.slice(0, 40)).toBeDefined();
      const { said: words, param, message } = notice!;
      expect(t(words!.key, words!.values)).toBe(`${param}: ${message}`);
      void i18n.changeLanguage('zh');
      const zh = t(words!.key, words!.values);
      expect(zh.startsWith(`${param}：`)).toBe(true);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(zh).not.toContain(message);
    },
  );

  it('a validator’s reason keeps its English words only', () => {
    const notices = decodeLink('v=1&o=adam(lr=-1)').notices;
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.every((notice) => notice.said === undefined)).toBe(true);
  });
});

/**
 * A notice's words (`said`, src/url/notice-words.ts) in both languages: their English is the
 * `english` the code says beside them, and in Chinese they are Chinese, not that English.
 * Returns the Chinese, for a test's own checks. Leaves the translator in Chinese (the tests
 * using it switch back after each).
 */
import { expect } from 'vitest';
import { i18n, t } from '../../src/i18n';
import type { NoticeWords } from '../../src/url/notice-words';

export function expectSaidInBothLanguages(words: NoticeWords, english: string): string {
  expect(t(words.key, words.values)).toBe(english);
  void i18n.changeLanguage('zh');
  const zh = t(words.key, words.values);
  expect(zh).toMatch(/[\u4e00-\u9fff]/);
  expect(zh).not.toBe(english);
  return zh;
}

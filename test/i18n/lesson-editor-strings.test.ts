/**
 * The lesson editor's strings load with its chunk (src/i18n/lesson-editor.ts): both languages
 * have the same keys, each Chinese string is Chinese and keeps its placeholders, and once the
 * editor's strings are added, the keys translate in both languages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n';
import { lessonEditorFormEn, lessonEditorFormZh } from '../../src/i18n/lesson-editor';
import { loadLanguage } from '../../src/i18n/load';
import { addEditorStrings } from '../../src/ui/lesson/editor/strings';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('the lesson editor’s strings', () => {
  it('have the same keys and placeholders in both languages; the Chinese is Chinese', () => {
    expect(Object.keys(lessonEditorFormZh).sort()).toEqual(Object.keys(lessonEditorFormEn).sort());
    for (const [key, en] of Object.entries(lessonEditorFormEn)) {
      const zh = lessonEditorFormZh[key as keyof typeof lessonEditorFormEn];
      expect(placeholders(zh), key).toEqual(placeholders(en));
      expect(zh, key).toMatch(/\p{Script=Han}/u);
    }
  });

  it('translate once added, in English and in Chinese, beside the Chinese chunk', async () => {
    addEditorStrings();
    expect(i18n.t('lessonEditorForm.preview')).toBe('Preview');
    await loadLanguage('zh');
    await i18n.changeLanguage('zh');
    expect(i18n.t('lessonEditorForm.preview')).toBe(lessonEditorFormZh.preview);
    // The chunk's own keys are there too.
    expect(i18n.t('timeline.play')).toBe('播放');
  });
});

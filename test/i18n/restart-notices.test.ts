/**
 * Why the engine was restarted, in the language shown (src/main.tsx shows the lanes' words,
 * src/engine/lanes.ts): each reason's English is the lanes' own, its Chinese is Chinese; a
 * worker's own error message inside stays as it came.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n, type TranslationKey } from '../../src/i18n';
import { loadLanguage } from '../../src/i18n/load';
import { expectSaidInBothLanguages } from './said-words';
import { restartNotice, type RestartCause } from '../../src/engine/restart-words';

beforeAll(() => loadLanguage('zh'));
afterEach(() => void i18n.changeLanguage('en'));

const REASONS: [TranslationKey, Record<string, string>, string][] = [
  ['busy.restartedCrashed', { message: 'boom' }, 'the engine stopped (boom) and was restarted'],
  ['busy.restartedStalled', {}, 'the engine stopped responding and was restarted'],
  [
    'busy.restartedTerminated',
    {},
    'the engine stopped (its worker was terminated) and was restarted',
  ],
];

describe('the engine’s restart notices', () => {
  it.each(REASONS)('%s: the lanes’ English, and Chinese in Chinese', (key, values, english) => {
    const zh = expectSaidInBothLanguages({ key, values }, english);
    for (const value of Object.values(values)) expect(zh).toContain(value);
  });
});

describe('a restart’s notice as the engine makes it (src/engine/restart-words.ts)', () => {
  const CAUSES: [RestartCause, Record<string, string>][] = [
    ['restartedCrashed', { message: 'boom' }],
    ['restartedStalled', {}],
    ['restartedTerminated', {}],
  ];
  it.each(CAUSES)('%s: its reason is its words in English, said once', (cause, values) => {
    const { reason, said } = restartNotice(cause, values);
    expect(said).toEqual({ key: `busy.${cause}`, values });
    expect(reason).not.toMatch(/\{\{/);
    expectSaidInBothLanguages(said, reason);
  });
});

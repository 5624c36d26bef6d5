import { describe, expect, it } from 'vitest';
import {
  HINT_SEEN_KEY,
  hintSeen,
  markHintSeen,
  shouldShowHint,
  type HintStorage,
} from '../../src/ui/help/first-visit';

const fresh = { embed: false, presenting: false, predicting: false, lesson: null, seen: false };

function memoryStorage(): HintStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('shouldShowHint', () => {
  it('shows on a first, plain visit', () => {
    expect(shouldShowHint(fresh)).toBe(true);
  });

  it('never after it was seen, in an embed, presenting, predicting or in a lesson link', () => {
    expect(shouldShowHint({ ...fresh, seen: true })).toBe(false);
    expect(shouldShowHint({ ...fresh, embed: true })).toBe(false);
    expect(shouldShowHint({ ...fresh, presenting: true })).toBe(false);
    expect(shouldShowHint({ ...fresh, predicting: true })).toBe(false);
    expect(shouldShowHint({ ...fresh, lesson: ['lr', 'play'] })).toBe(false);
  });
});

describe('hintSeen and markHintSeen', () => {
  it('remember the hint in the storage given', () => {
    const storage = memoryStorage();
    expect(hintSeen(storage)).toBe(false);
    markHintSeen(storage);
    expect(storage.items.get(HINT_SEEN_KEY)).toBe('1');
    expect(hintSeen(storage)).toBe(true);
  });

  it('say seen where nothing can be remembered, so the hint does not show on every visit', () => {
    const refusing: HintStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(hintSeen(null)).toBe(true);
    expect(hintSeen(refusing)).toBe(true);
    expect(() => markHintSeen(refusing)).not.toThrow();
  });
});

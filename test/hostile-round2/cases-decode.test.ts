/**
 * Every hostile link of the table (test/hostile-cases.ts, which also holds cases-decode.ts and
 * runs them all through the real paths in test/hostile-inputs.test.ts): whatever was in it, the
 * link the address bar then shows reopens to itself, without a notice (issue 23, class 2).
 */
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { casesOf, titleOf } from '../hostile-cases';

describe('the address bar after a hostile link reopens to itself', () => {
  it.each(casesOf('url').map((c) => [titleOf(c), c] as const))('%s', (_, c) => {
    const shown = encodeLink(decodeLink(c.input).state);
    expect(decodeLink(shown).notices).toEqual([]);
    expect(encodeLink(decodeLink(shown).state)).toBe(shown);
  });
});

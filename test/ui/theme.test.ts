import { describe, expect, it } from 'vitest';
import { parseColor, readTokens, contrastRatio } from '../../src/ui/theme/contrast';
import { nextPreference, parsePreference, resolveTheme } from '../../src/ui/theme/theme';

describe('theme preference', () => {
  it('nextPreference cycles system → light → dark → system', () => {
    expect(nextPreference('system')).toBe('light');
    expect(nextPreference('light')).toBe('dark');
    expect(nextPreference('dark')).toBe('system');
  });

  it('parsePreference reads back what was stored and treats anything else as system', () => {
    expect(parsePreference('dark')).toBe('dark');
    expect(parsePreference('light')).toBe('light');
    expect(parsePreference(null)).toBe('system');
    expect(parsePreference('DARK')).toBe('system');
    expect(parsePreference('toString')).toBe('system');
  });

  it('resolveTheme follows the system only when asked to', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('contrast helpers', () => {
  it('parseColor reads #rgb, #rrggbb and rgba(), and refuses what it cannot compute', () => {
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('#1F5FBF')).toEqual({ r: 31, g: 95, b: 191, a: 1 });
    expect(parseColor('rgba(26, 33, 41, 0.92)')).toEqual({ r: 26, g: 33, b: 41, a: 0.92 });
    expect(parseColor('var(--panel)')).toBeNull();
    expect(parseColor('color-mix(in srgb, red, blue)')).toBeNull();
  });

  it('contrastRatio gives WCAG values: 21 for black on white, 1 for equal colours', () => {
    expect(contrastRatio(parseColor('#000')!, parseColor('#fff')!)).toBeCloseTo(21, 5);
    expect(contrastRatio(parseColor('#777')!, parseColor('#777')!)).toBe(1);
    // WCAG's own example: #767676 on white is the lightest grey passing 4.5:1.
    expect(contrastRatio(parseColor('#767676')!, parseColor('#fff')!)).toBeCloseTo(4.54, 2);
  });

  it('readTokens reads one rule’s custom properties and fails on a missing rule', () => {
    const css = `/* a */ :root { --a: #fff; color: red; } :root[data-theme='dark'] {\n --a:\n #000; }`;
    expect(readTokens(css, ':root')).toEqual({ '--a': '#fff' });
    expect(readTokens(css, ":root[data-theme='dark']")).toEqual({ '--a': '#000' });
    expect(() => readTokens(css, '.nope')).toThrow(/no rule/);
  });
});

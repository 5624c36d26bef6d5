import { describe, expect, it } from 'vitest';
import { FocusOrigins } from '../../src/ui/timeline/focus-origin';

describe('FocusOrigins', () => {
  it('records the input that came before each focus', () => {
    const origins = new FocusOrigins();
    const tab = {};
    const slider = {};
    origins.input('pointer');
    origins.focused(tab);
    origins.input('keyboard');
    origins.focused(slider);
    expect(origins.originOf(tab)).toBe('pointer');
    expect(origins.originOf(slider)).toBe('keyboard');
  });

  it('keeps a clicked element pointer-focused after keys are pressed on it', () => {
    // Chromium's :focus-visible would turn on here: the reason for this record.
    const origins = new FocusOrigins();
    const tab = {};
    origins.input('pointer');
    origins.focused(tab);
    origins.input('keyboard');
    origins.input('keyboard');
    expect(origins.originOf(tab)).toBe('pointer');
  });

  it('takes focus with no input before it (a page that focuses on load) as keyboard', () => {
    const origins = new FocusOrigins();
    const field = {};
    origins.focused(field);
    expect(origins.originOf(field)).toBe('keyboard');
    expect(origins.originOf({})).toBeUndefined();
  });

  it('updates an element focused again by another input', () => {
    const origins = new FocusOrigins();
    const tab = {};
    origins.input('pointer');
    origins.focused(tab);
    origins.input('keyboard');
    origins.focused(tab);
    expect(origins.originOf(tab)).toBe('keyboard');
  });
});

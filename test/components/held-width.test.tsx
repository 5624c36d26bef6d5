// @vitest-environment jsdom
/**
 * A loss's box (ContainedText with `hold`, src/ui/use-held-width.ts): wider at once for a wider
 * text, its widest width kept while the text keeps changing, the text's own once it has rested.
 */
import './setup';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { ContainedText } from '../../src/ui/contained-text';
import { HOLD_MS } from '../../src/ui/use-held-width';
import { valueWidth } from '../../src/ui/optimizers/value-width';

function Box({ text, hold }: { text: string; hold: boolean }) {
  return <ContainedText className="box" text={text} width={valueWidth} hold={hold} />;
}

const width = () => screen.getByText(/./).style.width;

describe('a held width', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('grows at once, holds while the text changes, and fits the text once it rests', () => {
    const { rerender } = render(<Box text="5.20" hold />);
    expect(width()).toBe(`${valueWidth('5.20')}ch`);
    rerender(<Box text="5.29e-4" hold />);
    expect(width()).toBe(`${valueWidth('5.29e-4')}ch`);
    // Narrower texts, each before the wait is over: the widest width stays.
    for (const text of ['5.21', '5.22', '5.23']) {
      act(() => void vi.advanceTimersByTime(HOLD_MS / 2));
      rerender(<Box text={text} hold />);
      expect(width()).toBe(`${valueWidth('5.29e-4')}ch`);
    }
    act(() => void vi.advanceTimersByTime(HOLD_MS));
    expect(width()).toBe(`${valueWidth('5.23')}ch`);
  });

  it('without hold, the text’s own width each time', () => {
    const { rerender } = render(<Box text="5.29e-4" hold={false} />);
    rerender(<Box text="5.20" hold={false} />);
    expect(width()).toBe(`${valueWidth('5.20')}ch`);
  });
});

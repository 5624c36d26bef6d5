// @vitest-environment jsdom
import './setup';
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLasting } from '../../src/ui/use-lasting';

describe('useLasting: a sign shown only once its flag has held (issue 17)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('stays off for a flag that flips back within the time', () => {
    const { result, rerender } = renderHook(({ flag }) => useLasting(flag, 150), {
      initialProps: { flag: false },
    });
    for (let i = 0; i < 5; i++) {
      rerender({ flag: true });
      act(() => vi.advanceTimersByTime(100));
      expect(result.current).toBe(false);
      rerender({ flag: false });
    }
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toBe(false);
  });

  it('turns on once the flag has lasted, and off with it at once', () => {
    const { result, rerender } = renderHook(({ flag }) => useLasting(flag, 150), {
      initialProps: { flag: true },
    });
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(150));
    expect(result.current).toBe(true);
    rerender({ flag: false });
    expect(result.current).toBe(false);
  });
});

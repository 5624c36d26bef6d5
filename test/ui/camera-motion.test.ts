import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CameraMotion, SETTLE_MS } from '../../src/ui/landscape3d/motion';

describe('the 3D camera’s motion: coarse frames while it moves (issue 19)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts once, stays moving while moves keep coming, rests SETTLE_MS after the last', () => {
    const changes: boolean[] = [];
    const motion = new CameraMotion((moving) => changes.push(moving));
    for (let i = 0; i < 10; i++) {
      motion.moved();
      vi.advanceTimersByTime(SETTLE_MS / 2);
    }
    expect(changes).toEqual([true]);
    expect(motion.isMoving).toBe(true);
    vi.advanceTimersByTime(SETTLE_MS / 2);
    expect(changes).toEqual([true, false]);
    expect(motion.isMoving).toBe(false);
  });

  it('settles at once when asked (a picture about to be read), and not twice', () => {
    const changes: boolean[] = [];
    const motion = new CameraMotion((moving) => changes.push(moving));
    motion.moved();
    motion.settle();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(changes).toEqual([true, false]);
    motion.moved();
    motion.dispose();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(changes).toEqual([true, false, true]);
  });
});

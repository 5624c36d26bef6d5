/**
 * Timers run by hand (`fire` runs every one set and not cleared) and a clock set by hand
 * (`time`), in the shape of the worker-job schedulers' options (`now`, `setTimer`, `clearTimer`).
 */
export function fakeTimers() {
  const timers = new Map<number, () => void>();
  let next = 1;
  const fake = {
    time: 0,
    now: () => fake.time,
    setTimer: (callback: () => void) => (timers.set(next, callback), next++),
    clearTimer: (id: unknown) => void timers.delete(id as number),
    fire: () => {
      const all = [...timers.values()];
      timers.clear();
      all.forEach((f) => f());
    },
    /** Timers set and not yet fired or cleared. */
    get count() {
      return timers.size;
    },
  };
  return fake;
}

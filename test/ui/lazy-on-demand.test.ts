import { describe, expect, it, vi } from 'vitest';
import { onDemand, preload } from '../../src/ui/lazy/on-demand';

describe('onDemand', () => {
  it('does not import until first asked', () => {
    const importer = vi.fn(() => Promise.resolve({ value: 1 }));
    onDemand(importer);
    expect(importer).not.toHaveBeenCalled();
  });

  it('imports once, however often it is asked (a hover, then the click)', async () => {
    const module = { value: 1 };
    const importer = vi.fn(() => Promise.resolve(module));
    const load = onDemand(importer);
    const first = load();
    const second = load();
    expect(second).toBe(first);
    expect(await load()).toBe(module);
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed import instead of failing for good', async () => {
    const importer = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('network down'))
      .mockResolvedValueOnce('loaded');
    const load = onDemand(importer);
    await expect(load()).rejects.toThrow('network down');
    await expect(load()).resolves.toBe('loaded');
    expect(importer).toHaveBeenCalledTimes(2);
    // Once loaded, it stays loaded.
    await expect(load()).resolves.toBe('loaded');
    expect(importer).toHaveBeenCalledTimes(2);
  });
});

describe('preload', () => {
  it('starts the import and swallows its failure (the real use reports it)', async () => {
    const importer = vi.fn(() => Promise.reject(new Error('offline')));
    const load = onDemand(importer);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      preload(load);
      expect(importer).toHaveBeenCalledTimes(1);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
      // The failure was forgotten: the click that follows imports again.
      await expect(load()).rejects.toThrow('offline');
      expect(importer).toHaveBeenCalledTimes(2);
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

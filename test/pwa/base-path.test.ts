import { describe, expect, it } from 'vitest';
import { basePath } from '../../src/base-path';

describe('basePath', () => {
  it('is the root when BASE_PATH is unset, empty or a slash', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('')).toBe('/');
    expect(basePath('  ')).toBe('/');
    expect(basePath('/')).toBe('/');
  });

  it('gives one leading and one trailing slash, as Vite and GitHub Pages need', () => {
    expect(basePath('/descent/')).toBe('/descent/');
    expect(basePath('descent')).toBe('/descent/');
    expect(basePath('/descent')).toBe('/descent/');
    expect(basePath('//teaching//descent//')).toBe('/teaching/descent/');
    expect(basePath(' /my-repo.io/ ')).toBe('/my-repo.io/');
  });

  it('refuses what is not a plain path, so a wrong base fails the build', () => {
    expect(() => basePath('https://example.org/descent/')).toThrow(/plain path/);
    expect(() => basePath('/descent/?x=1')).toThrow(/plain path/);
    expect(() => basePath('/descent/#top')).toThrow(/plain path/);
    expect(() => basePath('/a/../b/')).toThrow(/plain path/);
    expect(() => basePath('./')).toThrow(/plain path/);
    expect(() => basePath('/with space/')).toThrow(/plain path/);
  });
});

/**
 * The colour theme: the reader's preference (follow the system, light or dark), kept in
 * localStorage and applied as data-theme on <html>, where global.css switches its tokens.
 *
 * The preference is the reader's, not the scenario's: it is not written into links, so a shared
 * link opens in the theme its reader uses (docs/decisions.md).
 */

/** What the reader chose: follow prefers-color-scheme, or one theme whatever the system says. */
export type ThemePreference = 'system' | 'light' | 'dark';
/** The theme drawn. */
export type Theme = 'light' | 'dark';

/** The localStorage key of the preference. */
export const THEME_STORAGE_KEY = 'descent.theme';

const ORDER: readonly ThemePreference[] = ['system', 'light', 'dark'];

/** A stored value read back: anything unknown (or nothing) is 'system'. */
export function parsePreference(value: string | null | undefined): ThemePreference {
  return ORDER.includes(value as ThemePreference) ? (value as ThemePreference) : 'system';
}

/** The preference after `preference` in the toggle's cycle: system → light → dark → system. */
export function nextPreference(preference: ThemePreference): ThemePreference {
  return ORDER[(ORDER.indexOf(preference) + 1) % ORDER.length]!;
}

/** The theme drawn for a preference, given whether the system asks for dark. */
export function resolveTheme(preference: ThemePreference, systemDark: boolean): Theme {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The stored preference; storage may be unavailable (private modes, sandboxed frames). */
export function loadPreference(): ThemePreference {
  try {
    return parsePreference(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system';
  }
}

/** Stores the preference ('system' clears it, so the default can change with the app). */
export function savePreference(preference: ThemePreference): void {
  try {
    if (preference === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Not remembered: the choice still applies until the page is closed.
  }
}

/** Whether the system currently asks for dark. */
export function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

/** Sets <html data-theme> for a preference and returns the theme drawn. */
export function applyTheme(preference: ThemePreference): Theme {
  const theme = resolveTheme(preference, systemPrefersDark());
  document.documentElement.dataset.theme = theme;
  return theme;
}

let current: ThemePreference = 'system';
const listeners = new Set<() => void>();

/** The preference in force (for the toggle; see useSyncExternalStore in ThemeToggle). */
export function getPreference(): ThemePreference {
  return current;
}

/** Subscribes to preference changes; returns the unsubscribe function. */
export function subscribePreference(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Chooses a preference: applied at once, remembered for the next visit. */
export function setPreference(preference: ThemePreference): void {
  current = preference;
  savePreference(preference);
  applyTheme(preference);
  for (const listener of listeners) listener();
}

/**
 * Applies the stored preference, and follows the system while the preference is 'system'.
 * Called once before the first render so that the first paint is already in the right theme.
 */
export function startTheme(): void {
  current = loadPreference();
  applyTheme(current);
  if (typeof matchMedia !== 'function') return;
  matchMedia(DARK_QUERY).addEventListener('change', () => {
    if (current === 'system') applyTheme('system');
  });
}

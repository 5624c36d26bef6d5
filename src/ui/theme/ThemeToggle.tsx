/**
 * The header's theme button: one press moves system → light → dark → system. The icon shows the
 * choice (a half-filled disc for "as the system", a sun, a moon); the name and tooltip say it in
 * words, with the theme the system gives when following it.
 */
import { useSyncExternalStore } from 'react';
import { useT } from '../../i18n';
import {
  getPreference,
  nextPreference,
  resolveTheme,
  setPreference,
  subscribePreference,
  systemPrefersDark,
  type ThemePreference,
} from './theme';
import { IconButton } from '../forms/IconButton';
import './ThemeToggle.css';

export function ThemeToggle() {
  const t = useT();
  const preference = useSyncExternalStore(subscribePreference, getPreference);
  const next = nextPreference(preference);
  // The English name starts with "Theme" (e2e finds the button by it); the words are `theme.*`.
  const name = (choice: ThemePreference) => t(`theme.${choice}`);
  const now =
    preference === 'system'
      ? t('theme.now', { theme: name(resolveTheme('system', systemPrefersDark())) })
      : '';
  return (
    <IconButton
      className="theme-toggle"
      label={t('theme.name', { name: name(preference) })}
      title={t('theme.title', { name: name(preference), now, next: name(next) })}
      data-preference={preference}
      onClick={() => setPreference(next)}
    >
      <ThemeIcon preference={preference} />
    </IconButton>
  );
}

function ThemeIcon({ preference }: { preference: ThemePreference }) {
  const common = {
    width: 18,
    height: 18,
    viewBox: '0 0 18 18',
    'aria-hidden': true,
    focusable: false,
  } as const;
  if (preference === 'light')
    return (
      <svg {...common}>
        <circle cx="9" cy="9" r="3.4" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path
          d="M9 1.5v2M9 14.5v2M1.5 9h2M14.5 9h2M3.7 3.7l1.4 1.4M12.9 12.9l1.4 1.4M3.7 14.3l1.4-1.4M12.9 5.1l1.4-1.4"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
        />
      </svg>
    );
  if (preference === 'dark')
    return (
      <svg {...common}>
        <path
          d="M14.6 11.2A6.2 6.2 0 0 1 6.8 3.4a6.2 6.2 0 1 0 7.8 7.8Z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinejoin="round"
        />
      </svg>
    );
  return (
    <svg {...common}>
      <circle cx="9" cy="9" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M9 2.8a6.2 6.2 0 0 1 0 12.4Z" fill="currentColor" />
    </svg>
  );
}

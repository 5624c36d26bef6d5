/**
 * Why the engine's worker was replaced, said once. The English here is both the lanes' `reason`
 * (what Node's tests and a page without the translator read) and the app's English words for
 * the notice (src/i18n/en-busy.ts spreads them under `busy.*`; src/i18n/zh-busy.ts has the
 * Chinese). Pure data and one pure function: the engine stays free of the translator.
 */
export type RestartCause = 'restartedCrashed' | 'restartedStalled' | 'restartedTerminated';

export const RESTART_ENGLISH: Record<RestartCause, string> = {
  restartedCrashed: 'the engine stopped ({{message}}) and was restarted',
  restartedStalled: 'the engine stopped responding and was restarted',
  restartedTerminated: 'the engine stopped (its worker was terminated) and was restarted',
};

/**
 * A restart's notice: its English, and its words' key and values for the language shown (a
 * NoticeWords, src/url/notice-words.ts, spelled out: importing that type would close a cycle
 * through the translations, which spread this module's English).
 */
export function restartNotice(
  cause: RestartCause,
  values: Readonly<Record<string, string>> = {},
): {
  reason: string;
  said: { key: `busy.${RestartCause}`; values: Readonly<Record<string, string>> };
} {
  const reason = RESTART_ENGLISH[cause].replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(values[name] ?? ''),
  );
  return { reason, said: { key: `busy.${cause}`, values } };
}

/**
 * A link notice's words in every language: a key of the translations (`status.link*`,
 * src/i18n/en-notices.ts) and its values, the parameter's name among them. The codec's own notices (a
 * parameter unknown, repeated, too long; too many; a window too small; no such run) carry them,
 * and the notice shows in the language shown; a validator's reason has English words only
 * (docs/i18n.md, "What stays English"). Types and pure data only: the codec stays free of the
 * translator.
 */
import type { TranslationKey } from '../i18n';

export interface NoticeWords {
  key: TranslationKey;
  values: Readonly<Record<string, string | number>>;
}

/**
 * Where the docs of an optimizer are in the running app: the page the build renders from
 * docs/optimizers.md (src/docs-page.ts), at the section of the optimizer's type (the anchor its
 * module declares, src/core/optimizers/registry.ts: `#adam`). Relative to the app's page, so it
 * works under a sub-path (docs/offline.md) and offline (the page is precached). Pure; shared by
 * the build plugin and the inspector.
 */
export type DocLanguage = 'en' | 'zh';

/** The languages docs/optimizers.md is written in, and their sources. */
export const OPTIMIZER_DOCS: readonly { lang: DocLanguage; source: string }[] = [
  { lang: 'en', source: 'docs/optimizers.md' },
  // The update rules, conventions, defaults and schedules; the sources' table and the golden
  // vectors are linked from it to the English page.
  { lang: 'zh', source: 'docs/optimizers.zh.md' },
];

/** The built page of a language, relative to the app's root. */
export const docPagePath = (lang: DocLanguage): string =>
  lang === 'en' ? 'docs/optimizers.html' : `docs/optimizers.${lang}.html`;

/**
 * The link to an optimizer's section (`anchor`: its module's `docAnchor`), in the app's language
 * where a translation exists. This file stays free of the registry because the build's config
 * loads it (through src/docs-page.ts).
 */
export function optimizerDocHref(anchor: string, language: string): string {
  const lang = OPTIMIZER_DOCS.some((d) => d.lang === language) ? (language as DocLanguage) : 'en';
  return `./${docPagePath(lang)}#${anchor}`;
}

/**
 * Descent's translator (issue 17, docs/decisions.md "Our own translator"): what the app used of
 * i18next, and nothing else. i18next and react-i18next were 17 KB of the first visit's 170 KB
 * gzipped budget, and their `t` resolved each key through the resource store, the fallbacks and
 * the interpolator on every call (about 1.8 ms of a slider input's main-thread time, which
 * issue 17's memo had to hide). Here each language's strings are one flat map from dotted key to
 * text, built when a bundle is added, so a translation is one map lookup and, with options, one
 * replacement pass.
 *
 * The semantics are i18next's, for what Descent uses (test/i18n/translator.test.ts):
 * - keys are dotted paths into nested objects; a key missing in the language falls back to
 *   English (`fallback`), then to the key itself;
 * - `{{name}}` (or `{{a.b}}`) is replaced by the option's value, unescaped (React escapes);
 *   `null` or `undefined` given as a value reads as ''; a name not given at all stays as written;
 * - a numeric `count` picks the plural form of the language by `Intl.PluralRules`:
 *   `key_zero` when count is 0 (if present), then `key_<rule>` (`one`, `other`, …), then `key`.
 */

export type Bundle = { readonly [key: string]: string | Bundle };
export type TranslateOptions = Readonly<Record<string, unknown>>;
export type Translate = (key: string, options?: TranslateOptions) => string;

type Event = 'languageChanged' | 'added';

const PLACEHOLDER = /\{\{([^{}]+)\}\}/g;

export class Translator {
  /** The language shown. */
  language: string;
  private readonly strings = new Map<string, Map<string, string>>();
  private readonly listeners = new Map<Event, Set<() => void>>();
  private readonly fixed = new Map<string, Translate>();
  private readonly plurals = new Map<string, Intl.PluralRules>();

  constructor(
    language: string,
    private readonly fallback: string,
  ) {
    this.language = language;
  }

  /**
   * Adds `bundle`'s strings to `lang` (i18next's signature; namespaces other than the one are not
   * used). Existing keys are kept unless `overwrite`; nested objects always merge.
   */
  addResourceBundle(
    lang: string,
    _namespace: string,
    bundle: Bundle,
    _deep = true,
    overwrite = false,
  ): void {
    let strings = this.strings.get(lang);
    if (!strings) this.strings.set(lang, (strings = new Map()));
    flatten(bundle, '', strings, overwrite);
    this.emit('added');
  }

  hasResourceBundle(lang: string, _namespace?: string): boolean {
    return (this.strings.get(lang)?.size ?? 0) > 0;
  }

  /** Shows `lang` (synchronously; the promise is i18next's signature). */
  changeLanguage(lang: string): Promise<void> {
    if (lang !== this.language) {
      this.language = lang;
      this.emit('languageChanged');
    }
    return Promise.resolve();
  }

  /** Translates in the language shown. */
  readonly t: Translate = (key, options) => this.translate(this.language, key, options);

  /** A `t` that always translates in `lang`; one function per language (stable identity). */
  getFixedT(lang: string): Translate {
    let t = this.fixed.get(lang);
    if (!t) {
      t = (key, options) => this.translate(lang, key, options);
      this.fixed.set(lang, t);
    }
    return t;
  }

  on(event: Event, listener: () => void): void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
  }

  off(event: Event, listener: () => void): void {
    this.listeners.get(event)?.delete(listener);
  }

  private emit(event: Event): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener();
  }

  private translate(lang: string, key: string, options?: TranslateOptions): string {
    const text = this.lookup(lang, key, options) ?? this.lookup(this.fallback, key, options) ?? key;
    return options === undefined ? text : interpolate(text, options);
  }

  private lookup(lang: string, key: string, options?: TranslateOptions): string | undefined {
    const strings = this.strings.get(lang);
    if (!strings) return undefined;
    const count = options?.count;
    if (typeof count === 'number') {
      if (count === 0) {
        const zero = strings.get(`${key}_zero`);
        if (zero !== undefined) return zero;
      }
      const form = strings.get(`${key}_${this.pluralRules(lang).select(count)}`);
      if (form !== undefined) return form;
    }
    return strings.get(key);
  }

  private pluralRules(lang: string): Intl.PluralRules {
    let rules = this.plurals.get(lang);
    if (!rules) this.plurals.set(lang, (rules = new Intl.PluralRules(lang)));
    return rules;
  }
}

function flatten(bundle: Bundle, prefix: string, into: Map<string, string>, overwrite: boolean) {
  for (const [name, value] of Object.entries(bundle)) {
    const key = prefix + name;
    if (typeof value === 'string') {
      if (overwrite || !into.has(key)) into.set(key, value);
    } else flatten(value, `${key}.`, into, overwrite);
  }
}

function interpolate(text: string, options: TranslateOptions): string {
  if (!text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const path = name.trim();
    let value: unknown = options;
    for (const part of path.split('.')) {
      if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return whole;
      value = (value as Record<string, unknown>)[part];
    }
    return value === null || value === undefined ? '' : String(value as string | number);
  });
}

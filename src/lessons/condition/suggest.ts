/**
 * "Did you mean …" for the condition language's parse errors (docs/lesson-conditions.md,
 * "Error messages"): the closest of the words valid at that place, a miscapitalised keyword
 * (keywords are case-sensitive), a few names from other libraries, and the ASCII name of a
 * hyperparameter typed as its Greek symbol (read off HYPERPARAMS, not listed again here).
 */
import { HYPERPARAMS } from '../../core/optimizers/hyperparams';

/** The longest piece of the user's text a message quotes, so a 500-letter word stays short. */
const MAX_QUOTED = 40;

/** Line breaks and tabs in a quoted piece: a message is one line, whatever the text spans. */
const BREAKS = /[\t\n\v\f\r\u2028\u2029]+/g;

/**
 * `text` in double quotes, on one line (a run of line breaks read as a space), cut to
 * MAX_QUOTED characters with "…", never inside a surrogate pair (a half emoji is not a character).
 */
export function quote(text: string): string {
  const line = text.replace(BREAKS, ' ');
  if (line.length <= MAX_QUOTED) return `"${line}"`;
  const high = /[\uD800-\uDBFF]/.test(line[MAX_QUOTED - 2]!);
  return `"${line.slice(0, high ? MAX_QUOTED - 2 : MAX_QUOTED - 1)}…"`;
}

/**
 * Names people write for what the language calls otherwise (PyTorch's and the textbooks'
 * spellings, the words of the app's own labels). Only the ones edit distance cannot find.
 */
const ALIASES: Readonly<Record<string, string>> = {
  learningRate: 'lr',
  learning_rate: 'lr',
  epsilon: 'eps',
  mu: 'momentum',
  lambda: 'weightDecay',
  weight_decay: 'weightDecay',
  diverged: 'divergedAt',
  divergence: 'divergedAt',
  lastLoss: 'finalLoss',
  bestLoss: 'minLoss',
  iterations: 'steps',
  acc: 'accuracy',
  all: 'every',
  some: 'any',
};

/**
 * Optimal-string-alignment distance (Levenshtein with adjacent transpositions), stopping early
 * once it must exceed `limit`. Two rows, reused: the words are short (a candidate is at most
 * 23 letters; a typed word at most the 500 characters of a condition).
 */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/**
 * The candidates `word` may have meant, best first (at most three): the same word in other
 * capitals, an alias, or the nearest by edit distance (up to 1 for short words, 2 up to six
 * letters, 3 beyond). Empty when nothing is close.
 */
export function closest(word: string, candidates: readonly string[]): string[] {
  const lower = word.toLowerCase();
  const sameLetters = candidates.filter((c) => c.toLowerCase() === lower);
  if (sameLetters.length) return sameLetters;
  const alias = Object.hasOwn(ALIASES, word) ? ALIASES[word]! : undefined;
  if (alias !== undefined && candidates.includes(alias.split(' ')[0]!)) return [alias];
  const limit = word.length <= 3 ? 1 : word.length <= 6 ? 2 : 3;
  const scored = candidates
    .map((c) => ({ c, d: distance(lower, c.toLowerCase(), limit) }))
    .filter(({ d }) => d <= limit)
    .sort((p, q) => p.d - q.d);
  return scored.slice(0, 3).map(({ c }) => c);
}

/** "; did you mean x?" or "; did you mean x or y?", with the case note for a capitals slip. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const found = closest(word, candidates);
  if (!found.length) return '';
  const list =
    found.length === 1 ? found[0]! : `${found.slice(0, -1).join(', ')} or ${found.at(-1)!}`;
  const caseOnly = found.some((c) => c.toLowerCase() === word.toLowerCase());
  return `; did you mean ${list}?${caseOnly ? ' (keywords are case-sensitive)' : ''}`;
}

/**
 * The hyperparameters whose symbol starts with `char` (α → lr; β → beta1, beta2), from
 * HYPERPARAMS' symbols, for a Greek letter typed where the language wants an ASCII name.
 */
export function hyperparamsWritten(char: string): string[] {
  return Object.entries(HYPERPARAMS)
    .filter(([, spec]) => spec.symbol.startsWith(char))
    .map(([name]) => name);
}

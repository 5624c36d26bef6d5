/**
 * Where a JSON text stops being JSON: the offset, line and column of its first error. V8's
 * `JSON.parse` gives a position only for some errors ("Unexpected token 'x', "…" is not valid
 * JSON" has none), so a teacher's lesson file or a dropped scenario with a stray character would
 * be refused without saying where. This scanner follows RFC 8259's grammar (§§ 2–7) without
 * building anything, iteratively (a file may nest 10⁵ levels deep), and is used only after
 * `JSON.parse` has failed, to say where. Pure.
 */

export interface JsonErrorPlace {
  /** Offset of the first character that cannot continue the text as JSON (length: it ended). */
  readonly offset: number;
  /** 1-based line and column of that character (a column counts UTF-16 units, as editors do). */
  readonly line: number;
  readonly column: number;
  /** Whether the text ended before its JSON did (an unclosed object, array or string). */
  readonly atEnd: boolean;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const HEX = /^[0-9a-fA-F]$/;

/** The place of the first error of `text`, or null when it is valid JSON. */
export function jsonErrorPlace(text: string): JsonErrorPlace | null {
  const offset = firstErrorOffset(text);
  if (offset === null) return null;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return {
    offset,
    line,
    column: offset - before.lastIndexOf('\n'),
    atEnd: offset >= text.length,
  };
}

function firstErrorOffset(text: string): number | null {
  /** Open containers, innermost last: '{' or '['. */
  const open: string[] = [];
  let i = 0;
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  /** Reads a string at i (at its opening quote); false at the offending character. */
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return true;
      }
      if (c < ' ') return false; // a control character must be escaped
      if (c !== '\\') {
        i++;
        continue;
      }
      const escaped = text[i + 1];
      if (escaped === 'u') {
        i += 2;
        for (let k = 0; k < 4; k++, i++) if (!HEX.test(text[i] ?? '')) return false;
      } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) i += 2;
      else {
        i++;
        return false; // not an escape JSON has: the character after the backslash
      }
    }
    return false;
  };
  /** Reads a literal at i, as far as it matches; false at the first character that differs. */
  const literal = (word: string): boolean => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return false;
    return true;
  };
  const digits = () => {
    const from = i;
    while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
    return i > from;
  };
  /** Reads a number at i (RFC 8259 § 6); false at the first character that cannot continue it. */
  const number = (): boolean => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (!digits()) return false;
    if (text[i] === '.') {
      i++;
      if (!digits()) return false;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!digits()) return false;
    }
    return true;
  };
  /** Reads one scalar or opens a container at i; false at the offending character. */
  const value = (): boolean => {
    const c = text[i];
    if (c === '{' || c === '[') {
      open.push(c);
      i++;
      return true;
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    return false;
  };

  // Each turn reads what may follow: a value (after a start, ',' in an array, or ':'), a key.
  let expect: 'value' | 'first-value' | 'key' | 'first-key' | 'after' = 'value';
  for (;;) {
    skip();
    if (i >= text.length) return expect === 'after' && open.length === 0 ? null : i;
    const c = text[i]!;
    // An empty container closes at once; otherwise its first element or member is read as any.
    if (expect === 'first-value' || expect === 'first-key') {
      if (c === (expect === 'first-value' ? ']' : '}')) {
        open.pop();
        i++;
        expect = 'after';
        continue;
      }
      expect = expect === 'first-value' ? 'value' : 'key';
    }
    switch (expect) {
      case 'value': {
        const before = open.length;
        if (!value()) return i;
        expect =
          open.length > before ? (open.at(-1) === '{' ? 'first-key' : 'first-value') : 'after';
        break;
      }
      case 'key':
        if (c !== '"' || !string()) return i;
        skip();
        if (text[i] !== ':') return i;
        i++;
        expect = 'value';
        break;
      case 'after': {
        const container = open.at(-1);
        if (container === undefined) return i; // text after the end of the JSON
        if (c === ',') {
          i++;
          expect = container === '{' ? 'key' : 'value';
        } else if ((c === '}' && container === '{') || (c === ']' && container === '[')) {
          open.pop();
          i++;
        } else return i;
        break;
      }
    }
  }
}

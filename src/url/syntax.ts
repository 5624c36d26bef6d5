/**
 * The syntax of a link's query string, below the meaning of its fields (fields.ts).
 *
 *   query  := param ('&' param)*
 *   param  := key '=' value
 *   value  := call | atom
 *   call   := name? '(' [pair (',' pair)*] ')'       adam(lr=0.1,beta2=0.99)
 *   pair   := key '=' value                          schedule=cosine(tMax=200)
 *   atom   := percent-encoded text without ( ) , = & (a number, a word, a name)
 *
 * Readable and hand-editable: `o=adam(lr=0.1)` reads as it is written. The query is split by
 * hand rather than with URLSearchParams, which would decode %2C inside a label before the
 * structure is read. Nothing here throws: malformed input yields a `SyntaxIssue`.
 */
import { quote, toWellFormed } from '../scenario/text';

/** A parsed value: text, or a call with an optional name and its key = value pairs. */
export type Node = string | CallNode;

export interface CallNode {
  name: string;
  pairs: [key: string, value: Node][];
}

export interface SyntaxIssue {
  message: string;
}

/** A raw parameter longer than this is ignored: no honest link needs it (8 runs fit in 1,500). */
export const MAX_PARAM_LENGTH = 2_000;
/** Parameters read at most; the rest are ignored. */
export const MAX_PARAMS = 64;
/** Calls nest at most this deep: o=adam(schedule=cosine(…)) is 2. */
export const MAX_DEPTH = 4;

/**
 * Percent-decoding that never throws: a broken escape is kept as text. The text is well-formed
 * (a lone surrogate becomes U+FFFD), so that writing it back can never throw either.
 */
export function decodeText(text: string): string {
  try {
    return toWellFormed(decodeURIComponent(text.replace(/\+/g, ' ')));
  } catch {
    return toWellFormed(text);
  }
}

/**
 * Percent-encoding of an atom: everything the grammar gives meaning to is escaped. Never throws:
 * `encodeURIComponent` throws "URI malformed" on a lone surrogate, which text that reached the
 * state by any path (a label typed, a file) is first cleared of.
 */
export function encodeText(text: string): string {
  return encodeURIComponent(toWellFormed(text)).replace(
    /[()!'*~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The query's parameters in order, keys decoded, values still raw (percent-encoded). */
export function splitQuery(query: string): { key: string; raw: string }[] {
  const body = query.startsWith('?') ? query.slice(1) : query;
  if (!body) return [];
  return body
    .split('&')
    .filter((part) => part.length > 0)
    .map((part) => {
      const at = part.indexOf('=');
      return at < 0
        ? { key: decodeText(part), raw: '' }
        : { key: decodeText(part.slice(0, at)), raw: part.slice(at + 1) };
    });
}

/** Parses a raw value into a node, or says where and why it is malformed. */
export function parseValue(raw: string): Node | SyntaxIssue {
  let at = 0;
  const fail = (message: string): SyntaxIssue => ({
    message: `${message} at character ${at + 1} of ${quote(raw, 40)}`,
  });

  const atom = (): string => {
    const begin = at;
    while (at < raw.length && !'(),='.includes(raw[at]!)) at++;
    return raw.slice(begin, at);
  };

  const value = (depth: number): Node | SyntaxIssue => {
    const name = atom();
    if (raw[at] !== '(') return decodeText(name);
    if (depth >= MAX_DEPTH) return fail(`nested deeper than ${MAX_DEPTH} levels`);
    at++; // (
    const pairs: [string, Node][] = [];
    if (raw[at] === ')') {
      at++;
      return { name: decodeText(name), pairs };
    }
    for (;;) {
      const key = atom();
      if (raw[at] !== '=') return fail(`expected "=" after ${quote(decodeText(key), 40)}`);
      at++;
      const inner = value(depth + 1);
      if (typeof inner !== 'string' && 'message' in inner) return inner;
      pairs.push([decodeText(key), inner]);
      if (raw[at] === ',') {
        at++;
        continue;
      }
      if (raw[at] === ')') {
        at++;
        return { name: decodeText(name), pairs };
      }
      return fail(at >= raw.length ? 'missing ")"' : `unexpected ${quote(raw[at]!)}`);
    }
  };

  const node = value(0);
  if (typeof node !== 'string' && 'message' in node) return node;
  if (at < raw.length) return fail(`unexpected ${quote(raw[at]!)}`);
  return node;
}

export function isSyntaxIssue(value: Node | SyntaxIssue): value is SyntaxIssue {
  return typeof value !== 'string' && 'message' in value;
}

/** Writes a node back; `parseValue(formatValue(n))` gives n again. */
export function formatValue(node: Node): string {
  if (typeof node === 'string') return encodeText(node);
  const pairs = node.pairs.map(([key, value]) => `${encodeText(key)}=${formatValue(value)}`);
  return `${encodeText(node.name)}(${pairs.join(',')})`;
}

/** Joins parameters into a query string (without the leading "?"). */
export function joinQuery(params: readonly { key: string; value: string }[]): string {
  return params.map(({ key, value }) => `${encodeText(key)}=${value}`).join('&');
}

/**
 * A short lesson inside a link (docs/lessons.md, "A lesson in a link"): the value is the format
 * version, a dot, and the lesson's JSON as UTF-8 in base64url (RFC 4648 §5: A–Z a–z 0–9 - _, no
 * padding), e.g. `1.eyJpZCI6ImEiLC…`. Every character is URL-safe, so the value travels in a
 * query as it is; the dot keeps it apart from a lesson id, which holds none. Synchronous and
 * without a compression library: a link is for short lessons, a file for long ones. Decoding is
 * hostile-input reading, ending in validateLesson.
 */
import { jsonText } from '../export/safe-text';
import { LESSON_VERSION, type Lesson } from './types';
import { canonicalLesson } from './format/canonical';
import type { LessonError } from './format/errors';
import { validateLesson } from './validate';

/**
 * The longest inline value: with the page's address and a step's view, the whole link stays
 * under 8,000 characters, which servers and proxies accept in a request line (many refuse past
 * 8 KB). About 4,500 bytes of JSON: a few steps in one language. Longer lessons travel as a file.
 */
export const MAX_INLINE_LESSON_LENGTH = 6_000;

/** A lesson read from a link, with warnings; or why the value holds none. */
export type InlineLessonResult =
  { lesson: Lesson; warnings: LessonError[] } | { errors: LessonError[] };

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** The value carrying `lesson` in a link, or null when it is longer than MAX_INLINE_LESSON_LENGTH. */
export function encodeInlineLesson(lesson: Lesson): string | null {
  // jsonText: lone surrogates as U+FFFD, so UTF-8 encoding loses nothing silently.
  const bytes = new TextEncoder().encode(jsonText(canonicalLesson(lesson)));
  const prefix = `${LESSON_VERSION}.`;
  // Base64 is 4 characters per 3 bytes: too long is known before encoding.
  if (prefix.length + Math.ceil((bytes.length * 4) / 3) > MAX_INLINE_LESSON_LENGTH) return null;
  return prefix + toBase64url(bytes);
}

/** The lesson a link's value carries, or why it carries none. Never throws. */
export function decodeInlineLesson(value: string): InlineLessonResult {
  const fail = (message: string): InlineLessonResult => ({ errors: [{ path: '', message }] });
  if (value.length > MAX_INLINE_LESSON_LENGTH)
    return fail(
      `The lesson in this link is too long (${value.length.toLocaleString('en')} characters, at most ${MAX_INLINE_LESSON_LENGTH.toLocaleString('en')}); a long lesson travels as a file.`,
    );
  const dot = value.indexOf('.');
  // Versions start at 1 (types.ts LESSON_VERSION); none is older than this build reads.
  const version = /^[1-9]\d{0,5}$/.test(value.slice(0, dot)) ? Number(value.slice(0, dot)) : NaN;
  if (dot < 0 || Number.isNaN(version))
    return fail(
      'The lesson in this link is damaged: it does not start with a version such as "1.".',
    );
  if (version > LESSON_VERSION)
    return fail(
      `The lesson in this link was made by a newer Descent (lesson format version ${version}; this one reads version ${LESSON_VERSION}). Open it in the newest Descent: reload the page to update.`,
    );
  const bytes = fromBase64url(value.slice(dot + 1));
  let data: unknown;
  try {
    if (!bytes) throw new Error('not base64url');
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fail(
      'The lesson in this link is damaged (cut short or changed when it was copied?): copy the whole link again.',
    );
  }
  return validateLesson(data);
}

/** Bytes → base64url without padding; btoa works on a binary string, built in chunks. */
function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x2000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (unpadded) → bytes, or null when it is not base64url. */
function fromBase64url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * A step's link (docs/lessons.md, "The link"): the query of one of the app's own links, read by
 * the app's own decoder (src/url/codec.ts decodeLink), so a step can hold no view a link could
 * not. A lesson must open exactly what it says: where the decoder would drop or change anything,
 * it says so in a notice, and each notice is an error here.
 */
// A lesson's steps are decoded as it is read, models' among them: the models' numerics come with
// the lessons' chunks (src/kinds/model-numerics.ts fills the slot when evaluated).
import '../../kinds/model-numerics';
import { decodeLink, type DecodedLink } from '../../url/codec';
import { splitQuery } from '../../url/syntax';
import { clip } from '../../scenario/text';
import type { LessonErrors } from './errors';
import { MAX_LINK_LENGTH } from './limits';
import { cleanText, codePoint, describeValue, invisibleInLink, shown } from './text';

/**
 * Parameters that say how the app is shown, not what a step shows: the player and the student
 * choose them (the language, presentation mode, the embedded frame), and a step's link never
 * opens another lesson or step. Each with why, as the message gives it.
 */
export const FRAME_PARAMS: Readonly<Record<string, string>> = {
  lang: 'the lesson is shown in the language the student chose',
  present: 'presentation mode is the teacher’s choice, made in the player',
  embed: 'the lesson player needs the whole app, not the embedded view',
  lesson: 'a step cannot open another lesson',
  // A lesson inside a step's link would open a second lesson from the first (and nest lessons
  // in links without end); docs/lessons.md, "The link".
  lessonData: 'a step cannot open another lesson',
  step: 'a step cannot open another step',
};

/** Notices quoted per link at most; the rest are counted. */
const MAX_NOTICES = 5;

/** An example link, as messages suggest one. */
const EXAMPLE = 'v=1&p=rosenbrock&o=adam(lr=0.01)';

/** A scheme (`https:`, `javascript:`) or a path: the start of a whole address, not a query. */
const WHOLE_ADDRESS = /^(?:[a-z][a-z0-9+.-]*:|\/)/i;

/**
 * The link as the step keeps it, with the state it opens; undefined with errors when it is not
 * a link of the app or would not open exactly as written.
 */
export function readLink(
  errors: LessonErrors,
  value: unknown,
  path: string,
): { link: string; decoded: DecodedLink } | undefined {
  const fail = (message: string) => {
    errors.add(path, message);
    return undefined;
  };
  if (typeof value !== 'string')
    return fail(
      `must be the part of a link after "?", like "${EXAMPLE}", got ${describeValue(value)}`,
    );
  if (value === '') return fail('is empty: write "v=1" for the first view');
  if (value.length > MAX_LINK_LENGTH)
    return fail(
      `is ${value.length.toLocaleString('en')} characters long (at most ${MAX_LINK_LENGTH.toLocaleString('en')}, the longest link Descent reads)`,
    );
  const invisible = invisibleInLink(value);
  if (invisible)
    return fail(
      `holds a control or invisible character (${codePoint(invisible.char)}) at character ${invisible.at + 1}; a link holds none`,
    );
  if (WHOLE_ADDRESS.test(value))
    return fail(
      `must be the part of a link after "?", not a whole address: copy what follows "?" in the address bar (got ${shown(value)})`,
    );
  if (value.startsWith('?')) return fail('starts with "?": write the link without it');

  let ok = true;
  for (const { key } of splitQuery(value)) {
    const why = Object.hasOwn(FRAME_PARAMS, key) ? FRAME_PARAMS[key] : undefined;
    if (why === undefined) continue;
    errors.add(path, `holds "${key}=…", which a step’s link cannot set: ${why}`);
    ok = false;
  }
  const decoded = decodeLink(value);
  const { notices } = decoded;
  // The decoder cuts what it quotes; a percent-encoded key may still hold a bidi control.
  for (const notice of notices.slice(0, MAX_NOTICES))
    errors.add(
      path,
      `does not open exactly as written: ${cleanText(notice.param)}: ${clip(cleanText(notice.message), 200)}`,
    );
  if (notices.length > MAX_NOTICES)
    errors.add(
      path,
      `does not open exactly as written, for ${notices.length - MAX_NOTICES} more reasons`,
    );
  return ok && notices.length === 0 ? { link: value, decoded } : undefined;
}

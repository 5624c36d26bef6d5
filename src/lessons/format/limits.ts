/**
 * The limits of a lesson, stated once: validation (src/lessons/validate.ts), the file and link
 * forms (file.ts, inline.ts), the authoring form and docs/lessons.md ("Limits") read them here.
 * Lengths count UTF-16 code units, as the rest of the app does (a Chinese character is 1, an
 * emoji 2), after the text is cleaned (src/lessons/format/text.ts).
 */
import { MAX_DATA_LINK_LENGTH } from '../../url/data-param';
import { MAX_NOTE_LINK_LENGTH } from '../../url/note-param';
import { MAX_PARAM_LENGTH, MAX_PARAMS } from '../../url/syntax';

/** A title: the lesson's, a step's, a chapter's; also a choice of a prediction and the author. */
export const MAX_TITLE_LENGTH = 200;
/** The lesson's summary: one or two sentences. */
export const MAX_SUMMARY_LENGTH = 500;
/** A step's text, a question, an explanation, a task's prompt, hint and success text. */
export const MAX_TEXT_LENGTH = 4_000;
/** The note for the teacher. */
export const MAX_TEACHER_NOTE_LENGTH = 2_000;
/** Steps in one lesson: a long lecture is about 60; 200 leaves room without inviting abuse. */
export const MAX_STEPS = 200;
/** Choices of a prediction (issue 16: a question with 2 to 4 choices). */
export const MIN_CHOICES = 2;
export const MAX_CHOICES = 4;

/**
 * Characters a parameter's key, its `=` and its `&` take at most in an honest link: the app's
 * keys are at most 7 characters (`present`).
 */
const PARAM_OVERHEAD = 10;

/**
 * The longest step link: the longest query the app's link decoder (src/url/codec.ts) reads
 * without a notice, from its own limits (src/url/syntax.ts MAX_PARAMS and MAX_PARAM_LENGTH, the
 * longer `d` and `note`). A longer link is refused before it is decoded; a shorter one the
 * decoder would cut gets its notice, which validation refuses in turn.
 */
export const MAX_LINK_LENGTH =
  MAX_DATA_LINK_LENGTH * 3 +
  MAX_NOTE_LINK_LENGTH +
  (MAX_PARAMS - 2) * MAX_PARAM_LENGTH +
  MAX_PARAMS * PARAM_OVERHEAD;

/** A lesson id: the `lesson=` of a link and the storage key (docs/lessons.md, "The lesson"). */
export const LESSON_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Errors listed at most; past this, one last error counts the rest (a hostile file has 10⁵). */
export const MAX_ERRORS = 50;

/**
 * A lesson in the order its file writes it (docs/lessons.md, "The file"): each object's fields in
 * the order of the types (src/lessons/types.ts), texts' languages in the app's order (en, zh),
 * absent optional fields left out. Writing the same lesson twice gives the same bytes, whatever
 * order the editor built it in, so lesson files diff well.
 */
import { LANGUAGES } from '../../i18n/languages';
import type { Lesson, LessonPrediction, LessonStep, LessonTask, LocalText } from '../types';

/** `{ zh, en }` → `{ en, zh }`; languages not spoken are left out. */
function localText(text: LocalText): LocalText {
  const ordered: LocalText = {};
  for (const lang of LANGUAGES) {
    const value = text[lang];
    if (value !== undefined) ordered[lang] = value;
  }
  return ordered;
}

/** `{ [key]: f(value) }` when the value is present, else nothing: for spreading. */
function maybe<K extends string, V, R>(key: K, value: V | undefined, f: (v: V) => R) {
  return value === undefined ? {} : ({ [key]: f(value) } as Record<K, R>);
}

function prediction(p: LessonPrediction): LessonPrediction {
  return {
    question: localText(p.question),
    choices: p.choices.map(localText),
    answer: p.answer,
    explanation: localText(p.explanation),
  };
}

function task(t: LessonTask): LessonTask {
  return {
    prompt: localText(t.prompt),
    condition: t.condition,
    ...maybe('hint', t.hint, localText),
    ...maybe('success', t.success, localText),
  };
}

function step(s: LessonStep): LessonStep {
  return {
    ...maybe('chapter', s.chapter, localText),
    title: localText(s.title),
    text: localText(s.text),
    link: s.link,
    ...maybe('prediction', s.prediction, prediction),
    ...maybe('task', s.task, task),
    ...maybe('teacherNote', s.teacherNote, localText),
    ...maybe('code', s.code, (code) => code),
  };
}

/** The lesson with its fields in the file's order (a copy; the lesson is not changed). */
export function canonicalLesson(lesson: Lesson): Lesson {
  return {
    id: lesson.id,
    title: localText(lesson.title),
    ...maybe('summary', lesson.summary, localText),
    ...maybe('author', lesson.author, (a) => a),
    steps: lesson.steps.map(step),
  };
}

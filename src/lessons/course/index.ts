/**
 * The built-in course "Training a model, step by step" (issue 16, point 2): the story Descent
 * teaches (a model is trained by minimising a loss over a dataset; an optimizer uses the
 * gradient to update the parameters; the learning rate sets the step), told as one lesson in
 * English and 简体中文.
 *
 * The course is a lesson file like the ones teachers write (docs/lessons.md, "The file"):
 * training-a-model.descent-lesson.json, in the canonical form "Save as file" writes. It is data,
 * not code, so one format serves both, and a teacher can open the course's file as a worked
 * example. What each chapter shows and why is in this folder's README.md. Every step's view is a
 * link of the app, and every claim its text and its prediction's answer make is checked against
 * the real runs by test/lessons/course.test.ts (which also checks that the file passes the same
 * validation as a teacher's file): change a number in a link and that test says which sentence
 * no longer holds.
 */
import type { Lesson } from '../types';
import courseFile from './training-a-model.descent-lesson.json' with { type: 'json' };

/** The course's id: the `lesson=` of its links and its storage key. */
export const COURSE_ID = 'training-a-model';

// A JSON import types `"code": "pytorch"` as any string, not the field's two names: the file is
// checked by the same validation as a teacher's (test/lessons/course.test.ts), not by the cast.
export const TRAINING_A_MODEL: Lesson = courseFile.lesson as Lesson;

/**
 * The built-in course "Training a model, step by step" (issue 16, point 2): the story Descent
 * teaches (a model is trained by minimising a loss over a dataset; an optimizer uses the
 * gradient to update the parameters; the learning rate sets the step), told as one lesson in
 * English and 简体中文, one file per chapter. Every step's view is a link of the app, and every
 * claim its text and its prediction's answer make is checked against the real runs by
 * test/lessons/course.test.ts: change a number in a link and that test says which sentence no
 * longer holds.
 */
import type { Lesson } from '../types';
import { chapter1 } from './ch1-dataset-and-loss';
import { chapter2 } from './ch2-gradient';
import { chapter3 } from './ch3-epochs-and-batches';
import { chapter4 } from './ch4-learning-rate';
import { chapter5 } from './ch5-momentum';
import { chapter6 } from './ch6-adaptive';
import { chapter7 } from './ch7-adam';
import { chapter8 } from './ch8-schedules';
import { chapter9 } from './ch9-many-parameters';
import { summary } from './summary';

/** The course's id: the `lesson=` of its links and its storage key. */
export const COURSE_ID = 'training-a-model';

export const TRAINING_A_MODEL: Lesson = {
  id: COURSE_ID,
  title: { en: 'Training a model, step by step', zh: '一步一步训练模型' },
  summary: {
    en: 'From a cloud of points to a trained network: the loss, the gradient, the learning rate, batches, momentum, adaptive steps, Adam and schedules, each tried on the screen. For a first course in machine learning; about two lectures.',
    zh: '从一团数据点到一个训练好的网络：损失、梯度、学习率、批量、动量、自适应步长、Adam 和学习率调度，每一样都在屏幕上亲手试一试。适合机器学习的入门课程，约两次课的内容。',
  },
  author: 'Descent',
  steps: [
    ...chapter1,
    ...chapter2,
    ...chapter3,
    ...chapter4,
    ...chapter5,
    ...chapter6,
    ...chapter7,
    ...chapter8,
    ...chapter9,
    ...summary,
  ],
};

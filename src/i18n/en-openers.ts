/**
 * English of the tabs, buttons and menu entries that open panels loaded on demand, and of the
 * signs shown while they load (docs/i18n.md, "How languages load"): the first view shows them, so
 * they are initial, while the panels' own words come with the panels' chunks (en-curvature.ts,
 * en-insight.ts, en-inspect.ts, en-curvature-view.ts, en-lesson.ts). Same keys as there: a section
 * is split between this file and its own. Part of en.ts (spread into it).
 */
import { MODEL_LOADING_TEXT } from './languages';

export const enOpeners = {
  curvature: {
    tab: {
      // The symbol, as the gradient norm's tab is ‖∇f‖: six tabs fit the side column on one line.
      label: 'λmax',
      title: 'Curvature per step',
      hint: 'Curvature: the sharpness λmax (the largest eigenvalue of the Hessian) at each step, against each run’s stability limit, dashed: past it, a step makes the error grow',
    },
  },
  insight: {
    tab: {
      label: 'Inside',
      title: 'Inside the model',
      hint: 'Inside the model: per-layer gradient norms and update/weight ratios per step; for a classifier on a table, what it gets wrong and what its first layer learned',
    },
  },
  /**
   * What "Tune α for every run" says it did: made in sweep-model.ts, which is initial (the run
   * cards use its names).
   */
  sweep: {
    tunedRun: '{{name}}: α = {{lr}}',
    tunedDiverged: '{{name}}: diverged at every α, kept',
    tunedJoin: ', ',
    tunedMessage: '{{runs}} — each at its best on this start',
  },
  inspect: {
    loading: 'Loading the step inspector…',
  },
  /** The Arrows menu's entry (src/ui/landscape/ArrowsMenu.tsx). */
  curvatureView: {
    model: 'Local quadratic model at the pointer',
    modelTitle:
      'The second-order Taylor model of f at the pointer (at the selected run’s point when the pointer is away): its contour through the point, and the Hessian’s principal axes as arrows of length α·λ',
    modelUnavailable:
      'Not for models: this landscape is a 2D slice, whose curvature is not the model’s (see the Curvature chart)',
    modelNote:
      'Dashed: the model’s contour through the point (× its centre). Arrows: α·λ along the Hessian’s axes, {{unit}} px per 1; the tick is the optimizer’s limit, red past it: the step diverges along that axis.',
  },
  /** The export menu's entry for the Code dialog (src/ui/export/ExportMenu.tsx). */
  code: {
    menuItem: 'Code (PyTorch, NumPy)…',
    menuHint: 'a Python script that reproduces these runs',
  },
  /** The header's Lessons menu (src/ui/lesson/LessonsMenu.tsx). */
  lesson: {
    menu: 'Lessons',
    menuTitle: 'Guided lessons: a path through Descent, one step at a time',
    menuLabel: 'Lessons',
    course: 'Training a model, step by step',
    courseHint: 'The built-in course, in English and Chinese',
    imported: 'Opened in this browser',
    openFile: 'Open a lesson file…',
    openFileLabel: 'Lesson file',
    loadFailed: 'The lesson could not be loaded: check the connection and try again.',
    // A link's notices before (or without) the lesson catalog (src/state/lesson-sync.ts).
    noLessonNamed: 'no lesson is named (lesson=…); ignored',
    playerUnavailable: 'the lesson player could not be loaded; check the connection and reload',
  },
  // The lesson editor (src/ui/lesson/editor; docs/lessons.md, "Writing a lesson in the app"):
  // the Lessons menu's entries; the dialog's own strings load with it (src/i18n/lesson-editor.ts).
  lessonEditor: {
    newLesson: 'New lesson…',
    editDraft: 'Edit draft…',
    addView: 'Add this view as a step',
    addViewHint: 'to the lesson you are writing',
    editCopy: 'Edit a copy of this lesson',
  },
  /**
   * While the models' code loads (src/state/kinds-gate.ts), and if it cannot: said before any
   * model panel, and so its words (en-models.ts), is in.
   */
  models: {
    codeLoading: MODEL_LOADING_TEXT.en,
    codeUnavailable:
      'The model could not be loaded (offline?), so the view shown stays: reload when online.',
  },
};

/**
 * English of the lesson player (src/ui/lesson, docs/lessons.md "The player"): its panel, the
 * lesson files' messages and the share dialog's lesson link, on demand with them (the header's
 * Lessons menu is initial, in en-openers.ts). The
 * lessons' own texts are in the lessons (src/lessons/course), not here.
 */
import { addEnglish } from './instance';
export const enLesson = {
  lesson: {
    region: 'Lesson',
    loading: 'Opening the lesson…',
    progress: '{{step}} / {{count}}',
    progressLabel: 'Step {{step}} of {{count}}',
    back: 'Back',
    backTitle: 'The step before (B or Page Up)',
    next: 'Next',
    nextTitle: 'The next step (N or Page Down)',
    jump: 'Go to step',
    close: 'Close the lesson',
    closeTitle: 'Close the lesson: the view stays as it is',
    predict: 'Predict first',
    choose: 'Answer and show the runs',
    chooseHint: 'Choose an answer: the runs stay hidden until you do.',
    onLandscape: 'Choose your answer on the landscape: the runs are shown when you do.',
    right: 'Right!',
    wrong: 'Not this time: the runs show why.',
    yourAnswer: 'your answer',
    theAnswer: 'the answer',
    task: 'Your turn',
    hint: 'Hint',
    hideHint: 'Hide the hint',
    taskDone: 'Done!',
    taskDoneDefault: 'Well done: the task is complete.',
    taskWaiting: 'Waiting for the runs…',
    taskNotYet: 'Not yet.',
    taskValues: 'Now',
    needs: 'needs {{comparison}}',
    none: 'none',
    teacherNote: 'For the teacher',
    code: 'The code of this view ({{target}})',
    codeTitle: 'This view as a Python script that computes the same runs',
    lastStep: 'This is the last step of the lesson.',
    fileError: 'The lesson file cannot be opened: {{reason}}',
    // Why a lesson a link or the menu names does not open (src/lessons/catalog.ts), and a link's
    // step beyond its lesson (src/state/lesson-sync.ts).
    notLoaded: 'the lesson "{{id}}" could not be loaded; check the connection and reload',
    noSuchLesson:
      'there is no lesson "{{id}}" in Descent or in this browser (a lesson file opened on another computer must be opened here too)',
    otherLesson: 'the lesson kept in this browser as "{{id}}" is another lesson',
    refusedInLink: 'the lesson in this link cannot be opened: {{reasons}}',
    refusedKept: 'the lesson "{{id}}" kept in this browser cannot be opened: {{reasons}}',
    noSuchStep: '“{{title}}” has {{count}} steps, not {{step}}; step 1 is shown',
    notKept:
      'This browser does not keep the lesson (storage is full or off): it is open now, but a reload will not find it.',
    keys: 'next / previous lesson step',
    shareLink: 'Link to this lesson step',
    shareCopy: 'Copy lesson link',
    shareImported:
      'This lesson was opened from a file: the link opens it only in a browser where the file was opened too. Send the file with the link.',
  },
};

// Loaded with the chunk of the panels that use it, not at start (docs/i18n.md, "How languages
// load"): each module showing these words imports this one, which adds them when evaluated.
addEnglish(enLesson);

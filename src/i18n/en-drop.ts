/**
 * English of dropping a file on the app (src/ui/drop; docs/lessons.md, "Opening a lesson"): the
 * overlay while a file is dragged over the window, the notices of a drop, and those of opening
 * a scenario file however it came (scenarioFile). Part of en.ts.
 */
export const enDrop = {
  drop: {
    overlay: 'Drop a lesson or scenario file',
    overlayLesson: 'Lesson files (.descent-lesson.json) open in the lesson player.',
    overlayScenario: 'Scenario files (.json) open as with Share → Import JSON.',
    other:
      'Could not open {{name}}: it is neither a lesson file nor a scenario file. Descent opens lesson files (.descent-lesson.json) and scenario files (.json, made by Share → Export JSON).',
    lessonTooLarge:
      '{{name}}: The lesson file cannot be opened: it is too large for a lesson (at most 1,000,000 characters, about 1 MB).',
    scenarioTooLarge: 'Could not open {{name}}: too large for a scenario (over 1 MB).',
    unreadable: 'Could not read {{name}} (a folder?): drop a lesson or scenario file.',
    several:
      '{{count}} files were dropped: Descent opens one at a time, so it read the first, {{name}}.',
    loadFailed: 'The file could not be opened: check the connection and try again.',
  },
  // A scenario file picked (Share → Import JSON) or dropped (src/ui/share/open-file.ts), and
  // why the import refused it (src/url/import.ts).
  scenarioFile: {
    opened: 'Opened {{name}}.',
    refused: 'Could not open {{name}}: {{reason}}',
    tooLarge: 'too large for a scenario (over 1 MB)',
    notJson: 'not valid JSON ({{detail}})',
    notJsonAt: 'not valid JSON (line {{line}}, column {{column}}: {{detail}})',
    notObject: 'it does not hold a scenario (a JSON object)',
  },
};

/**
 * English of the note on the screen (src/ui/note, docs/links.md "The note"): a preset's
 * explanation or the user's own short note. Part of en.ts (spread into it).
 */
export const enNote = {
  note: {
    region: 'Note',
    ownTitle: 'Note',
    add: 'Add a note',
    addTitle: 'Write a short note for the class: it is shown here and travels in the link',
    edit: 'Edit',
    editTitle: 'Edit the note',
    replace: 'Write your own',
    replaceTitle: 'Replace the preset’s explanation with a note of your own',
    collapse: 'Hide the note',
    expand: 'Show the note',
    dismiss: 'Remove the note',
    editorLabel: 'Your note',
    editorHint: 'Enter keeps it, Esc cancels; at most {{max}} characters.',
    loading: 'Loading the explanation…',
  },
};

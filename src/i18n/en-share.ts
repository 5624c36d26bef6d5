/**
 * English of the share dialog's content (src/ui/share/ShareContent.tsx: the links, the embed
 * code, the scenario file): on demand, with the dialog's chunk. The Share button's word and the
 * embed's "Open in Descent" link are initial (en.ts `share`). Same keys, `share.*`.
 */
import { addEnglish } from './instance';

export const enShare = {
  share: {
    title: 'Share this view',
    close: 'Close',
    link: 'Link to exactly this view',
    copyLink: 'Copy link',
    dataWarning:
      'Your own data ({{count}} points) are too many for a link: whoever opens it sees the generated data, and is told so. Export the scenario file below to share them.',
    lesson: 'Lesson link: show only these controls',
    lessonLink: 'Lesson link',
    lessonLinkEmpty: 'Lesson link (tick the controls the class may use)',
    copyLessonLink: 'Copy lesson link',
    embed: 'Embed in a page or slides (landscape and timeline only)',
    copyEmbed: 'Copy embed code',
    embedTitle: 'Descent: {{count}} optimizers on {{problem}}',
    files: 'Scenario file (the JSON the command line runs)',
    export: 'Export JSON',
    import: 'Import JSON…',
    importFile: 'Scenario file to import',
    drop: 'or drop a file anywhere on the page',
    copied: '✓ Copied to the clipboard',
    copyFailed: 'Could not reach the clipboard: the text is selected, press Ctrl+C',
  },
};

// Loaded with the chunk of the panels that use it, not at start (docs/i18n.md, "How languages
// load"): each module showing these words imports this one, which adds them when evaluated.
addEnglish(enShare);

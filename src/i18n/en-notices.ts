/**
 * English of a link's and the work budget's notices (src/ui/share/LinkNotices.tsx): on demand,
 * with the notices' chunk, which loads when the store first holds a notice. The codec's notices
 * carry these keys as their words (`said`, src/url/notice-words.ts) and only that component shows
 * them. The rest of `status.*` is initial (en.ts). Same keys, `status.*`.
 */
import { addEnglish } from './instance';

export const enNotices = {
  status: {
    linkNotice: 'Link notice',
    linkNoticeTitle: 'Parts of this link were not used.',
    linkNoticeMore: '…and {{count}} more',
    // The link codec's own notices (src/url/codec.ts), each after the parameter it concerns.
    linkUnusable: '{{param}}: could not be used; the first view is shown',
    linkTooManyParams: '{{param}}: has {{count}} parameters; the first {{max}} are read',
    linkTooLong: '{{param}}: is {{length}} characters long (at most {{max}}); ignored',
    linkUnknownParam: '{{param}}: is not a parameter Descent knows; ignored',
    linkRepeated: '{{param}}: appears {{count}} times; the first is used',
    linkWindowWidened: '{{param}}: is too small to draw; widened about its centre to {{window}}',
    linkNoRun: '{{param}}: there is no run {{run}}; run 1 is selected',
    // A notice about a parameter whose words are a sentence of their own (a lesson's).
    linkAbout: '{{param}}: {{text}}',
    dismissLinkNotice: 'Dismiss link notice',
    workNotice: 'Work notice',
    workNoticeTitle: 'This view was made lighter, so that it stays live.',
    workSteps: 'Steps reduced from {{from}} to {{to}}',
    workRuns: 'Runs reduced from {{from}} to {{to}}',
    workWhy:
      'this model is heavy: {{units}} units of work asked, at most {{cap}} per view (about 20 s on a slow laptop)',
  },
};

// Loaded with the chunk of the component that shows them, not at start (docs/i18n.md, "How
// languages load"): that component imports this module, which adds them when evaluated.
addEnglish(enNotices);

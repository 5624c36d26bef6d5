/**
 * English of the Code dialog (issue 18, docs/code-export.md): the script that reproduces the
 * view in PyTorch or NumPy: on demand, with the dialog and the panels that open it (the export
 * menu's entry is initial, in en-openers.ts).
 */
import { addEnglish } from './instance';

export const enCode = {
  code: {
    open: 'Code',
    openTitle: 'This view as a PyTorch or NumPy script',
    title: 'The code of this view',
    subtitle:
      'A Python script that computes these runs step for step, as the app does. Run it with python3; add --json for every step’s numbers.',
    close: 'Close',
    closeTitle: 'Close (Esc)',
    target: 'Written for',
    pytorch: 'PyTorch',
    pytorchHint: 'torch.optim, as you would train a model',
    numpy: 'NumPy',
    numpyHint: 'every update rule written out by hand',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the code and copy it',
    download: 'Download {{file}}',
    run: 'Run: {{command}}',
    lines_one: '{{count}} line',
    lines_other: '{{count}} lines',
    loading: 'Writing the script…',
    failed: 'The script could not be written: {{message}}',
    label: 'The script, {{target}}',
  },
};

// Loaded with the chunk of the panels that use it, not at start (docs/i18n.md, "How languages
// load"): each module showing these words imports this one, which adds them when evaluated.
addEnglish(enCode);

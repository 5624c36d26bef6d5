/**
 * English of the Code dialog (issue 18, docs/code-export.md): the script that reproduces the
 * view in PyTorch or NumPy. Part of en.ts (spread into it).
 */
export const enCode = {
  code: {
    menuItem: 'Code (PyTorch, NumPy)…',
    menuHint: 'a Python script that reproduces these runs',
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

/**
 * English of the runs' names and history (issue 14): preset roles, the reset menu, Undo/Redo, and
 * the chart panel's table of runs. Part of en.ts (spread into it).
 */
import { RUN_ROLES, type RunRole } from '../presets/run-roles';

export const enRuns = {
  runs: {
    /** A preset's role label beside the run's type: "Gradient descent · too small". */
    roleName: '{{type}} · {{role}}',
    // The roles' English is their stored text (src/presets/run-roles.ts): stated once, there.
    role: RUN_ROLES as Record<RunRole, string>,
    reset: 'Reset',
    resetTitle: 'Reset this run’s settings',
    resetMenu: 'Reset run {{n}}',
    resetOrigin: 'Reset to the preset’s or link’s values',
    resetDefaults: 'Reset to PyTorch defaults',
    resetDefaultsHint: 'every hyperparameter, α included',
    undo: 'Undo',
    undoTitle: 'Undo the last change to the runs or the problem (Ctrl+Z)',
    redo: 'Redo',
    redoTitle: 'Redo the change undone (Ctrl+Shift+Z)',
    history: 'Undo and redo',
    /** A run's own mini-batch size on a problem on data (docs/scenario.md). */
    batch: {
      label: 'batch',
      title:
        'This run’s mini-batch size: 1 takes one sample at a time, full every point; the problem’s follows the problem’s own setting. The other runs keep theirs, on the same data.',
      select: 'Batch size of run {{n}}',
      problems: 'as the problem: {{size}}',
      one: '1 (one sample)',
      full: 'full ({{n}})',
    },
    table: {
      label: 'Table',
      title: 'Comparison of the runs',
      hint: 'Final and best loss, loss at the cursor, steps to a tolerance, divergence per run',
      caption: 'The runs compared; click a column heading to sort by it',
      run: 'Run',
      lr: 'α',
      finalLoss: 'Final loss',
      bestLoss: 'Best loss',
      cursorLoss: 'Loss at step {{step}}',
      stepsToToleranceShort: 'Steps to tol.',
      stepsToTolerance: 'Steps to tolerance',
      divergedAt: 'Diverged at',
      accuracy: 'Final accuracy',
      tolerance: 'Tolerance',
      toleranceKnown: 'first step with f − f* ≤ {{tol}} × (f(θ₀) − f*)',
      toleranceUnknown:
        'f* is not known: first step with f − best ≤ {{tol}} × (f(θ₀) − best), best being the run’s own lowest loss',
      never: 'never',
      notDiverged: '—',
      diverged: 'diverged',
      empty: 'No visible runs: show a run to compare it.',
      computing: 'Computing the runs…',
      sortBy: 'Sort by {{column}}',
    },
  },
};

/**
 * English of the landscape's work sign (src/ui/landscape/BusySign.tsx): what is being computed
 * while a new problem's picture or runs are not there yet, and why the engine was restarted. Part
 * of en.ts (spread into it).
 */
export const enBusy = {
  busy: {
    surface: 'Drawing the landscape…',
    runs: 'Running the optimizers…',
    training: 'Training the runs… {{percent}} %',
    label: 'Work in progress',
    // The engine's worker replaced (src/engine/lanes.ts): the notice says why.
    restartedCrashed: 'the engine stopped ({{message}}) and was restarted',
    restartedStalled: 'the engine stopped responding and was restarted',
    restartedTerminated: 'the engine stopped (its worker was terminated) and was restarted',
  },
};

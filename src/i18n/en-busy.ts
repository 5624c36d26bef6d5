/**
 * English of the landscape's work sign (src/ui/landscape/BusySign.tsx): what is being computed
 * while a new problem's picture or runs are not there yet. Part of en.ts (spread into it).
 */
export const enBusy = {
  busy: {
    surface: 'Drawing the landscape…',
    runs: 'Running the optimizers…',
    training: 'Training the runs… {{percent}} %',
    label: 'Work in progress',
  },
};

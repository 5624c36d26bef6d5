/**
 * English of the landscape's work sign (src/ui/landscape/BusySign.tsx): what is being computed
 * while a new problem's picture or runs are not there yet, and why the engine was restarted. Part
 * of en.ts (spread into it).
 */
import { RESTART_ENGLISH } from '../engine/restart-words';

export const enBusy = {
  busy: {
    surface: 'Drawing the landscape…',
    runs: 'Running the optimizers…',
    training: 'Training the runs… {{percent}} %',
    label: 'Work in progress',
    // The engine's worker replaced (src/engine/lanes.ts): the notice says why, in the English
    // the lanes give as its reason too.
    ...RESTART_ENGLISH,
  },
};

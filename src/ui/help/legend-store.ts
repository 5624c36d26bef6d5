/**
 * Whether the legend (what the landscape draws, and the keys) is open: a store of its own, like
 * the inspector's (src/ui/open-store.ts). The Legend button and the "?" key
 * (src/ui/timeline/shortcuts.ts) share it.
 */
import { createOpenStore } from '../open-store';

export const useLegend = createOpenStore();

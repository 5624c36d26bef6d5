/** Whether the step inspector is open: a store of its own (src/ui/open-store.ts). */
import { createOpenStore } from '../open-store';

export const useInspector = createOpenStore();

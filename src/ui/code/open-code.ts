/**
 * Which script the Code dialog shows, if it is open (issue 18): a small store of its own, so
 * that the places that open it — the Export menu, the step inspector, a lesson step — need only
 * call `openCode`, and the app mounts one dialog (CodeDialogHost). Not in the link: the script
 * is derived from the view, which the link already holds.
 */
import { useSyncExternalStore } from 'react';
import type { CodeTarget } from '../../export/code/types';

export { CODE_TARGETS, type CodeTarget } from '../../export/code/types';

export interface CodeRequest {
  target: CodeTarget;
  /** Where the focus was when the dialog opened: it returns there when the dialog closes. */
  opener: HTMLElement | null;
}

let request: CodeRequest | null = null;
/** The target chosen last: the next opening without one shows it again. */
let lastTarget: CodeTarget = 'pytorch';
const listeners = new Set<() => void>();

function set(next: CodeRequest | null): void {
  request = next;
  for (const listener of listeners) listener();
}

/** Opens the Code dialog on `target` (the one chosen last if not given). */
export function openCode(target: CodeTarget = lastTarget): void {
  lastTarget = target;
  const focused = typeof document === 'undefined' ? null : document.activeElement;
  set({ target, opener: focused instanceof HTMLElement ? focused : null });
}

/** Shows another target in the open dialog. */
export function chooseCodeTarget(target: CodeTarget): void {
  lastTarget = target;
  if (request) set({ ...request, target });
}

export function closeCode(): void {
  const opener = request?.opener;
  set(null);
  opener?.focus();
}

export function useCodeRequest(): CodeRequest | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => request,
    () => null,
  );
}

/**
 * An explicit fault hook for end-to-end tests (docs/app.md, "Test handles"): a test injects a
 * fault into a panel through `window.__descent.faults`, and that panel's error boundary shows its
 * message, exactly as it would for a real exception in the panel. Inert unless used: the panels'
 * only cost is one Set lookup per render of their boundary's fault point.
 */

/**
 * The panels that have an error boundary of their own (src/ui/ErrorBoundary.tsx), and 'app',
 * the last resort around the whole screen: what no panel's boundary holds (the presentation bar
 * and legend, the engine status, the drop target) still never leaves a blank page.
 */
export const PANELS = [
  'app',
  'header',
  'landscape',
  'inspector',
  'timeline',
  'optimizers',
  'charts',
  'lesson',
] as const;
export type PanelId = (typeof PANELS)[number];

export function isPanel(value: unknown): value is PanelId {
  return typeof value === 'string' && (PANELS as readonly string[]).includes(value);
}

/** The error an injected fault throws; its message names the panel, for the test to find. */
export class InjectedFault extends Error {
  constructor(readonly panel: PanelId) {
    super(`fault injected into the ${panel} panel`);
    this.name = 'InjectedFault';
  }
}

const injected = new Set<PanelId>();
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** The handle tests reach as `window.__descent.faults`. */
export const faults = {
  /** The panel throws on its next render, and renders again now so that it does. */
  inject(panel: PanelId): void {
    if (!isPanel(panel)) throw new Error(`no panel named ${String(panel)}`);
    injected.add(panel);
    changed();
  },
  /** The panel renders normally again (after its "Try again"); no argument clears every panel. */
  clear(panel?: PanelId): void {
    if (panel === undefined) injected.clear();
    else injected.delete(panel);
    changed();
  },
  has(panel: PanelId): boolean {
    return injected.has(panel);
  },
  /** For useSyncExternalStore: the listener runs after every inject and clear. */
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Throws the panel's injected fault, if any: called while rendering, inside its boundary. */
export function throwIfInjected(panel: PanelId): void {
  if (injected.has(panel)) throw new InjectedFault(panel);
}

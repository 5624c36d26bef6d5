/** Gives components the engine (for probes and thumbnails) and the sync (for the canvas size). */
import { createContext, useContext } from 'react';
import type { Engine } from '../engine/client';
import type { Sync } from '../state/sync';

export interface EngineContextValue {
  engine: Engine;
  sync: Sync;
}

export const EngineContext = createContext<EngineContextValue | null>(null);

export function useEngine(): EngineContextValue {
  const value = useContext(EngineContext);
  if (!value) throw new Error('useEngine outside <EngineContext.Provider>');
  return value;
}

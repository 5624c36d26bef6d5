/**
 * The panel's link to the engine: one MapController per map, fed the selected run's job on every
 * scenario change (the controllers decide whether anything needs computing) and read back with
 * useSyncExternalStore. Caches live at module level so that leaving the tab and coming back
 * shows finished maps at once.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { MAP_AXES, mapKey, mapsOf, type MapId } from '../../core/sensitivity';
import type { Scenario } from '../../scenario/types';
import { useEngine } from '../engine-context';
import {
  MapCache,
  MapController,
  type FetchChunk,
  type MapJob,
  type MapView,
} from './sensitivity-controller';

const caches: Record<MapId, MapCache> = { beta: new MapCache(), 'alpha-eps': new MapCache() };

const MAP_IDS: readonly MapId[] = ['beta', 'alpha-eps'];

/** The job of one map for the selected run, or null when the run has no such map. */
export function mapJob(scenario: Scenario, runIndex: number, id: MapId): MapJob | null {
  const spec = scenario.optimizers[runIndex];
  if (!spec || !mapsOf(spec.type).includes(id)) return null;
  const axes = MAP_AXES[id];
  return { key: mapKey(scenario, runIndex, axes), scenario, runIndex, axes };
}

/** Both maps of the selected run, and the controls over their computation. */
export interface SensitivityMaps {
  views: Record<MapId, MapView>;
  cancel(): void;
  resume(): void;
}

export function useSensitivityMaps(scenario: Scenario, runIndex: number): SensitivityMaps {
  const { engine } = useEngine();
  const [controllers] = useState(() => {
    const fetchFor =
      (id: MapId): FetchChunk =>
      (s, index, axes, cells) =>
        engine.mapChunk(id, s, index, axes, cells);
    return {
      beta: new MapController(fetchFor('beta'), caches.beta),
      'alpha-eps': new MapController(fetchFor('alpha-eps'), caches['alpha-eps']),
    } satisfies Record<MapId, MapController>;
  });

  useEffect(
    () => () => {
      for (const id of MAP_IDS) controllers[id].dispose();
    },
    [controllers],
  );

  useEffect(() => {
    for (const id of MAP_IDS) controllers[id].show(mapJob(scenario, runIndex, id));
  }, [controllers, scenario, runIndex]);

  const beta = useSyncExternalStore(controllers.beta.subscribe, controllers.beta.getView);
  const alphaEps = useSyncExternalStore(
    controllers['alpha-eps'].subscribe,
    controllers['alpha-eps'].getView,
  );

  return useMemo(
    () => ({
      views: { beta, 'alpha-eps': alphaEps },
      // The controller asks for nothing more; the lab worker stops the chunk in hand for real
      // (it is replaced), so that the CPU goes idle at once, as the sweep's Cancel does.
      cancel: () =>
        MAP_IDS.forEach((id) => {
          controllers[id].cancel();
          engine.cancelMap(id);
        }),
      resume: () => MAP_IDS.forEach((id) => controllers[id].resume()),
    }),
    [beta, alphaEps, controllers, engine],
  );
}

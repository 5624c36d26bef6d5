/**
 * The link's fields of the landscape's views and the 3D view (issue 19; docs/3d.md): `view`,
 * `cam` and `z`, entries of the view-field table (view-fields.ts, which checks them with the
 * rest), kept here for that file's length.
 */
import {
  formatCamera,
  isLandscapeView,
  parseCamera,
  type Camera3d,
  type Height3d,
  type LandscapeView,
} from '../state/landscape-3d';
import { decodeURIComponentSafe } from './param-text';

export const LANDSCAPE_3D_FIELDS = {
  view: {
    store: 'landscapeView' as const,
    default: undefined,
    fromStore: (view: LandscapeView) => (view === '2d' ? undefined : view),
    toStore: (view: LandscapeView | undefined): LandscapeView => view ?? '2d',
    key: 'view',
    doc: 'the landscape’s views: 3d (the surface in 3D) or split (2D and 3D side by side) (default 2d)',
    write: (view: LandscapeView | undefined) => (view && view !== '2d' ? [view] : []),
    read: (raw: string) =>
      isLandscapeView(raw) ? { value: raw } : { message: 'must be 2d, 3d or split' },
  },
  cam: {
    store: 'camera3d' as const,
    default: undefined,
    fromStore: (camera: Camera3d | null) => camera ?? undefined,
    toStore: (camera: Camera3d | undefined) => camera ?? null,
    key: 'cam',
    doc: 'the 3D camera: azimuth and elevation in degrees, zoom, and the point orbited (x, y, the window’s half-size as 1) (default: the first camera)',
    write: (camera: Camera3d | undefined) => (camera ? [formatCamera(camera)] : []),
    read: (raw: string) => {
      const camera = parseCamera(decodeURIComponentSafe(raw));
      return typeof camera === 'string' ? { message: camera } : { value: camera };
    },
  },
  z: {
    store: 'height3d' as const,
    default: undefined,
    fromStore: (height: Height3d) => (height === 'scale' ? undefined : height),
    toStore: (height: Height3d | undefined): Height3d => height ?? 'scale',
    key: 'z',
    doc: 'the 3D surface’s height: f (f itself) or scale (f on the colours’ scale, default)',
    write: (height: Height3d | undefined) => (height === 'linear' ? ['f'] : []),
    read: (raw: string): { value?: Height3d; message?: string } =>
      raw === 'f' || raw === 'scale'
        ? { value: raw === 'f' ? 'linear' : 'scale' }
        : { message: 'must be f or scale' },
  },
};

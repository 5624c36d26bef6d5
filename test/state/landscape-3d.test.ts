import { describe, expect, it } from 'vitest';
import {
  CAMERA_LIMITS,
  DEFAULT_CAMERA,
  formatCamera,
  normalizeCamera,
  parseCamera,
  sameCamera,
  wrapAzimuth,
} from '../../src/state/landscape-3d';
import { decodeLink } from '../../src/url/codec';
import { createAppStore } from '../../src/state/store';

describe('the 3D camera in a link (src/state/landscape-3d.ts)', () => {
  it('writes azimuth, elevation, zoom and target, and reads them back', () => {
    const camera = { azimuth: 120.5, elevation: 20, zoom: 2.5, target: [0.25, -0.5] as const };
    expect(formatCamera(camera)).toBe('120.5,20,2.5,0.25,-0.5');
    expect(parseCamera('120.5,20,2.5,0.25,-0.5')).toEqual(camera);
  });

  it('wraps the azimuth and clamps the rest into range', () => {
    expect(wrapAzimuth(190)).toBe(-170);
    expect(wrapAzimuth(-540)).toBe(-180);
    const camera = normalizeCamera({ azimuth: 725, elevation: 120, zoom: 1e6, target: [9, -9] });
    expect(camera).toEqual({
      azimuth: 5,
      elevation: CAMERA_LIMITS.elevation[1],
      zoom: CAMERA_LIMITS.zoom[1],
      target: [CAMERA_LIMITS.target, -CAMERA_LIMITS.target],
    });
  });

  it('rounds as the link writes, so the store holds what a link reopens', () => {
    const camera = normalizeCamera({
      azimuth: 12.3456,
      elevation: 33.333,
      zoom: 1.23456,
      target: [0.12345, -0.0004],
    });
    expect(camera).toEqual({ azimuth: 12.3, elevation: 33.3, zoom: 1.23, target: [0.123, 0] });
    expect(parseCamera(formatCamera(camera))).toEqual(camera);
    expect(formatCamera(camera)).toBe('12.3,33.3,1.23,0.123,0');
  });

  it('refuses what is not five finite numbers, or a zoom of 0 or less', () => {
    for (const raw of [
      '',
      '1,2,3,4',
      '1,2,3,4,5,6',
      '1,2,x,4,5',
      'NaN,1,1,0,0',
      'Infinity,1,1,0,0',
    ])
      expect(typeof parseCamera(raw)).toBe('string');
    expect(parseCamera('0,30,0,0,0')).toMatch(/zoom/);
    expect(parseCamera('0,30,-1,0,0')).toMatch(/zoom/);
  });

  it('compares cameras by value', () => {
    expect(sameCamera(DEFAULT_CAMERA, { ...DEFAULT_CAMERA, target: [0, 0] })).toBe(true);
    expect(sameCamera(DEFAULT_CAMERA, { ...DEFAULT_CAMERA, zoom: 2 })).toBe(false);
  });
});

describe('the landscape view fields', () => {
  it('a link opens the 3D view with its camera and height', () => {
    const { state, notices } = decodeLink('v=1&view=3d&cam=90,45,2,0.5,0&z=f');
    expect(notices).toEqual([]);
    expect(state.view.view).toBe('3d');
    expect(state.view.cam).toEqual({ azimuth: 90, elevation: 45, zoom: 2, target: [0.5, 0] });
    expect(state.view.z).toBe('linear');
  });

  it('a bad value is ignored with a notice naming it', () => {
    const { state, notices } = decodeLink('v=1&view=4d&cam=1,2&z=log');
    expect(state.view.view).toBeUndefined();
    expect(state.view.cam).toBeUndefined();
    expect(notices.map((notice) => notice.message).join(' ')).toMatch(/2d, 3d or split/);
    expect(notices.length).toBe(3);
  });

  it('the store starts in 2D with the first camera, and normalises a camera it is given', () => {
    const store = createAppStore();
    expect(store.getState().landscapeView).toBe('2d');
    expect(store.getState().camera3d).toBeNull();
    expect(store.getState().height3d).toBe('scale');
    store.getState().setCamera3d({ azimuth: 400, elevation: 2, zoom: 1, target: [0, 0] });
    expect(store.getState().camera3d).toEqual({
      azimuth: 40,
      elevation: CAMERA_LIMITS.elevation[0],
      zoom: 1,
      target: [0, 0],
    });
  });
});

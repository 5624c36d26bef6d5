import { describe, expect, it } from 'vitest';
import {
  evenSize,
  MAX_SECONDS,
  MIN_SECONDS,
  motionSeconds,
  pickWebmType,
  stepAt,
  videoScale,
} from '../../src/export/video-plan';

describe('motionSeconds', () => {
  it('plays the steps at the app speed: 500 steps at 100 steps/s take 5 s', () => {
    expect(motionSeconds(500, 100, 'speed')).toBe(5);
  });

  it('keeps playback at the app speed within bounds', () => {
    expect(motionSeconds(10, 3000, 'speed')).toBe(MIN_SECONDS);
    expect(motionSeconds(100_000, 10, 'speed')).toBe(MAX_SECONDS);
  });

  it('uses a fixed length as it is', () => {
    expect(motionSeconds(100_000, 10, 5)).toBe(5);
    expect(motionSeconds(3, 10, 10)).toBe(10);
  });
});

describe('stepAt', () => {
  it('goes from step 0 at the start to the last step at the end of the motion', () => {
    expect(stepAt(0, 500, 5)).toBe(0);
    expect(stepAt(2.5, 500, 5)).toBe(250);
    expect(stepAt(5, 500, 5)).toBe(500);
  });

  it('holds the last step after the motion, and never passes it', () => {
    expect(stepAt(6, 500, 5)).toBe(500);
  });

  it('shows whole steps only', () => {
    expect(stepAt(0.013, 500, 5)).toBe(1);
  });
});

describe('pickWebmType', () => {
  it('prefers VP9, then VP8, then plain WebM', () => {
    expect(pickWebmType(() => true)).toBe('video/webm;codecs=vp9');
    expect(pickWebmType((t) => !t.includes('vp9'))).toBe('video/webm;codecs=vp8');
    expect(pickWebmType((t) => t === 'video/webm')).toBe('video/webm');
  });

  it('is null when the browser records no WebM', () => {
    expect(pickWebmType(() => false)).toBeNull();
  });
});

describe('videoScale and evenSize', () => {
  it('records at the picture size, scaled down past the widest video', () => {
    expect(videoScale(800)).toBe(1);
    expect(videoScale(2000, 1000)).toBe(0.5);
    expect(videoScale(0)).toBe(1);
  });

  it('makes sizes even for the encoder', () => {
    expect(evenSize(785)).toBe(786);
    expect(evenSize(628)).toBe(628);
    expect(evenSize(0)).toBe(2);
  });
});

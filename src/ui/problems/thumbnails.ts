/**
 * The picker's surface thumbnails: asked of the worker once, the first time the picker opens (or
 * a pointer enters its button), and kept for the page's life (16 small bitmaps). A failed or superseded request is forgotten,
 * so the next opening asks again.
 */
import { useEffect, useState } from 'react';
import type { Engine } from '../../engine/client';

/**
 * Thumbnail size in CSS pixels, about as the cards show them. 2∶1 keeps three rows of cards on
 * a 720 px screen.
 */
export const THUMBNAIL_WIDTH = 192;
export const THUMBNAIL_HEIGHT = 96;

export type Thumbnails = ReadonlyMap<string, ImageBitmap>;

const requests = new WeakMap<Engine, Promise<Thumbnails>>();

function pixelRatio(): number {
  return Math.min(3, typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1);
}

/** The thumbnails by function name, from the cache or the worker. */
export function loadThumbnails(engine: Engine): Promise<Thumbnails> {
  let request = requests.get(engine);
  if (!request) {
    request = engine
      .thumbnails(THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT, pixelRatio())
      .then((outcome): Thumbnails => {
        if (outcome.status !== 'done') throw new Error('thumbnail request superseded');
        return new Map(outcome.value.map(({ name, bitmap }) => [name, bitmap]));
      });
    requests.set(engine, request);
    request.catch(() => requests.delete(engine));
  }
  return request;
}

/** The thumbnails once `wanted` has been true (null until they arrive). */
export function useThumbnails(engine: Engine, wanted: boolean): Thumbnails | null {
  const [thumbnails, setThumbnails] = useState<Thumbnails | null>(null);
  useEffect(() => {
    if (!wanted || thumbnails) return;
    let live = true;
    loadThumbnails(engine).then(
      (loaded) => live && setThumbnails(loaded),
      () => undefined, // the cards keep their placeholders; reopening the picker retries
    );
    return () => {
      live = false;
    };
  }, [engine, wanted, thumbnails]);
  return thumbnails;
}

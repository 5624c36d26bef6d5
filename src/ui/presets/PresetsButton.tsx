/**
 * The header's "Presets" button. The gallery itself (its cards and the presets' scenarios) loads
 * on the first opening, or as a pointer or the focus reaches the button (issue 8: the first view
 * shows only the button).
 */
import { Suspense, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { onDemand, preload } from '../lazy/on-demand';
import { LazyFallback, lazyPart, useLazyDialog } from '../lazy/lazy-part';
import type { PresetGalleryHandle } from './PresetGallery';
import './PresetsButton.css';

const loadGallery = onDemand(() => import('./PresetGallery'));
const PresetGallery = lazyPart(loadGallery, (m) => m.PresetGallery);

/** The icon's four tiles (top-left corners in its 16×16 box): a gallery. */
const TILES = [
  [2, 2],
  [9, 2],
  [2, 9],
  [9, 9],
] as const;

/** The header's "Presets" button with its gallery. */
export function PresetsButton() {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  const {
    mounted: galleryMounted,
    open: openGallery,
    attach: attachGallery,
  } = useLazyDialog<PresetGalleryHandle>();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button presets-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        title={t('presets.buttonTitle')}
        onClick={openGallery}
        // A pointer or the focus on the button asks for the gallery's code a moment early.
        onPointerEnter={() => preload(loadGallery)}
        onFocus={() => preload(loadGallery)}
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          {TILES.map(([x, y]) => (
            <rect
              key={`${x},${y}`}
              x={x}
              y={y}
              width="5"
              height="5"
              rx="1"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.4"
            />
          ))}
        </svg>
        {t('presets.button')}
      </button>
      {galleryMounted && (
        <Suspense fallback={<LazyFallback />}>
          <PresetGallery handle={attachGallery} onOpenChange={setOpen} returnFocus={button} />
        </Suspense>
      )}
    </>
  );
}

/**
 * The video export's panel, under the Export button: how long the video plays the runs, Record,
 * then a progress bar with Cancel while it records (recording takes the video's own duration).
 * Says in place when the browser cannot record WebM.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { exportFileName, MIME_TYPES, problemSlug } from '../../export/names';
import { download } from '../../export/raster';
import { recordVideo, supportedVideoType } from '../../export/video';
import { HOLD_END_SECONDS, motionSeconds, type VideoLength } from '../../export/video-plan';
import type { Engine } from '../../engine/client';
import { appStore, useAppShallow } from '../../state/store';
import { t, useT } from '../../i18n';
import '../../i18n/en-export'; // its words load with this chunk (docs/i18n.md)
import { ProgressBar } from '../progress-bar';

/** "2.5 s", in the language shown (called while VideoPanel renders). */
function formatSeconds(seconds: number): string {
  return t('export.seconds', { value: Math.round(seconds * 10) / 10 });
}

const LENGTHS: VideoLength[] = ['speed', 5, 10];

interface Props {
  anchor: RefObject<HTMLElement | null>;
  root: () => HTMLElement | null;
  engine: Engine;
  onClose(): void;
}

export function VideoPanel({ anchor, root, engine, onClose }: Props) {
  // Its words are under `export.*` (src/i18n/en-export.ts).
  const tr = useT();
  const { steps, speed } = useAppShallow((s) => ({ steps: s.scenario.steps, speed: s.speed }));
  const [length, setLength] = useState<VideoLength>(5);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const abort = useRef<AbortController | null>(null);
  const base = useId();
  const supported = supportedVideoType() !== null;
  const total = motionSeconds(steps, speed, length) + HOLD_END_SECONDS;

  // A manual popover: it stays open while recording, whatever is clicked.
  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    element.showPopover();
    const trigger = anchor.current;
    if (trigger) {
      const box = trigger.getBoundingClientRect();
      element.style.top = `${Math.round(box.bottom + 6)}px`;
      element.style.right = `${Math.round(Math.max(8, window.innerWidth - box.right))}px`;
    }
    element.querySelector<HTMLElement>('select, button')?.focus();
    return () => abort.current?.abort();
  }, [anchor]);

  const record = async () => {
    const element = root();
    if (!element) return;
    const controller = new AbortController();
    abort.current = controller;
    setMessage(null);
    setProgress(0);
    try {
      const blob = await recordVideo({
        root: element,
        state: appStore.getState(),
        engine,
        length,
        signal: controller.signal,
        onProgress: setProgress,
      });
      if (blob) {
        const state = appStore.getState();
        const name = exportFileName(problemSlug(state.scenario.problem), 'landscape', 'webm');
        download(blob, name, MIME_TYPES.webm);
        setMessage(tr('export.saved', { name }));
      }
    } catch (reason) {
      setMessage(
        tr('export.videoFailed', {
          reason: reason instanceof Error ? reason.message : String(reason),
        }),
      );
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const recording = progress !== null;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    if (recording) abort.current?.abort();
    else onClose();
  };

  return (
    <div
      ref={panel}
      popover="manual"
      role="dialog"
      aria-labelledby={`${base}-title`}
      className="top-layer popover video-panel"
      data-testid="video-panel"
      onKeyDown={onKeyDown}
    >
      <h2 id={`${base}-title`} className="video-panel__title">
        {tr('export.videoTitle')}
      </h2>
      {!supported ? (
        <p className="video-panel__note" role="status" data-testid="video-unsupported">
          {tr('export.unsupported')}
        </p>
      ) : recording ? (
        <div className="video-panel__progress">
          <ProgressBar
            className="video-panel__bar"
            fillClassName="video-panel__fill"
            label={tr('export.progress')}
            percent={progress * 100}
          />
          <span className="video-panel__status numeric" role="status">
            {tr('export.recording', {
              done: formatSeconds(progress * total),
              total: formatSeconds(total),
            })}
          </span>
        </div>
      ) : (
        <>
          <label className="video-panel__field" htmlFor={`${base}-length`}>
            <span>{tr('export.length')}</span>
            <select
              id={`${base}-length`}
              value={String(length)}
              onChange={(event) =>
                setLength(
                  event.target.value === 'speed' ? 'speed' : (Number(event.target.value) as 5 | 10),
                )
              }
            >
              {LENGTHS.map((option) => (
                <option key={option} value={String(option)}>
                  {option === 'speed'
                    ? tr('export.atSpeed', {
                        seconds: formatSeconds(motionSeconds(steps, speed, 'speed')),
                      })
                    : tr('export.fixed', { seconds: option })}
                </option>
              ))}
            </select>
          </label>
          <p className="video-panel__note">{tr('export.videoNote')}</p>
        </>
      )}
      {message && (
        <p className="video-panel__message" role="status" data-testid="video-message">
          {message}
        </p>
      )}
      <div className="video-panel__actions">
        {recording ? (
          <button type="button" className="button" onClick={() => abort.current?.abort()}>
            {tr('export.cancel')}
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              {tr('export.close')}
            </button>
            {supported && (
              <button
                type="button"
                className="button button--primary"
                onClick={() => void record()}
              >
                {tr('export.record')}
              </button>
            )}
          </>
        )}
      </div>
    </div>
  );
}

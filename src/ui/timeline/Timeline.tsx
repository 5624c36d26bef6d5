/**
 * The timeline under the landscape (PRODUCT.md, "What the screen holds", 4): jump to start,
 * step back, play/pause, step forward, jump to end; the step scrubber; playback speed; the
 * number of steps. Space, ←/→ (Shift: ×10), Home and End work anywhere on the page except
 * where a control or the landscape owns the key (shortcuts.ts).
 */
import { useApp } from '../../state/store';
import { isShown } from '../../state/lesson';
import { SPEEDS } from '../../state/view-slice';
import {
  JumpEndIcon,
  JumpStartIcon,
  PauseIcon,
  PlayIcon,
  StepBackIcon,
  StepForwardIcon,
} from './icons';
import { Scrubber } from './Scrubber';
import { StepsField } from './StepsField';
import { applyTimelineAction, useTimelineShortcuts } from './use-shortcuts';
import './Timeline.css';

export function Timeline() {
  useTimelineShortcuts();
  const lesson = useApp((s) => s.lesson);
  const embed = useApp((s) => s.embed);
  const playing = useApp((s) => s.playing);
  const togglePlay = useApp((s) => s.togglePlay);
  const speed = useApp((s) => s.speed);
  const setSpeed = useApp((s) => s.setSpeed);
  // A speed from a link that is not among the offered ones still shows.
  const speeds: number[] = (SPEEDS as readonly number[]).includes(speed)
    ? [...SPEEDS]
    : [...SPEEDS, speed].sort((a, b) => a - b);

  // A lesson link without the timeline shows the runs' end state only.
  if (!isShown(lesson, 'play')) return null;
  return (
    <section className="panel timeline" aria-label="Timeline">
      <div className="timeline__transport" role="group" aria-label="Playback">
        <button
          type="button"
          className="button button--icon timeline__button"
          aria-label="Jump to start"
          aria-keyshortcuts="Home"
          title="Jump to start (Home)"
          onClick={() => applyTimelineAction({ type: 'jump', to: 'start' })}
        >
          <JumpStartIcon />
        </button>
        <button
          type="button"
          className="button button--icon timeline__button"
          aria-label="Step back"
          aria-keyshortcuts="ArrowLeft"
          title="Step back (←, Shift+← for 10)"
          onClick={() => applyTimelineAction({ type: 'step', delta: -1 })}
        >
          <StepBackIcon />
        </button>
        <button
          type="button"
          className="button button--icon button--primary timeline__play"
          aria-label={playing ? 'Pause' : 'Play'}
          aria-keyshortcuts="Space"
          title={playing ? 'Pause (Space)' : 'Play (Space)'}
          onClick={togglePlay}
        >
          {playing ? <PauseIcon /> : <PlayIcon />}
        </button>
        <button
          type="button"
          className="button button--icon timeline__button"
          aria-label="Step forward"
          aria-keyshortcuts="ArrowRight"
          title="Step forward (→, Shift+→ for 10)"
          onClick={() => applyTimelineAction({ type: 'step', delta: 1 })}
        >
          <StepForwardIcon />
        </button>
        <button
          type="button"
          className="button button--icon timeline__button"
          aria-label="Jump to end"
          aria-keyshortcuts="End"
          title="Jump to end (End)"
          onClick={() => applyTimelineAction({ type: 'jump', to: 'end' })}
        >
          <JumpEndIcon />
        </button>
      </div>
      <Scrubber />
      <select
        className="timeline__select numeric"
        aria-label="playback speed"
        title="Playback speed"
        value={speed}
        onChange={(event) => setSpeed(Number(event.currentTarget.value))}
      >
        {speeds.map((s) => (
          <option key={s} value={s}>
            {s.toLocaleString('en-US')} steps/s
          </option>
        ))}
      </select>
      {isShown(lesson, 'steps') && !embed && <StepsField />}
    </section>
  );
}

/**
 * The timeline under the landscape (docs/screen.md, "What the screen holds", 4): jump to start,
 * step back, play/pause, step forward, jump to end; the step scrubber; playback speed; what is
 * drawn after the cursor (TrailsToggle); the number of steps. Space, ←/→ (Shift: ×10), Home
 * and End work anywhere on the page except where a control or the landscape owns the key
 * (shortcuts.ts).
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
import { TrailsToggle } from './TrailsToggle';
import { StepsField } from './StepsField';
import { applyTimelineAction, useTimelineShortcuts } from './use-shortcuts';
import './Timeline.css';
import { useT } from '../../i18n';

export function Timeline() {
  useTimelineShortcuts();
  const t = useT();
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
    <section className="panel timeline" aria-label={t('timeline.label')}>
      <div className="timeline__transport" role="group" aria-label={t('timeline.playback')}>
        <button
          type="button"
          className="button button--icon timeline__button"
          aria-label={t('timeline.jumpStart')}
          aria-keyshortcuts="Home"
          title={t('timeline.jumpStartTitle')}
          onClick={() => applyTimelineAction({ type: 'jump', to: 'start' })}
        >
          <JumpStartIcon />
        </button>
        <button
          type="button"
          className="button button--icon timeline__button"
          aria-label={t('timeline.stepBack')}
          aria-keyshortcuts="ArrowLeft"
          title={t('timeline.stepBackTitle')}
          onClick={() => applyTimelineAction({ type: 'step', delta: -1 })}
        >
          <StepBackIcon />
        </button>
        <button
          type="button"
          className="button button--icon button--primary timeline__play"
          aria-label={playing ? t('timeline.pause') : t('timeline.play')}
          aria-keyshortcuts="Space"
          title={playing ? t('timeline.pauseTitle') : t('timeline.playTitle')}
          onClick={togglePlay}
        >
          {playing ? <PauseIcon /> : <PlayIcon />}
        </button>
        <button
          type="button"
          className="button button--icon timeline__button"
          aria-label={t('timeline.stepForward')}
          aria-keyshortcuts="ArrowRight"
          title={t('timeline.stepForwardTitle')}
          onClick={() => applyTimelineAction({ type: 'step', delta: 1 })}
        >
          <StepForwardIcon />
        </button>
        <button
          type="button"
          className="button button--icon timeline__button"
          aria-label={t('timeline.jumpEnd')}
          aria-keyshortcuts="End"
          title={t('timeline.jumpEndTitle')}
          onClick={() => applyTimelineAction({ type: 'jump', to: 'end' })}
        >
          <JumpEndIcon />
        </button>
      </div>
      <Scrubber />
      <select
        className="timeline__select numeric"
        aria-label={t('timeline.speed')}
        title={t('timeline.speedTitle')}
        value={speed}
        onChange={(event) => setSpeed(Number(event.currentTarget.value))}
      >
        {speeds.map((s) => (
          <option key={s} value={s}>
            {t('timeline.stepsPerSecond', { speed: s.toLocaleString('en-US') })}
          </option>
        ))}
      </select>
      <TrailsToggle />
      {isShown(lesson, 'steps') && !embed && <StepsField />}
    </section>
  );
}

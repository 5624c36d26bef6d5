/**
 * The timeline under the landscape (docs/screen.md, "What the screen holds", 4): jump to start,
 * step back, play/pause, step forward, jump to end; the step scrubber; playback speed; what is
 * drawn after the cursor (TrailsToggle); the number of steps. Space, ←/→ (Shift: ×10), Home
 * and End work anywhere on the page except where a control or the landscape owns the key
 * (shortcuts.ts).
 */
import { useApp } from '../../state/store';
import { isShown, timelineShown } from '../../state/lesson';
import { SPEEDS } from '../../state/view-slice';
import { TransportIcon } from './icons';
import { Scrubber } from './Scrubber';
import { TrailsToggle } from './TrailsToggle';
import { StepsField } from './StepsField';
import { applyTimelineAction, useTimelineShortcuts } from './use-shortcuts';
import type { TimelineAction } from './shortcuts';
import { IconButton } from '../forms/IconButton';
import './Timeline.css';
import { useT } from '../../i18n';

/** A transport button that moves the cursor: its name, icon and shortcut key are `name`'s. */
function TransportButton(props: {
  name: 'jumpStart' | 'stepBack' | 'stepForward' | 'jumpEnd';
  keys: string;
  action: TimelineAction;
}) {
  const t = useT();
  return (
    <IconButton
      className="timeline__button"
      label={t(`timeline.${props.name}`)}
      aria-keyshortcuts={props.keys}
      title={t(`timeline.${props.name}Title`)}
      onClick={() => applyTimelineAction(props.action)}
    >
      <TransportIcon name={props.name} />
    </IconButton>
  );
}

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
  if (!timelineShown(lesson)) return null;
  return (
    <section className="panel timeline" aria-label={t('timeline.label')}>
      <div className="timeline__transport" role="group" aria-label={t('timeline.playback')}>
        <TransportButton name="jumpStart" keys="Home" action={{ type: 'jump', to: 'start' }} />
        <TransportButton name="stepBack" keys="ArrowLeft" action={{ type: 'step', delta: -1 }} />
        <IconButton
          className="button--primary timeline__play"
          label={playing ? t('timeline.pause') : t('timeline.play')}
          aria-keyshortcuts="Space"
          title={playing ? t('timeline.pauseTitle') : t('timeline.playTitle')}
          onClick={togglePlay}
        >
          <TransportIcon name={playing ? 'pause' : 'play'} />
        </IconButton>
        <TransportButton name="stepForward" keys="ArrowRight" action={{ type: 'step', delta: 1 }} />
        <TransportButton name="jumpEnd" keys="End" action={{ type: 'jump', to: 'end' }} />
      </div>
      <Scrubber />
      <select
        className="box-select timeline__select numeric"
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

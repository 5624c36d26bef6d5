/**
 * The optimizers panel (docs/screen.md, "What the screen holds", 2): up to MAX_OPTIMIZERS runs,
 * each a card with its type, hyperparameters and outcome, and a menu to add one.
 *
 * Density: with one or two runs every card is open, so the first view (gradient descent and
 * Adam) shows all its sliders at 1280×720 without scrolling. With three or more, only the
 * selected card is open and the others collapse to their two header lines (colour, name,
 * actions; type and final loss); clicking or tabbing into one opens it, so every slider stays
 * one click away and the list stays short enough to scan.
 */
import { useId } from 'react';
import { MAX_OPTIMIZERS } from '../../scenario/validate';
import { useApp } from '../../state/store';
import { isShown } from '../../state/lesson';
import { AddOptimizerMenu } from './AddOptimizerMenu';
import { RunCard } from './RunCard';
import './OptimizersPanel.css';
import { useT } from '../../i18n';

/** Up to this many runs, every card is open. */
export const ALL_OPEN_UP_TO = 2;

export function OptimizersPanel() {
  const t = useT();
  const count = useApp((s) => s.scenario.optimizers.length);
  const lesson = useApp((s) => s.lesson);
  const selectedRun = useApp((s) => s.selectedRun);
  const selected = Math.min(selectedRun, count - 1);
  const titleId = useId();

  return (
    <section className="panel panel--stack optimizers-panel" aria-labelledby={titleId}>
      <header className="panel__bar optimizers-panel__header">
        <h2 id={titleId} className="panel__title">
          {t('optimizers.title')}
        </h2>
        <span
          className="optimizers-panel__count numeric"
          title={t('optimizers.atMost', { max: MAX_OPTIMIZERS })}
        >
          {t('optimizers.count', { count, max: MAX_OPTIMIZERS })}
        </span>
        {isShown(lesson, 'runs') && <AddOptimizerMenu />}
      </header>
      <div className="optimizers-panel__list">
        {Array.from({ length: count }, (_, i) => (
          // Cards are keyed by position: runs have no identity of their own in the scenario.
          <RunCard
            key={i}
            index={i}
            selected={i === selected}
            expanded={count <= ALL_OPEN_UP_TO || i === selected}
          />
        ))}
      </div>
    </section>
  );
}

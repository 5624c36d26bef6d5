/**
 * The Inside tab (issue 22, "What the model learned"; docs/models.md): a switch between the
 * per-layer gradients of every model and, for a classifier on a table, what it learned at the
 * cursor step; and the run shown (the selected run, which this choice also selects elsewhere).
 * Loaded on demand (src/ui/charts/ChartPanel.tsx); its worker calls run only while it shows.
 */
import { useState } from 'react';
import { useT } from '../../i18n';
import '../../i18n/en-insight'; // its words load with this chunk (docs/i18n.md)
import { isTable } from '../../kinds/registry';
import { useRunViews } from '../../state/run-views';
import { useAppShallow } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import { GradientsView } from './GradientsView';
import { LearnedView, PartSwitch, usePart } from './LearnedView';
import './InsidePanel.css';

type InsideView = 'gradients' | 'learned';
/** The view chosen last, kept while the tab is closed and reopened. */
let lastView: InsideView = 'gradients';

export function InsidePanel() {
  const t = useT();
  const { problem, selectedRun, selectRun, cursor } = useAppShallow((s) => ({
    problem: s.scenario.problem,
    selectedRun: s.selectedRun,
    selectRun: s.selectRun,
    cursor: effectiveCursor(s),
  }));
  const views = useRunViews();
  const [view, setView] = useState<InsideView>(lastView);
  const [part, setPart] = usePart();
  const table = isTable(problem);
  const shown: InsideView = table ? view : 'gradients';
  const runs = views.runs.filter((run) => !run.hidden);
  const run = runs.find((candidate) => candidate.index === selectedRun) ?? runs[0] ?? null;

  return (
    <div className="chart-tab inside-panel" data-testid="inside-panel" data-view={shown}>
      <div className="inside-panel__bar">
        {table && (
          <div className="segmented" role="group" aria-label={t('insight.views')}>
            {(['gradients', 'learned'] as const).map((option) => (
              <button
                key={option}
                type="button"
                className="segmented__option"
                aria-pressed={shown === option}
                title={t(
                  option === 'gradients' ? 'insight.gradientsTitle' : 'insight.learnedTitle',
                )}
                onClick={() => {
                  lastView = option;
                  setView(option);
                }}
              >
                {t(option === 'gradients' ? 'insight.gradients' : 'insight.learned')}
              </button>
            ))}
          </div>
        )}
        {shown === 'learned' && <PartSwitch part={part} onChange={setPart} />}
        {runs.length > 1 && (
          <label className="inside-panel__run">
            <span>{t('insight.run')}</span>
            <select
              className="compact-select"
              value={run?.index ?? 0}
              data-testid="insight-run"
              onChange={(event) => selectRun(Number(event.target.value))}
            >
              {runs.map((candidate) => (
                <option key={candidate.index} value={candidate.index}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {/* It scrolls when the column is short: focusable, so a keyboard scrolls it too. */}
      <div
        className="inside-panel__body"
        role="region"
        tabIndex={0}
        aria-label={t(shown === 'learned' ? 'insight.learned' : 'insight.gradients')}
      >
        {shown === 'learned' ? (
          <LearnedView part={part} run={run?.index ?? 0} />
        ) : (
          <GradientsView
            scenario={views.scenario}
            index={run?.index ?? 0}
            result={run?.result ?? null}
            runName={run?.name ?? ''}
            cursor={cursor}
          />
        )}
      </div>
    </div>
  );
}

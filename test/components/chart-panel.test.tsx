// @vitest-environment jsdom
/**
 * The chart panel in jsdom (docs/testing.md, "Component tests"): its tabs set the store's
 * chartMode, and the Table tab lists the runs of the results, sortable by any column.
 */
import './setup';
import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { appStore } from '../../src/state/store';
import { run } from '../../src/core/run';
import { ChartPanel } from '../../src/ui/charts/ChartPanel';
import { RunsTable } from '../../src/ui/charts/RunsTable';

/** The results of the scenario in the store, as the engine would send them. */
function computeResults(): void {
  const { scenario, setResults } = appStore.getState();
  setResults(scenario, run(scenario));
}

/** The run index of each body row, top to bottom. */
const rowOrder = () =>
  within(screen.getByTestId('runs-table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => Number(row.dataset.run));

const heading = (name: string | RegExp) =>
  screen.getByRole('columnheader', { name }).closest('th')!;

describe('ChartPanel', () => {
  it('has the tabs of a function, Loss selected', () => {
    render(<ChartPanel />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'Loss',
      '‖∇f‖',
      'λmax',
      'Table',
      'α sweep',
      'β, ε maps',
    ]);
    expect(screen.getByRole('tab', { name: 'Loss' }).getAttribute('aria-selected')).toBe('true');
    expect(appStore.getState().chartMode).toBe('loss');
  });

  it('a click on a tab sets chartMode and selects that tab', async () => {
    const user = userEvent.setup();
    render(<ChartPanel />);
    await user.click(screen.getByRole('tab', { name: '‖∇f‖' }));
    expect(appStore.getState().chartMode).toBe('gradNorm');
    expect(screen.getByRole('tab', { name: '‖∇f‖' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tab', { name: 'Loss' }).getAttribute('aria-selected')).toBe('false');
    // The panel is labelled by the selected tab.
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(
      screen.getByRole('tab', { name: '‖∇f‖' }).id,
    );
  });

  it('a model gets Accuracy and Data tabs; a tab it lacks falls back to Loss', () => {
    appStore.getState().setChartMode('data');
    render(<ChartPanel />);
    expect(screen.getByRole('tab', { name: 'Loss' }).getAttribute('aria-selected')).toBe('true');
    // A store change from outside React: act() lets the panel re-render before the next read.
    act(() => appStore.getState().setProblem({ type: 'mlp' }));
    expect(screen.getByRole('tab', { name: 'Accuracy' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Data' }).getAttribute('aria-selected')).toBe('true');
  });

  it('the Table tab lists a row per run of the results, in the runs’ order', async () => {
    const user = userEvent.setup();
    computeResults();
    render(<ChartPanel />);
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    expect(appStore.getState().chartMode).toBe('table');
    // The table's code loads when first opened.
    const table = await screen.findByTestId('runs-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rowOrder()).toEqual([0, 1]);
    const gd = within(rows[0]!).getAllByRole('cell');
    const finalLoss = gd.find((cell) => cell.dataset.column === 'finalLoss');
    expect(finalLoss?.textContent).toBe('4.47');
  });
});

describe('RunsTable', () => {
  it('says it computes until the results are the scenario’s', () => {
    render(<RunsTable />);
    expect(screen.getByRole('status').textContent).toBe('Computing the runs…');
  });

  it('sorts by a column: ascending, then descending, with aria-sort', async () => {
    const user = userEvent.setup();
    computeResults();
    render(<RunsTable />);
    expect(rowOrder()).toEqual([0, 1]);
    const final = heading(/^Final loss/);
    expect(final.getAttribute('aria-sort')).toBe('none');

    await user.click(within(final).getByRole('button'));
    expect(final.getAttribute('aria-sort')).toBe('ascending');
    // Adam ends far lower than gradient descent on the first view.
    expect(rowOrder()).toEqual([1, 0]);

    await user.click(within(final).getByRole('button'));
    expect(final.getAttribute('aria-sort')).toBe('descending');
    expect(rowOrder()).toEqual([0, 1]);

    await user.click(within(heading(/^α/)).getByRole('button'));
    expect(heading(/^α/).getAttribute('aria-sort')).toBe('ascending');
    expect(final.getAttribute('aria-sort')).toBe('none');
    expect(rowOrder()).toEqual([0, 1]);
  });

  it('leaves hidden runs out, and the loss at the cursor follows the timeline', () => {
    computeResults();
    appStore.getState().setCursor(0);
    render(<RunsTable />);
    expect(heading(/^Loss at step 0/)).toBeTruthy();
    act(() => {
      appStore.getState().updateOptimizer(0, { hidden: true });
      computeResults();
    });
    expect(rowOrder()).toEqual([1]);
  });
});

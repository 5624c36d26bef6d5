// @vitest-environment jsdom
/**
 * The optimizers panel with the types of issue 21 (Rprop, ASGD, Adafactor, Newton): the Add menu
 * lists them, a type's own reading of a name (ASGD's alpha), torch's bounds in the field, the
 * saddle-free switch, and Newton refused, with why, on a network too large for its Hessian.
 */
import './setup';
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { appStore } from '../../src/state/store';
import { OptimizersPanel } from '../../src/ui/optimizers/OptimizersPanel';
import type { OptimizerSpec, ProblemSpec } from '../../src/scenario/types';

const runs = () => appStore.getState().scenario.optimizers;
const card = (n: number) => screen.getByRole('region', { name: new RegExp(`^Run ${n}:`) });

/** The Add menu's items (hidden: jsdom never opens a popover; docs/testing.md). */
function addItems(): HTMLElement[] {
  const button = screen.getByRole('button', { name: /^Add optimizer/ });
  const menu = document.getElementById(button.getAttribute('aria-controls')!)!;
  return within(menu).getAllByRole('menuitem', { hidden: true });
}

function withRuns(optimizers: OptimizerSpec[], problem?: ProblemSpec) {
  act(() => {
    const { scenario } = appStore.getState();
    appStore.setState({
      scenario: { ...scenario, optimizers, ...(problem ? { problem, start: [] } : {}) },
    });
  });
}

describe('the optimizers panel with Rprop, ASGD, Adafactor and Newton', () => {
  it('the Add menu lists all 21 types and adds Newton at its default α = 1', () => {
    render(<OptimizersPanel />);
    const names = addItems().map((item) => item.textContent);
    expect(names).toHaveLength(21);
    expect(names.slice(-8, -2)).toEqual([
      'Rprop',
      'ASGD',
      'Adafactor',
      'Newton',
      'Schedule-Free SGD',
      'Schedule-Free AdamW',
    ]);
    // Muon (for models, disabled on this function) and L-BFGS last.
    expect(names.at(-1)).toBe('L-BFGS');

    fireEvent.click(addItems().find((item) => item.textContent === 'Newton')!);
    expect(runs().at(-1)).toMatchObject({ type: 'newton', lr: 1 });
    expect(Object.keys(runs().at(-1)!).sort()).toEqual(['color', 'lr', 'type']);
  });

  it('shows ASGD’s alpha as ω, a power, and Rprop’s η₋ field refuses 1 with torch’s bound', async () => {
    const user = userEvent.setup();
    withRuns([
      { type: 'asgd', lr: 0.01 },
      { type: 'rprop', lr: 0.01 },
    ]);
    render(<OptimizersPanel />);
    const omega = within(card(1)).getByRole<HTMLInputElement>('slider', {
      name: 'power of the η decay ω',
    });
    expect(omega.getAttribute('aria-valuetext')).toBe('0.75');
    act(() => appStore.getState().selectRun(1));
    const field = within(card(2)).getByRole<HTMLInputElement>('textbox', {
      name: 'decrease factor η₋ value',
    });
    await user.clear(field);
    await user.type(field, '1{Enter}');
    expect(runs()[1]!.etaMinus).toBeUndefined();
    expect(within(card(2)).getByRole('alert').textContent).toContain('0 < η₋ < 1');
    await user.clear(field);
    await user.type(field, '0.25{Enter}');
    expect(runs()[1]!.etaMinus).toBe(0.25);
  });

  it('Newton’s saddle-free switch sets the run', () => {
    withRuns([{ type: 'newton', lr: 1 }]);
    render(<OptimizersPanel />);
    const toggle = within(card(1)).getByRole<HTMLInputElement>('switch', { name: 'saddle-free' });
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(runs()[0]!.saddleFree).toBe(true);
  });

  it('refuses Newton on a network too large for its Hessian, saying why, and not on a small one', () => {
    withRuns([{ type: 'adam', lr: 0.01 }], { type: 'mlp' });
    render(<OptimizersPanel />);
    const newton = () => addItems().find((item) => item.textContent === 'Newton')!;
    expect(newton().getAttribute('aria-disabled')).toBe('true');
    expect(newton().getAttribute('title')).toBe(
      'Newton builds the whole Hessian: at most 80 parameters, this model has 337',
    );
    fireEvent.click(newton());
    expect(runs()).toHaveLength(1);
    const option = within(card(1)).getByRole<HTMLOptionElement>('option', { name: 'Newton' });
    expect(option.disabled).toBe(true);
    withRuns([{ type: 'adam', lr: 0.01 }], { type: 'mlp', hidden: [8] });
    expect(newton().getAttribute('aria-disabled')).toBeNull();
  });
});

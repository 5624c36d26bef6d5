// @vitest-environment jsdom
/**
 * The optimizers panel in jsdom (docs/testing.md, "Component tests"): its sliders, fields and
 * reset menu change the runs in the app's store.
 */
import './setup';
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { appStore } from '../../src/state/store';
import { OptimizersPanel } from '../../src/ui/optimizers/OptimizersPanel';
import { SLIDER_POSITIONS, toPosition, valueAt } from '../../src/ui/optimizers/slider-scale';
import { HYPERPARAMS } from '../../src/core/optimizers';

const lr = (index: number) => appStore.getState().scenario.optimizers[index]!.lr;

/** Run `n`'s card (1-based, as the panel names it). */
const card = (n: number) => screen.getByRole('region', { name: new RegExp(`^Run ${n}:`) });

/**
 * The menu the reset button of run `index` controls (its aria-controls), and the menu's items.
 * jsdom's stylesheet hides every popover that is not :popover-open, a state it never matches:
 * the items are found among hidden elements, and whether the menu is open is its button's
 * aria-expanded (set from the popover's toggle event).
 */
function resetItems(index: number): HTMLElement[] {
  const button = screen.getByTestId(`reset-run-${index}`);
  const menu = document.getElementById(button.getAttribute('aria-controls')!)!;
  expect(menu.getAttribute('role')).toBe('menu');
  expect(menu.getAttribute('aria-label')).toBe(`Reset run ${index + 1}`);
  return within(menu).getAllByRole('menuitem', { hidden: true });
}

describe('OptimizersPanel', () => {
  it('shows one card per run of the first view, each with its α', () => {
    render(<OptimizersPanel />);
    expect(screen.getByText('2 of 8')).toBeTruthy();
    expect(
      within(card(1)).getByRole<HTMLInputElement>('textbox', { name: 'learning rate α value' })
        .value,
    ).toBe('0.001');
    expect(
      within(card(2)).getByRole<HTMLInputElement>('textbox', { name: 'learning rate α value' })
        .value,
    ).toBe('0.1');
  });

  it('the α slider sets α on its own run, on the slider’s log scale', () => {
    render(<OptimizersPanel />);
    const slider = within(card(1)).getByRole<HTMLInputElement>('slider', {
      name: 'learning rate α',
    });
    const before = Number(slider.value);
    expect(before).toBe(Math.round(toPosition(0.001, HYPERPARAMS.lr)));
    fireEvent.change(slider, { target: { value: String(SLIDER_POSITIONS) } });
    const top = valueAt(SLIDER_POSITIONS, HYPERPARAMS.lr);
    expect(top).toBeGreaterThan(0.001);
    expect(lr(0)).toBe(top);
    expect(lr(1)).toBe(0.1);
    expect(slider.getAttribute('aria-valuetext')).toBe(String(top));
  });

  it('the α field commits on Enter, refuses a value out of range, Escape drops the edit', async () => {
    const user = userEvent.setup();
    render(<OptimizersPanel />);
    const field = within(card(2)).getByRole<HTMLInputElement>('textbox', {
      name: 'learning rate α value',
    });
    await user.clear(field);
    await user.type(field, '0.05{Enter}');
    expect(lr(1)).toBe(0.05);

    await user.clear(field);
    await user.type(field, '-3{Enter}');
    expect(lr(1)).toBe(0.05);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(within(card(2)).getByRole('alert').textContent).not.toBe('');

    await user.type(field, '{Escape}');
    expect(field.value).toBe('0.05');
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('the reset menu offers the opened values and PyTorch’s defaults, and applies them', async () => {
    const user = userEvent.setup();
    render(<OptimizersPanel />);
    act(() => appStore.getState().updateOptimizer(1, { lr: 0.5 }));
    const button = screen.getByTestId('reset-run-1');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const items = resetItems(1);
    expect(items.map((item) => item.dataset.reset)).toEqual(['origin', 'defaults']);
    // Each choice says the values it gives: the first view's α, then Adam's default 0.001.
    expect(items[0]!.textContent).toContain('0.1');
    expect(items[1]!.textContent).toContain('0.001');

    await user.click(items[1]!);
    expect(lr(1)).toBe(0.001);
    expect(button.getAttribute('aria-expanded')).toBe('false');

    await user.click(button);
    await user.click(resetItems(1)[0]!);
    expect(lr(1)).toBe(0.1);
  });

  it('with three runs only the selected card shows its sliders', async () => {
    const user = userEvent.setup();
    appStore.getState().addOptimizer('momentum');
    render(<OptimizersPanel />);
    expect(screen.getAllByRole('slider', { name: 'learning rate α' })).toHaveLength(1);
    const selected = appStore.getState().selectedRun;
    const other = selected === 0 ? 2 : 1;
    await user.click(card(other));
    expect(appStore.getState().selectedRun).toBe(other - 1);
    expect(within(card(other)).getAllByRole('slider').length).toBeGreaterThan(0);
  });
});

// @vitest-environment jsdom
/**
 * The optimizers panel with Muon: on a 2-parameter problem the Add menu shows it disabled with
 * why (in the language shown) and a run's type select refuses it too; on a network it is added at
 * the reference's defaults, with its sliders (the Newton–Schulz steps in whole numbers) and the
 * Nesterov switch.
 */
import './setup';
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { appStore } from '../../src/state/store';
import { i18n } from '../../src/i18n';
import { loadLanguage } from '../../src/i18n/load';
import { OptimizersPanel } from '../../src/ui/optimizers/OptimizersPanel';
import type { OptimizerSpec, ProblemSpec } from '../../src/scenario/types';

const runs = () => appStore.getState().scenario.optimizers;
const card = (n: number) => screen.getByRole('region', { name: new RegExp(`^Run ${n}:`) });

/** The Add menu's items (hidden: jsdom never opens a popover; docs/testing.md). */
function addItems(): HTMLElement[] {
  const button = screen.getByRole('button', { name: /^Add optimizer|^添加优化器/ });
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

const muonItem = () => addItems().find((item) => item.textContent === 'Muon')!;

describe('the optimizers panel with Muon', () => {
  it('on a 2D function: Muon disabled in the menu and the select, with the reason', () => {
    withRuns([{ type: 'adam', lr: 0.01 }], { type: 'function', name: 'rosenbrock' });
    render(<OptimizersPanel />);
    expect(muonItem().getAttribute('aria-disabled')).toBe('true');
    expect(muonItem().getAttribute('title')).toBe(
      'Muon orthogonalises the update of each weight matrix of a model; this problem has 2 parameters and no matrix, so it does not apply (choose logistic regression or a network)',
    );
    fireEvent.click(muonItem());
    expect(runs()).toHaveLength(1);
    const option = within(card(1)).getByRole<HTMLOptionElement>('option', { name: 'Muon' });
    expect(option.disabled).toBe(true);
  });

  it('says why in Chinese when the app is', async () => {
    await act(async () => {
      await loadLanguage('zh');
      appStore.getState().setLang('zh');
      await i18n.changeLanguage('zh');
    });
    withRuns([{ type: 'adam', lr: 0.01 }], { type: 'function', name: 'rosenbrock' });
    render(<OptimizersPanel />);
    expect(muonItem().getAttribute('aria-disabled')).toBe('true');
    expect(muonItem().getAttribute('title')).toBe(
      'Muon 对模型的每个权重矩阵的更新做正交化；这个问题只有 2 个参数、没有矩阵，所以不适用（请选择逻辑回归或神经网络）',
    );
    await act(async () => {
      appStore.getState().setLang('en');
      await i18n.changeLanguage('en');
    });
  });

  it('on a network: added at its defaults, with its sliders and the Nesterov switch', () => {
    withRuns([{ type: 'adam', lr: 0.01 }], { type: 'mlp', hidden: [8] });
    render(<OptimizersPanel />);
    expect(muonItem().getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(muonItem());
    expect(runs()).toHaveLength(2);
    expect(runs()[1]!.type).toBe('muon');
    expect(runs()[1]!.lr).toBe(0.02);
    const muon = card(2);
    for (const name of [
      'learning rate α',
      'momentum μ',
      'Newton–Schulz steps k',
      'weight decay λ',
      'Adam’s learning rate αₐ (biases)',
    ])
      expect(within(muon).getByRole('slider', { name })).toBeTruthy();
    const steps = within(muon).getByRole<HTMLInputElement>('slider', {
      name: 'Newton–Schulz steps k',
    });
    // One position per whole number 0…10: the default 5 is the middle, the next position is 6.
    expect([steps.max, steps.value]).toEqual(['10', '5']);
    fireEvent.change(steps, { target: { value: '6' } });
    expect(runs()[1]!.nsSteps).toBe(6);
    const toggle = within(muon).getByRole<HTMLInputElement>('switch', { name: 'Nesterov' });
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(runs()[1]!.nesterov).toBe(false);
  });
});

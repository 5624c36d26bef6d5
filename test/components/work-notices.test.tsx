// @vitest-environment jsdom
/**
 * The work budget's notice (src/ui/share/LinkNotices.tsx): a reduction asked for by a choice in
 * the app is not called a part of a link that was not used; it says what was reduced and why, in
 * the language shown, and a link's own notices keep their title beside it.
 */
import './setup';
import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { appStore } from '../../src/state/store';
import { i18n } from '../../src/i18n';
import { loadLanguage } from '../../src/i18n/load';
import { LinkNotices } from '../../src/ui/share/LinkNotices';
import { budgetScenario, workReductions } from '../../src/core/budget';
import type { Scenario } from '../../src/scenario/types';

/** The heaviest network a link can ask for, eight runs of 891 steps: over the budget. */
const HEAVY: Scenario = {
  version: 1,
  problem: {
    type: 'mlp',
    hidden: [32, 32, 32],
    activation: 'tanh',
    batchSize: 2000,
    data: { generator: 'spiral', n: 2000 },
  },
  start: [0, 0],
  steps: 891,
  seed: 1,
  optimizers: Array.from({ length: 8 }, () => ({ type: 'adam' as const, lr: 0.01 })),
};

describe('the work notice', () => {
  it('says what the budget reduced and why, under its own title', async () => {
    const reductions = workReductions(budgetScenario(HEAVY));
    expect(reductions.map((r) => r.what)).toEqual(['steps']);
    const to = reductions[0]!.to;
    appStore.setState({ linkNotices: [], workNotices: reductions });
    render(<LinkNotices />);
    const notice = screen.getByRole('status', { name: 'Work notice' });
    expect(notice.textContent).toContain('This view was made lighter');
    expect(notice.textContent).not.toContain('Parts of this link were not used');
    expect(screen.getByTestId('work-notices').textContent).toBe(
      `Steps reduced from 891 to ${to}: this model is heavy: ${reductions[0]!.units} units of work asked, at most ${reductions[0]!.cap} per view (about 20 s on a slow laptop)`,
    );

    await loadLanguage('zh');
    await act(() => i18n.changeLanguage('zh'));
    expect(screen.getByRole('status', { name: '计算量提示' }).textContent).toContain(
      `步数由 891 减为 ${to}`,
    );
    await act(() => i18n.changeLanguage('en'));

    // Dismissed: both kinds go.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss link notice' }));
    expect(appStore.getState().workNotices).toEqual([]);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('keeps the link’s notices under the link’s title beside it', () => {
    appStore.setState({
      linkNotices: [{ text: 'lr: not a number' }],
      workNotices: workReductions(budgetScenario(HEAVY)),
    });
    render(<LinkNotices />);
    const notice = screen.getByRole('status', { name: 'Link notice' });
    expect(notice.textContent).toContain('Parts of this link were not used.lr: not a number');
    expect(notice.textContent).toContain('This view was made lighter');
  });
});

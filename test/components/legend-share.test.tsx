// @vitest-environment jsdom
/**
 * Two popups in jsdom (docs/testing.md, "Component tests"): the legend of the landscape's marks
 * and keys, and the Share dialog's links with their checkboxes.
 */
import './setup';
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LegendButton } from '../../src/ui/help/LegendButton';
import { useLegend } from '../../src/ui/help/legend-store';
import { ShareContent } from '../../src/ui/share/ShareContent';

describe('LegendButton and LegendPopover', () => {
  afterEach(() => useLegend.setState({ open: false }));

  it('opens the legend with every mark and the keys, focus on its close button', async () => {
    const user = userEvent.setup();
    render(<LegendButton />);
    const button = screen.getByRole('button', { name: 'Legend' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // The legend's code loads on its first opening (src/ui/help/LegendButton.tsx).
    const legend = await screen.findByRole('dialog', { name: 'What is drawn' });
    for (const kind of ['start', 'minimum', 'current', 'trail', 'end', 'diverged', 'averaged'])
      expect(within(legend).getByTestId(`legend-${kind}`)).toBeTruthy();
    // The averaged point (ASGD, Schedule-Free) is drawn dashed beside θ's solid path.
    expect(within(legend).getByTestId('legend-averaged').textContent).toContain('Averaged point');
    expect(within(legend).getByTestId('legend-keys').textContent).toContain('play / pause');
    // Focused by the popover's effect once it is shown: waited for, not assumed (a busy CI
    // machine once asserted between the dialog's render and that effect).
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(legend).getByRole('button', { name: 'Close the legend' }),
      ),
    );
  });

  it('closes on Escape, on its close button and on a press outside; focus goes back', async () => {
    const user = userEvent.setup();
    render(
      <>
        <LegendButton />
        <p>outside</p>
      </>,
    );
    const button = screen.getByRole('button', { name: 'Legend' });
    await user.click(button);
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);

    await user.click(button);
    await user.click(await screen.findByRole('button', { name: 'Close the legend' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(button);
    await screen.findByRole('dialog');
    await user.click(screen.getByText('outside'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useLegend.getState().open).toBe(false);
  });
});

describe('ShareContent', () => {
  const field = (name: string | RegExp) => screen.getByRole<HTMLInputElement>('textbox', { name });
  const params = (link: string) => new URL(link).searchParams;

  it('the link of this view opens in presentation mode once its checkbox is ticked', async () => {
    const user = userEvent.setup();
    render(<ShareContent titleId="share-title" close={() => undefined} />);
    const link = field('Link to exactly this view');
    expect(params(link.value).get('present')).toBeNull();
    expect(screen.getByTestId('share-qr').dataset.qrText).toBe(link.value);

    await user.click(screen.getByRole('checkbox', { name: /presentation mode/ }));
    expect(params(link.value).get('present')).toBe('1');
    await user.click(screen.getByRole('checkbox', { name: /predicts first/ }));
    expect(params(link.value).get('predict')).toBe('1');
    // The QR code encodes the link shown.
    expect(screen.getByTestId('share-qr').dataset.qrText).toBe(link.value);

    await user.click(screen.getByRole('checkbox', { name: /presentation mode/ }));
    expect(params(link.value).get('present')).toBeNull();
  });

  it('ticked controls make the lesson link show only them; the QR code follows it', async () => {
    const user = userEvent.setup();
    render(<ShareContent titleId="share-title" close={() => undefined} />);
    expect(field(/^Lesson link \(tick/)).toBeTruthy();
    // Controls of the runs' hyperparameters are offered (α for both, β₁ for Adam), then extras.
    await user.click(screen.getByRole('checkbox', { name: 'learning rate α' }));
    await user.click(screen.getByRole('checkbox', { name: /the timeline: play/ }));
    const lesson = field('Lesson link');
    expect(params(lesson.value).get('show')).toBe('lr,play');
    // The view's own link is unchanged; the QR code now encodes the lesson link.
    expect(params(field('Link to exactly this view').value).get('show')).toBeNull();
    expect(screen.getByTestId('share-qr').dataset.qrText).toBe(lesson.value);
  });
});

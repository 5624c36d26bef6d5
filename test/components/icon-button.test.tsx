// @vitest-environment jsdom
/**
 * IconButton and CloseButton (src/ui/forms/IconButton.tsx): what every icon-faced button of the
 * app carries — a plain button (never a form submit), named by its label, not by its face.
 */
import './setup';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CloseButton, IconButton } from '../../src/ui/forms/IconButton';

describe('IconButton', () => {
  it('is a framed, named, non-submitting button that passes its other attributes on', async () => {
    const onClick = vi.fn();
    const ref = createRef<HTMLButtonElement>();
    render(
      <form onSubmit={() => onClick('submitted')}>
        <IconButton
          buttonRef={ref}
          label="Add a layer"
          title="Adds a hidden layer"
          className="x__add"
          onClick={() => onClick('clicked')}
          data-testid="add"
        >
          +
        </IconButton>
      </form>,
    );
    const button = screen.getByRole('button', { name: 'Add a layer' });
    expect(button).toBe(ref.current);
    expect(button.getAttribute('type')).toBe('button');
    expect(button.className).toBe('button button--icon x__add');
    expect(button.title).toBe('Adds a hidden layer');
    expect(button.dataset.testid).toBe('add');
    await userEvent.click(button);
    expect(onClick.mock.calls).toEqual([['clicked']]);
  });

  it('without its frame keeps only the block’s class', () => {
    render(<IconButton framed={false} className="schedule-editor__close" label="Close" />);
    expect(screen.getByRole('button', { name: 'Close' }).className).toBe('schedule-editor__close');
  });

  it('passes disabled on: a disabled one does not act', async () => {
    const onClick = vi.fn();
    render(<IconButton label="Remove" disabled onClick={onClick} />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(onClick).not.toHaveBeenCalled();
  });
});

describe('CloseButton', () => {
  it('shows × and is named by its label', () => {
    render(<CloseButton label="Close the lesson" />);
    const button = screen.getByRole('button', { name: 'Close the lesson' });
    expect(button.textContent).toBe('×');
    expect(button.className).toBe('button button--icon');
  });
});

// @vitest-environment jsdom
/**
 * The note in jsdom (docs/testing.md, "Component tests"): a preset's explanation in the language
 * shown, and the user's own note, always rendered as text, never as markup.
 */
import './setup';
import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { appStore } from '../../src/state/store';
import { getPreset } from '../../src/presets/presets';
import { PRESETS_ZH } from '../../src/i18n/presets.zh';
import { i18n } from '../../src/i18n';
import { NoteStrip } from '../../src/ui/note/NoteStrip';

describe('NoteStrip', () => {
  it('without a note shows no note', () => {
    render(<NoteStrip />);
    expect(screen.queryByTestId('note')).toBeNull();
  });

  it('shows a preset’s title and summary, in Chinese when the app is', async () => {
    const preset = getPreset('mlp-moons')!;
    appStore.getState().setNote({ kind: 'preset', id: 'mlp-moons' });
    render(<NoteStrip />);
    // The presets' texts load on demand.
    expect(await screen.findByText(preset.summary)).toBeTruthy();
    expect(screen.getByTestId('note-title').textContent).toBe(preset.title);
    expect(screen.getByTestId('note').dataset.kind).toBe('preset');

    // The store's lang drives the translator in the app (src/i18n/store-sync.ts); here by hand.
    await act(async () => {
      appStore.getState().setLang('zh');
      await i18n.changeLanguage('zh');
    });
    expect(screen.getByTestId('note-title').textContent).toBe(PRESETS_ZH['mlp-moons']!.title);
    expect(screen.getByTestId('note-body').textContent).toBe(PRESETS_ZH['mlp-moons']!.summary);
    await act(() => i18n.changeLanguage('en'));
  });

  it('renders the user’s note as text: markup in it stays characters', () => {
    const text = '<img src=x onerror="alert(1)"><b>bold</b> & <script>x()</script>';
    appStore.getState().setNote({ kind: 'text', text });
    render(<NoteStrip />);
    const body = screen.getByTestId('note-body');
    expect(body.textContent).toBe(text);
    expect(body.children).toHaveLength(0);
    expect(document.querySelector('img, b, script')).toBeNull();
    expect(screen.getByTestId('note-title').textContent).toBe('Note');
  });

  it('editing the note sets it in the store, cleaned; removing it clears it', async () => {
    const user = userEvent.setup();
    appStore.getState().setNote({ kind: 'text', text: 'First' });
    render(<NoteStrip />);
    await user.click(screen.getByTestId('note-edit'));
    const editor = screen.getByRole('textbox', { name: 'Your note' });
    await user.clear(editor);
    await user.type(editor, 'Watch   α{Enter}');
    expect(appStore.getState().note).toEqual({ kind: 'text', text: 'Watch α' });
    expect(screen.getByTestId('note-body').textContent).toBe('Watch α');
    await user.click(screen.getByTestId('note-dismiss'));
    expect(appStore.getState().note).toBeNull();
    expect(screen.queryByTestId('note')).toBeNull();
  });

  it('collapses to its title and opens again', async () => {
    const user = userEvent.setup();
    appStore.getState().setNote({ kind: 'text', text: 'Short note' });
    render(<NoteStrip />);
    const toggle = screen.getByRole('button', { name: 'Note' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('note-body').closest('[hidden]')).not.toBeNull();
    await user.click(toggle);
    expect(screen.getByTestId('note-body').closest('[hidden]')).toBeNull();
  });
});

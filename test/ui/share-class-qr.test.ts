/**
 * The share dialog's classroom switches and QR code (issue 14): present=1 / predict=1 in the
 * link as chosen, and a QR code of the exact link (its UTF-8 bytes), at level M while it fits,
 * L beyond, and none past what a QR code holds.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { shareLink } from '../../src/ui/share/links';
import { QR_MAX_BYTES, qrCodeOf, qrPath, utf8Binary } from '../../src/ui/share/qr';

const BASE = 'https://example.org/descent/';

describe('shareLink: present and predict', () => {
  it('adds present=1 and predict=1 when chosen, and neither by default', () => {
    const state = createAppStore().getState();
    const plain = shareLink(state, BASE);
    expect(plain).not.toMatch(/[?&](present|predict)=/);
    const both = shareLink(state, BASE, { present: true, predict: true });
    const params = new URL(both).searchParams;
    expect(params.get('present')).toBe('1');
    expect(params.get('predict')).toBe('1');
    expect(new URL(shareLink(state, BASE, { predict: true })).searchParams.get('present')).toBe(
      null,
    );
  });

  it('follows the view when not given, and an explicit false overrides it', () => {
    const store = createAppStore();
    store.setState({ presenting: true, predicting: true });
    const state = store.getState();
    expect(shareLink(state, BASE)).toContain('present=1');
    expect(shareLink(state, BASE)).toContain('predict=1');
    const off = shareLink(state, BASE, { present: false, predict: false });
    expect(off).not.toMatch(/present=|predict=/);
  });

  it('keeps the lesson beside them', () => {
    const state = createAppStore().getState();
    const link = shareLink(state, BASE, { lesson: ['lr', 'play'], predict: true });
    expect(link).toContain('show=lr,play');
    expect(link).toContain('predict=1');
  });
});

describe('the QR code of a link', () => {
  it('encodes the link’s UTF-8 bytes at level M', () => {
    const link = `${BASE}?v=1&o=adam(lr=0.1)&lang=zh&label=学习率`;
    const code = qrCodeOf(link);
    expect(code.ok).toBe(true);
    if (!code.ok) return;
    expect(code.level).toBe('M');
    expect(code.bytes).toBe(new TextEncoder().encode(link).length);
    expect(code.size).toBeGreaterThanOrEqual(21);
    expect((code.size - 17) % 4).toBe(0); // a QR version: 21, 25, … 177 modules
    expect(code.dark.length).toBe(code.size * code.size);
    // The finder pattern's corner is dark, its ring inside light.
    expect(code.dark[0]).toBe(true);
    expect(code.dark[code.size + 1]).toBe(false);
    expect(utf8Binary('é')).toBe('\u00c3\u00a9');
  });

  it('drops to level L for a long link, and refuses one too long for any QR code', () => {
    const long = `${BASE}?${'x'.repeat(2600)}`;
    const atL = qrCodeOf(long);
    expect(atL.ok && atL.level).toBe('L');
    const tooLong = qrCodeOf(`${BASE}?${'x'.repeat(QR_MAX_BYTES)}`);
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.bytes).toBeGreaterThan(tooLong.max);
  });

  it('draws each dark module once in the path', () => {
    const code = qrCodeOf(BASE);
    if (!code.ok) throw new Error('no code');
    const path = qrPath(code);
    // Sum of the run widths = the dark modules.
    const widths = [...path.matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(widths).toBe(code.dark.filter(Boolean).length);
  });
});

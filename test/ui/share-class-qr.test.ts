/**
 * The share dialog's classroom switches and QR code (issue 14): present=1 / predict=1 in the
 * link as chosen, and a QR code of the exact link (its UTF-8 bytes), at level M while it fits,
 * L beyond, and none past what a QR code holds.
 */
import jsQR from 'jsqr';
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

/**
 * The code drawn as a phone's camera would see it (`scale` pixels a module, the quiet zone of 4
 * modules, black on white) and read by jsQR, an independent decoder: the bytes it finds.
 */
function decode(code: { size: number; dark: readonly boolean[] }, scale = 4): number[] | null {
  const side = (code.size + 8) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let row = 0; row < code.size; row++)
    for (let col = 0; col < code.size; col++) {
      if (!code.dark[row * code.size + col]) continue;
      for (let y = 0; y < scale; y++)
        for (let x = 0; x < scale; x++) {
          const at = (((row + 4) * scale + y) * side + (col + 4) * scale + x) * 4;
          pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
        }
    }
  return jsQR(pixels, side, side)?.binaryData ?? null;
}

describe('the QR code of a link', () => {
  it('reads back as the link’s exact UTF-8 bytes with an independent decoder, at M and at L', () => {
    const links = [
      `${BASE}?v=1&o=adam(lr=0.1)&lang=zh&label=学习率`,
      `${BASE}?v=1&p=rosenbrock&${Array.from({ length: 40 }, (_, i) => `o=gd(lr=0.00${i})`).join('&')}`,
    ];
    const levels: string[] = [];
    for (const link of links) {
      const code = qrCodeOf(link);
      if (!code.ok) throw new Error('no code');
      levels.push(code.level);
      expect(decode(code)).toEqual([...new TextEncoder().encode(link)]);
    }
    expect(levels).toEqual(['M', 'M']);
    const long = `${BASE}?${'x'.repeat(2600)}`;
    const atL = qrCodeOf(long);
    if (!atL.ok) throw new Error('no code');
    expect(atL.level).toBe('L');
    expect(decode(atL, 3)).toEqual([...new TextEncoder().encode(long)]);
  });

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

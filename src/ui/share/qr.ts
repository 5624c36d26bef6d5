/**
 * The QR code of a share link (issue 14), for students' phones: the module matrix of the exact
 * link, encoded as its UTF-8 bytes (byte mode), with qrcode-generator (docs/links.md, "QR code").
 * Error correction M (15 % of the code may be lost: a projector's glare, a shaky hand) while the
 * link fits a QR code at M; a longer link drops to L (7 %) rather than be refused; past what L
 * holds at the largest version (2,953 bytes) the link is too long, and the dialog says so. Pure.
 */
import qrcode from 'qrcode-generator';

export type QrLevel = 'M' | 'L';

/** The largest QR code (version 40) holds this many bytes at L. */
export const QR_MAX_BYTES = 2953;

export type QrCode =
  | { ok: true; level: QrLevel; size: number; dark: readonly boolean[]; bytes: number }
  | { ok: false; bytes: number; max: number };

/** The text as a string of its UTF-8 bytes, one char each: what byte mode writes as given. */
export function utf8Binary(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return binary;
}

/** The code of `text` at the highest level it fits, or why there is none. */
export function qrCodeOf(text: string): QrCode {
  const binary = utf8Binary(text);
  for (const level of ['M', 'L'] as const) {
    const code = qrcode(0, level);
    code.addData(binary, 'Byte');
    try {
      code.make();
    } catch {
      continue; // "code length overflow": try a lower level
    }
    const size = code.getModuleCount();
    const dark: boolean[] = [];
    for (let row = 0; row < size; row++)
      for (let col = 0; col < size; col++) dark.push(code.isDark(row, col));
    return { ok: true, level, size, dark, bytes: binary.length };
  }
  return { ok: false, bytes: binary.length, max: QR_MAX_BYTES };
}

/** The dark modules as one SVG path in module units (a 1×1 square each, row by row). */
export function qrPath(code: { size: number; dark: readonly boolean[] }): string {
  let path = '';
  for (let row = 0; row < code.size; row++) {
    for (let col = 0; col < code.size; col++) {
      // Runs of dark modules in a row become one rectangle: a shorter path.
      if (!code.dark[row * code.size + col]) continue;
      let end = col;
      while (end + 1 < code.size && code.dark[row * code.size + end + 1]) end++;
      path += `M${col} ${row}h${end - col + 1}v1h${-(end - col + 1)}z`;
      col = end;
    }
  }
  return path;
}

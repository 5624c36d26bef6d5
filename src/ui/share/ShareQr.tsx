/**
 * The QR code of a share link, drawn as an SVG path of its dark modules (no inline script or
 * style: CSP-clean, docs/security.md), with a quiet zone of 4 modules as the standard asks.
 * `data-qr-text` holds the exact text encoded, so a test can check it is the link shown. Part
 * of the share dialog's lazy chunk, qrcode-generator with it.
 */
import { useMemo } from 'react';
import { useT } from '../../i18n';
import '../../i18n/en-inspect'; // its words load with this chunk (docs/i18n.md)
import { qrCodeOf, qrPath } from './qr';

const QUIET = 4;
/** Past this many modules a code is dense (version 15+): worth showing large. */
const DENSE = 77;

export function ShareQr({ text }: { text: string }) {
  const t = useT();
  const code = useMemo(() => qrCodeOf(text), [text]);
  if (!code.ok)
    return (
      <p className="share__qr-too-long" role="note" data-testid="share-qr-too-long">
        {t('shareClass.qrTooLong', {
          length: code.bytes.toLocaleString('en'),
          max: code.max.toLocaleString('en'),
        })}
      </p>
    );
  const side = code.size + 2 * QUIET;
  return (
    <figure className="share__qr">
      <svg
        viewBox={`${-QUIET} ${-QUIET} ${side} ${side}`}
        role="img"
        aria-label={t('shareClass.qrLabel')}
        data-testid="share-qr"
        data-qr-text={text}
        data-qr-level={code.level}
        data-qr-size={code.size}
        shapeRendering="crispEdges"
      >
        <rect x={-QUIET} y={-QUIET} width={side} height={side} fill="#ffffff" />
        <path d={qrPath(code)} fill="#000000" />
      </svg>
      <figcaption>
        {code.size > DENSE ? t('shareClass.qrDense') : t('shareClass.qrHint')}
      </figcaption>
    </figure>
  );
}

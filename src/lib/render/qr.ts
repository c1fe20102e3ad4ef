/**
 * QR codes drawn at build time as inline SVG (no script, no image request), with the `qrcode`
 * library. Error correction "M" survives a little dirt on a printed poster.
 */
import QRCode from 'qrcode';

const cache = new Map<string, Promise<string>>();

/**
 * An SVG string encoding `text`; scalable, black on white, with the standard quiet zone. Memoised:
 * every poster and leaflet carries the same few URLs, so each is encoded once per build.
 */
export function qrSvg(text: string): Promise<string> {
  let svg = cache.get(text);
  if (!svg) {
    svg = QRCode.toString(text, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 4,
      color: { dark: '#000000', light: '#ffffff' },
    });
    cache.set(text, svg);
  }
  return svg;
}

/**
 * QR codes drawn at build time as inline SVG (no script, no image request), with the `qrcode`
 * library. Error correction "M" survives a little dirt on a printed poster.
 */
import QRCode from 'qrcode';

/** An SVG string encoding `text`; scalable, black on white, with the standard quiet zone. */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
}

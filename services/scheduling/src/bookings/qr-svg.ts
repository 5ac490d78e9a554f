import QRCode from 'qrcode';

/** The QR code a kiosk scans, as an SVG image; medium error correction survives a creased print-out. */
export function qrSvg(token: string): Promise<string> {
  return QRCode.toString(token, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/**
 * The QR code of the source onion address, as crisp vector (SVG, one path)
 * and raster (PNG) images. Error correction M (ISO/IEC 18004 §6.5.1: about
 * 15 % may be damaged, e.g. by a fold in a printed card) and the 4-module
 * quiet zone the standard requires around the symbol (§6.3.8).
 */
import qrcode from "qrcode-generator";
import { encodeGrayPng } from "./png.ts";

export const QUIET_ZONE = 4;

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  isDark(row: number, col: number): boolean;
}

/** @throws RangeError when `text` is empty or too long for a QR code. */
export function qrMatrix(text: string): QrMatrix {
  if (text.length === 0 || text.length > 1000)
    throw new RangeError("qrMatrix: text must be 1–1000 characters");
  const qr = qrcode(0, "M");
  qr.addData(text, "Byte");
  qr.make();
  const size = qr.getModuleCount();
  return { size, isDark: (r, c) => qr.isDark(r, c) };
}

/** The dark modules as one SVG path in module units, quiet zone included in the offsets. */
export function qrPath(m: QrMatrix): string {
  const parts: string[] = [];
  for (let r = 0; r < m.size; r++) {
    let c = 0;
    while (c < m.size) {
      if (!m.isDark(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < m.size && m.isDark(r, c)) c++;
      parts.push(`M${start + QUIET_ZONE} ${r + QUIET_ZONE}h${c - start}v1h${start - c}z`);
    }
  }
  return parts.join("");
}

/** A standalone SVG document: white background, black modules, quiet zone of 4. */
export function qrSvg(m: QrMatrix): string {
  const n = m.size + 2 * QUIET_ZONE;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" width="${n * 10}" height="${n * 10}" shape-rendering="crispEdges">` +
    `<rect width="${n}" height="${n}" fill="#fff"/>` +
    `<path fill="#000" d="${qrPath(m)}"/></svg>\n`
  );
}

/** A grayscale PNG with `scale` pixels per module (whole pixels: no blurred edges). */
export function qrPng(m: QrMatrix, scale = 12): Buffer {
  if (!Number.isInteger(scale) || scale < 1 || scale > 64)
    throw new RangeError("qrPng: scale must be an integer 1–64");
  const n = (m.size + 2 * QUIET_ZONE) * scale;
  const px = new Uint8Array(n * n).fill(255);
  for (let r = 0; r < m.size; r++) {
    for (let c = 0; c < m.size; c++) {
      if (!m.isDark(r, c)) continue;
      for (let y = 0; y < scale; y++) {
        const row = ((r + QUIET_ZONE) * scale + y) * n + (c + QUIET_ZONE) * scale;
        px.fill(0, row, row + scale);
      }
    }
  }
  return encodeGrayPng(n, n, px);
}

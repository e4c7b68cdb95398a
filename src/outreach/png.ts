/**
 * Just enough PNG (ISO/IEC 15948, W3C PNG 3rd ed.) to write a grayscale image
 * and to read any PNG's size: the QR code is drawn here, not by a browser, so
 * its modules stay pixel-exact.
 */
import { deflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = ((): Uint32Array => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** PNG §5.5: CRC-32 over the chunk type and data. */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * Encodes an 8-bit grayscale image (one byte per pixel, rows top to bottom).
 * @throws RangeError when the sizes and the pixel count disagree.
 */
export function encodeGrayPng(width: number, height: number, pixels: Uint8Array): Buffer {
  if (!Number.isInteger(width) || width < 1 || width > 65535)
    throw new RangeError("encodeGrayPng: width must be 1–65535");
  if (!Number.isInteger(height) || height < 1 || height > 65535)
    throw new RangeError("encodeGrayPng: height must be 1–65535");
  if (pixels.length !== width * height)
    throw new RangeError(`encodeGrayPng: pixels must be ${width * height} bytes`);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // colour type: grayscale
  // compression, filter method and interlace stay 0
  // PNG §7.3: each scanline starts with its filter type; 0 (None) keeps it simple.
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

/**
 * Reads the width and height from a PNG's IHDR chunk (PNG §11.2.2).
 * @throws Error when the bytes are not a PNG.
 */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (
    b.length < 24 ||
    !b.subarray(0, 8).equals(SIGNATURE) ||
    b.toString("latin1", 12, 16) !== "IHDR"
  )
    throw new Error("not a PNG file");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

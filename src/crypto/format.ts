/**
 * age v1 header framing (age spec §"Header"), parsed strictly and with caps.
 *
 * We only *frame* the header here: find where it ends within bounded bytes and
 * check its grammar line by line. The cryptographic parts (stanza unwrapping,
 * header MAC) are done by `age-encryption`, which re-parses the same bytes.
 * Rejecting oversized or odd headers before that keeps a hostile file from
 * costing more than `MAX_HEADER_BYTES` of memory.
 */
import { CryptoError } from "./errors.ts";

/** A post-quantum stanza is ~1.6 KiB; 64 of them fit comfortably. */
export const MAX_HEADER_BYTES = 128 * 1024;
export const MAX_STANZAS = 64;
/** Longest header line: a hybrid stanza carries its 1,120-byte ML-KEM share (1,494 base64 characters) as an argument. */
export const MAX_LINE_BYTES = 4096;

const VERSION_LINE = "age-encryption.org/v1";
const BASE64_NOPAD = /^[A-Za-z0-9+/]*$/;
// age spec: arbitrary strings are ASCII 33..126.
const ARG = /^[\x21-\x7e]+$/;

export interface HeaderFrame {
  /** The whole header, version line through the MAC line's newline. */
  readonly bytes: Buffer;
  readonly stanzaCount: number;
}

/**
 * Looks for a complete header at the start of `buf`.
 * @returns the frame when complete, `null` when more bytes are needed.
 * @throws CryptoError when the bytes can never become a valid header.
 */
export function frameHeader(buf: Buffer): HeaderFrame | null {
  let pos = 0;
  let lineNo = 0;
  let stanzas = 0;
  let inBody = false;
  while (true) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl === -1) {
      if (buf.length - pos > MAX_LINE_BYTES) {
        throw new CryptoError("header_line_too_long", "age header line too long");
      }
      if (buf.length >= MAX_HEADER_BYTES) {
        throw new CryptoError("header_too_large", "age header too large");
      }
      if (lineNo === 0 && !isPrefixOf(buf.subarray(0, pos + 64).toString("latin1"), VERSION_LINE)) {
        throw notAge(buf);
      }
      return null;
    }
    if (nl - pos > MAX_LINE_BYTES) {
      throw new CryptoError("header_line_too_long", "age header line too long");
    }
    if (nl + 1 > MAX_HEADER_BYTES) {
      throw new CryptoError("header_too_large", "age header too large");
    }
    const line = buf.toString("latin1", pos, nl);
    pos = nl + 1;
    if (lineNo++ === 0) {
      if (line !== VERSION_LINE) throw notAge(buf);
      continue;
    }
    if (inBody) {
      // age spec: body lines are 64 columns, the last one shorter (maybe empty).
      if (line.length > 64 || !BASE64_NOPAD.test(line)) {
        throw new CryptoError("header_malformed", "malformed stanza body");
      }
      if (line.length < 64) inBody = false;
      continue;
    }
    if (line.startsWith("-> ")) {
      const args = line.slice(3).split(" ");
      if (args.some((a) => !ARG.test(a))) {
        throw new CryptoError("header_malformed", "malformed stanza arguments");
      }
      if (++stanzas > MAX_STANZAS) {
        throw new CryptoError("header_too_many_stanzas", "too many stanzas in age header");
      }
      inBody = true;
      continue;
    }
    if (line.startsWith("--- ")) {
      const mac = line.slice(4);
      if (stanzas === 0 || mac.length !== 43 || !BASE64_NOPAD.test(mac)) {
        throw new CryptoError("header_malformed", "malformed header MAC line");
      }
      return { bytes: buf.subarray(0, pos), stanzaCount: stanzas };
    }
    throw new CryptoError("header_malformed", "unexpected line in age header");
  }
}

function isPrefixOf(partial: string, full: string): boolean {
  return full.startsWith(partial) || partial.startsWith(full);
}

function notAge(buf: Buffer): CryptoError {
  if (buf.toString("latin1", 0, 5) === "-----") {
    return new CryptoError("armor_rejected", "ASCII-armored age files must be de-armored first");
  }
  return new CryptoError("header_malformed", "not an age v1 file");
}

/** Stanza types of a framed header, in order ("X25519", "mlkem768x25519", …). */
export function stanzaTypes(header: Buffer): string[] {
  return header
    .toString("latin1")
    .split("\n")
    .filter((l) => l.startsWith("-> "))
    .map((l) => l.slice(3).split(" ")[0] ?? "");
}

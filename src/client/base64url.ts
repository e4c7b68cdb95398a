/**
 * Strict base64url (RFC 4648 §5, no padding), for keys and salts exchanged
 * with the server. Decoding rejects rather than repairs: padding, characters
 * outside the alphabet, an impossible length (4n+1) and non-zero trailing
 * bits all throw, so one value has exactly one spelling.
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const LOOKUP = new Map(Array.from({ length: 64 }, (_, i) => [ALPHABET.charAt(i), i]));

export function toBase64url(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 3 <= bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += sextet(n >> 18) + sextet(n >> 12) + sextet(n >> 6) + sextet(n);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] ?? 0) << 16;
    out += sextet(n >> 18) + sextet(n >> 12);
  } else if (rest === 2) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8);
    out += sextet(n >> 18) + sextet(n >> 12) + sextet(n >> 6);
  }
  return out;
}

/** @throws TypeError for a non-string; RangeError for anything but canonical base64url. */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  if (typeof text !== "string") throw new TypeError("base64url: text must be a string");
  if (text.length % 4 === 1) throw new RangeError("base64url: impossible length");
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (const c of text) {
    const v = LOOKUP.get(c);
    if (v === undefined) throw new RangeError("base64url: character outside the alphabet");
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
    acc &= (1 << bits) - 1;
  }
  // Leftover bits must be zero, or two strings would decode to the same bytes.
  if (acc !== 0) throw new RangeError("base64url: non-canonical trailing bits");
  return out;
}

function sextet(n: number): string {
  return ALPHABET.charAt(n & 63);
}

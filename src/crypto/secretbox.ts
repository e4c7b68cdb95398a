/**
 * Symmetric sealing of small secrets (ChaCha20-Poly1305, RFC 8439, with a
 * random 96-bit nonce): sealed = nonce(12) ‖ ciphertext ‖ tag(16). Used for
 * the split-key source session: the row holds the sealed reply identities,
 * the key lives only in the source's cookie.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const NONCE = 12;
const TAG = 16;

function checkKey(key: Uint8Array): void {
  if (!(key instanceof Uint8Array)) throw new TypeError("key must be a Uint8Array");
  if (key.length !== 32) throw new RangeError("key must be 32 bytes");
}

/** Seals `plain` under `key`, bound to `aad` (what the value belongs to). */
export function seal(key: Uint8Array, plain: Uint8Array, aad: string): Buffer {
  checkKey(key);
  const nonce = randomBytes(NONCE);
  const c = createCipheriv("chacha20-poly1305", key, nonce, { authTagLength: TAG });
  c.setAAD(Buffer.from(aad, "utf8"), { plaintextLength: plain.length });
  const body = c.update(plain);
  c.final();
  return Buffer.concat([nonce, body, c.getAuthTag()]);
}

/** @returns the plaintext, or null when the key, the data or the aad is wrong. */
export function open(key: Uint8Array, sealed: Uint8Array, aad: string): Buffer | null {
  checkKey(key);
  if (sealed.length < NONCE + TAG) return null;
  const nonce = sealed.subarray(0, NONCE);
  const body = sealed.subarray(NONCE, sealed.length - TAG);
  const d = createDecipheriv("chacha20-poly1305", key, nonce, { authTagLength: TAG });
  d.setAAD(Buffer.from(aad, "utf8"), { plaintextLength: body.length });
  d.setAuthTag(sealed.subarray(sealed.length - TAG));
  const out = d.update(body);
  try {
    d.final();
  } catch {
    return null;
  }
  return out;
}

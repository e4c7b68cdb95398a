/**
 * Tokens that need no storage (OWASP's "HMAC-based token" pattern): an expiry
 * and a MAC binding it to a purpose and to what the token is for, under the
 * instance secret.
 *
 *   token = base64url(expiry (6 bytes, big-endian unix seconds) ‖
 *                     HMAC-SHA256(secret, label ‖ part₁ ‖ part₂ … ‖ expiry))
 *
 * Used for form tokens (bound to the cookie's hash) and for a new codename's
 * proof (bound to the cookie's hash and the codename's entropy). Each use has
 * its own label, so a token of one kind never passes as another. Parts must
 * be of fixed length or the last one, so their concatenation is unambiguous.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

const TOKEN = /^[A-Za-z0-9_-]{51}$/;

function mac(
  secret: Uint8Array,
  label: string,
  parts: readonly (string | Uint8Array)[],
  expiry: Buffer,
): Buffer {
  const h = createHmac("sha256", secret).update(label);
  for (const p of parts) h.update(p);
  return h.update(expiry).digest();
}

/** A token valid for `lifetimeSeconds` from `now` (milliseconds). */
export function issueStamped(
  secret: Uint8Array,
  label: string,
  parts: readonly (string | Uint8Array)[],
  lifetimeSeconds: number,
  now = Date.now(),
): string {
  const expiry = Buffer.alloc(6);
  expiry.writeUIntBE(Math.floor(now / 1000) + lifetimeSeconds, 0, 6);
  return Buffer.concat([expiry, mac(secret, label, parts, expiry)]).toString("base64url");
}

/** Constant-time check; false for anything malformed, forged, or expired. */
export function verifyStamped(
  secret: Uint8Array,
  label: string,
  parts: readonly (string | Uint8Array)[],
  token: unknown,
  now = Date.now(),
): boolean {
  if (typeof token !== "string" || !TOKEN.test(token)) return false;
  const raw = Buffer.from(token, "base64url");
  // The last character carries two unused bits: only the canonical spelling is the token.
  if (raw.toString("base64url") !== token) return false;
  const expiry = raw.subarray(0, 6);
  const ok = timingSafeEqual(raw.subarray(6), mac(secret, label, parts, expiry));
  return ok && expiry.readUIntBE(0, 6) > Math.floor(now / 1000);
}

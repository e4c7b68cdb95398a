/**
 * Form tokens (OWASP "HMAC-based token" pattern): the token binds the
 * session cookie's hash and an expiry under the instance secret, so it needs
 * no storage. Lifetime is hours, long enough for a slow upload over Tor.
 *
 *   token = base64url(expiry(6 bytes, big-endian unix seconds) ‖ HMAC-SHA256(secret, label ‖ binding ‖ expiry))
 */
import { createHmac, timingSafeEqual } from "node:crypto";

const LABEL = "postern/v1/csrf";
const TOKEN = /^[A-Za-z0-9_-]{51}$/;

function mac(secret: Uint8Array, binding: string, expiry: Buffer): Buffer {
  return createHmac("sha256", secret).update(LABEL).update(binding).update(expiry).digest();
}

export function issueCsrf(
  secret: Uint8Array,
  binding: string,
  lifetimeSeconds: number,
  now = Date.now(),
): string {
  const expiry = Buffer.alloc(6);
  expiry.writeUIntBE(Math.floor(now / 1000) + lifetimeSeconds, 0, 6);
  return Buffer.concat([expiry, mac(secret, binding, expiry)]).toString("base64url");
}

/** Constant-time check of `token` against `binding`; false for anything malformed or expired. */
export function verifyCsrf(
  secret: Uint8Array,
  binding: string,
  token: unknown,
  now = Date.now(),
): boolean {
  if (typeof token !== "string" || !TOKEN.test(token)) return false;
  const raw = Buffer.from(token, "base64url");
  // The last character carries two unused bits: only the canonical spelling is the token.
  if (raw.toString("base64url") !== token) return false;
  const expiry = raw.subarray(0, 6);
  const ok = timingSafeEqual(raw.subarray(6), mac(secret, binding, expiry));
  return ok && expiry.readUIntBE(0, 6) > Math.floor(now / 1000);
}

/**
 * TOTP (RFC 6238 over RFC 4226): HMAC-SHA-1, 30-second steps, 6 digits — what
 * every authenticator app speaks. The caller keeps the last accepted step so
 * a code is never accepted twice.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { base32nopad } from "@scure/base";

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;

export function newTotpSecret(): Buffer {
  return randomBytes(20);
}

export function totpSecretText(secret: Uint8Array): string {
  return base32nopad.encode(secret);
}

export function totpUri(secret: Uint8Array, issuer: string, account: string): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  const q = new URLSearchParams({
    secret: totpSecretText(secret),
    issuer,
    algorithm: "SHA1",
    digits: String(TOTP_DIGITS),
    period: String(TOTP_STEP_SECONDS),
  });
  return `otpauth://totp/${label}?${q.toString()}`;
}

export function totpStep(unixSeconds: number): number {
  return Math.floor(unixSeconds / TOTP_STEP_SECONDS);
}

/** The code for one time step (RFC 4226 §5.3 dynamic truncation). */
export function totpCode(secret: Uint8Array, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac("sha1", secret).update(counter).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const bin = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(bin % 10 ** TOTP_DIGITS).padStart(TOTP_DIGITS, "0");
}

/**
 * Checks `code` against the steps around `now` (±1, for clock drift) that are
 * later than `lastStep`. @returns the matching step, or null.
 */
export function verifyTotp(
  secret: Uint8Array,
  code: string,
  unixSeconds: number,
  lastStep: number,
): number | null {
  const digits = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(digits)) return null;
  const now = totpStep(unixSeconds);
  let found: number | null = null;
  // Compare against every candidate, matched or not: constant work per call.
  for (const step of [now - 1, now, now + 1]) {
    const ok = timingSafeEqual(Buffer.from(totpCode(secret, step)), Buffer.from(digits));
    if (ok && step > lastStep && found === null) found = step;
  }
  return found;
}

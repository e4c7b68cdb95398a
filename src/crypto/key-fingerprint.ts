/**
 * A recipient key's fingerprint: short enough to read aloud and compare,
 * stable for a key, and computable with common tools:
 *
 *   printf %s 'age1pq1…' | sha256sum | cut -c1-32
 *
 * gives the same 32 hex digits (lower case, without spaces). The recipient
 * web app computes it itself (src/web/recipient/app/key-fingerprint.ts) so a
 * server cannot show one key under another's fingerprint; a test checks that
 * the two agree.
 */
import { createHash } from "node:crypto";

/** Bytes of SHA-256 kept: 128 bits, beyond any search for a look-alike key. */
export const FINGERPRINT_BYTES = 16;

/**
 * SHA-256 of the recipient string (UTF-8), first 16 bytes, as eight groups
 * of four upper-case hex digits ("1A2B 3C4D …").
 * @throws TypeError when `recipient` is not a string.
 */
export function recipientFingerprint(recipient: string): string {
  if (typeof recipient !== "string")
    throw new TypeError("recipientFingerprint: recipient must be a string");
  const hex = createHash("sha256")
    .update(recipient, "utf8")
    .digest()
    .subarray(0, FINGERPRINT_BYTES)
    .toString("hex")
    .toUpperCase();
  return hex.replace(/(.{4})(?!$)/g, "$1 ");
}

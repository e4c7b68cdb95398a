/**
 * A recipient key's fingerprint, computed in this browser from the key
 * itself: the server sends keys, never fingerprints, so it cannot show a key
 * it added under a fingerprint members already trust.
 *
 * Same definition as the server's src/crypto/key-fingerprint.ts (a test
 * checks they agree): SHA-256 of the recipient string (UTF-8), first 16
 * bytes, eight groups of four upper-case hex digits.
 */
import { sha256 } from "@noble/hashes/sha2.js";

const BYTES = 16;

export function keyFingerprint(recipient: string): string {
  const digest = sha256(new TextEncoder().encode(recipient)).subarray(0, BYTES);
  let hex = "";
  for (const b of digest) hex += b.toString(16).padStart(2, "0");
  return hex.toUpperCase().replace(/(.{4})(?!$)/g, "$1 ");
}

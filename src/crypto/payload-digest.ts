/**
 * The payload digest: SHA-256 over an age file's payload, which a manifest
 * records for each file so that the file's blob cannot be swapped for another
 * age file made for the same public keys (anyone holding them can make one).
 *
 * age spec (c2sp.org/age, §"Payload"): "The binary payload encrypts the file
 * body and starts immediately after the header. It begins with a 16-byte
 * nonce", followed by the STREAM chunks. So here
 *
 *   payload = nonce(16) ‖ chunk*        digest = lower-case hex of SHA-256(payload)
 *
 * The header is left out on purpose: granting a file to another recipient
 * adds a stanza and recomputes the header MAC, but keeps the file key, the
 * nonce and so every payload byte. Hashing the payload alone keeps the digest
 * valid through such a grant. It still binds the content: the payload key is
 * derived from the file key and the nonce, and the chunks are authenticated
 * under it, so another payload with this digest would be a SHA-256 collision.
 *
 * SHA-256 because both readers can compute it chunk by chunk as bytes stream:
 * Node natively (node:crypto), the browser with @noble/hashes.
 */
import { createHash } from "node:crypto";
import { CryptoError } from "./errors.ts";
import { frameHeader, MAX_HEADER_BYTES } from "./format.ts";

/** The only accepted spelling of a payload digest: 64 lower-case hex digits. */
export const PAYLOAD_SHA256 = /^[0-9a-f]{64}$/;

export function isPayloadSha256(v: unknown): v is string {
  return typeof v === "string" && PAYLOAD_SHA256.test(v);
}

/**
 * The payload digest of a whole age file held in memory (a tool for tests
 * and small values; streams compute it as they go, see age-file.ts).
 * @throws CryptoError when the header is malformed or incomplete.
 */
export function payloadSha256(file: Uint8Array): string {
  const buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const frame = frameHeader(
    buf.length > MAX_HEADER_BYTES ? buf.subarray(0, MAX_HEADER_BYTES) : buf,
  );
  if (frame === null) throw new CryptoError("header_malformed", "age header incomplete");
  return createHash("sha256").update(buf.subarray(frame.bytes.length)).digest("hex");
}

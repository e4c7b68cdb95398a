/**
 * age recipients and identities: the two kinds Postern uses, how to tell
 * them apart, and how to make them (randomly, or from a derived seed).
 *
 * - post-quantum: `age1pq1…` / `AGE-SECRET-KEY-PQ-1…` (ML-KEM-768 + X25519 hybrid)
 * - classic:      `age1…`    / `AGE-SECRET-KEY-1…`    (X25519)
 */
import { Encrypter, generateHybridIdentity, generateX25519Identity } from "age-encryption";
import { bech32 } from "@scure/base";
import { CryptoError } from "./errors.ts";

export type KeyKind = "pq" | "classic";

const MAX_RECIPIENT_CHARS = 4096;

/** Which kind a recipient string claims to be (no validation of the key). */
export function recipientKind(recipient: string): KeyKind | null {
  if (recipient.startsWith("age1pq1")) return "pq";
  if (/^age1[02-9ac-hj-np-z]{58}$/.test(recipient)) return "classic";
  return null;
}

/**
 * Validates an age recipient string and tells its kind.
 * @throws TypeError for a non-string; CryptoError("recipient_invalid") for a bad key.
 */
export async function parseRecipient(input: string): Promise<{ recipient: string; kind: KeyKind }> {
  if (typeof input !== "string") throw new TypeError("recipient must be a string");
  const recipient = input.trim();
  if (recipient.length > MAX_RECIPIENT_CHARS) {
    throw new CryptoError("recipient_invalid", "recipient too long");
  }
  const kind = recipientKind(recipient);
  if (kind === null) {
    throw new CryptoError("recipient_invalid", "not an age1… or age1pq1… recipient");
  }
  try {
    // Wrapping a throw-away key exercises the full decoding of the public key.
    const e = new Encrypter();
    e.addRecipient(recipient);
    await e.encrypt(new Uint8Array(0));
  } catch (cause) {
    throw new CryptoError("recipient_invalid", "invalid age recipient", { cause });
  }
  return { recipient, kind };
}

/** Every recipient must be of `kind`; a channel never mixes kinds (DESIGN §3). */
export function assertSingleKind(recipients: readonly string[]): KeyKind {
  const kinds = new Set(recipients.map(recipientKind));
  if (kinds.has(null)) throw new CryptoError("recipient_invalid", "invalid age recipient");
  if (kinds.size !== 1) {
    throw new CryptoError("recipient_kind_mixed", "post-quantum and classic recipients mixed");
  }
  const [kind] = kinds;
  return kind ?? "pq";
}

export async function generateIdentity(kind: KeyKind): Promise<string> {
  return kind === "pq" ? generateHybridIdentity() : generateX25519Identity();
}

export function identityKind(identity: string): KeyKind | null {
  if (identity.startsWith("AGE-SECRET-KEY-PQ-1")) return "pq";
  if (identity.startsWith("AGE-SECRET-KEY-1")) return "classic";
  return null;
}

/**
 * Builds an identity string from a 32-byte secret: the X25519 scalar for a
 * classic identity, the hybrid seed for a post-quantum one (both are encoded
 * as Bech32 of 32 bytes, per the age spec and the hybrid recipient spec).
 */
export function identityFromSeed(kind: KeyKind, seed: Uint8Array): string {
  if (!(seed instanceof Uint8Array) || seed.length !== 32) {
    throw new RangeError("identityFromSeed: seed must be 32 bytes");
  }
  const hrp = kind === "pq" ? "age-secret-key-pq-" : "age-secret-key-";
  return bech32.encode(hrp, bech32.toWords(seed), false).toUpperCase();
}

/**
 * Parses an age identity file: one identity per line, `#` comments and blank
 * lines ignored (the format `age-keygen` writes).
 */
export function parseIdentityFile(text: string): string[] {
  const ids: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    if (identityKind(line) === null) {
      throw new CryptoError(
        "identity_invalid",
        "identity file holds a line that is not an age identity",
      );
    }
    ids.push(line);
  }
  if (ids.length === 0)
    throw new CryptoError("identity_invalid", "identity file holds no identity");
  return ids;
}

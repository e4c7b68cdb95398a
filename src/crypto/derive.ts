/**
 * Key derivation from a codename's 128 bits of entropy (DESIGN §3). The input
 * is already uniformly random, so plain HKDF-SHA256 is enough and login costs
 * microseconds: there is no slow hash for an attacker to make us run.
 */
import { createHmac, hkdfSync } from "node:crypto";
import { identityFromSeed, type KeyKind } from "./recipients.ts";

const INFO_LOOKUP = "postern/v1/lookup";
const INFO_REPLY: Record<KeyKind, string> = {
  pq: "postern/v1/reply/pq",
  classic: "postern/v1/reply/classic",
};

function hkdf(entropy: Uint8Array, salt: Uint8Array, info: string): Buffer {
  if (!(entropy instanceof Uint8Array) || entropy.length !== 16) {
    throw new RangeError("entropy must be 16 bytes");
  }
  if (!(salt instanceof Uint8Array) || salt.length < 16) {
    throw new RangeError("salt must be at least 16 bytes");
  }
  return Buffer.from(hkdfSync("sha256", entropy, salt, info, 32));
}

/**
 * The value that finds a source: HKDF(entropy, salt, lookup) then HMAC under
 * the instance secret, so a copy of the database alone cannot test guesses
 * offline even if it had the salt.
 */
export function lookupHash(
  entropy: Uint8Array,
  salt: Uint8Array,
  instanceSecret: Uint8Array,
): Buffer {
  if (instanceSecret.length < 32) throw new RangeError("instanceSecret must be at least 32 bytes");
  return createHmac("sha256", instanceSecret)
    .update(hkdf(entropy, salt, INFO_LOOKUP))
    .digest();
}

/** The age identity replies to this source are encrypted to, of either kind. */
export function replyIdentity(entropy: Uint8Array, salt: Uint8Array, kind: KeyKind): string {
  return identityFromSeed(kind, hkdf(entropy, salt, INFO_REPLY[kind]));
}

/**
 * Tor v3 onion service keys (rend-spec-v3 §6 "Encoding onion addresses",
 * and Tor's on-disk key format), made in Node.
 *
 *   address  = base32(pubkey ‖ checksum ‖ version) + ".onion"
 *   checksum = SHA3-256(".onion checksum" ‖ pubkey ‖ version)[:2], version = 0x03
 *
 * Tor stores the *expanded* ed25519 secret key: SHA-512(seed) with the
 * scalar half clamped (RFC 8032 §5.1.5), after a 32-byte header.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from "node:crypto";
import { base32nopad } from "@scure/base";

const VERSION = 0x03;
const SECRET_HEADER = "== ed25519v1-secret: type0 ==";
const PUBLIC_HEADER = "== ed25519v1-public: type0 ==";

/** Tor's 32-byte file header: the tag, NUL-padded. */
function header(tag: string): Buffer {
  const h = Buffer.alloc(32);
  h.write(tag, "latin1");
  return h;
}

export function onionAddress(publicKey: Uint8Array): string {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== 32) {
    throw new RangeError("onionAddress: publicKey must be 32 bytes");
  }
  const version = Buffer.from([VERSION]);
  const checksum = createHash("sha3-256")
    .update(".onion checksum")
    .update(publicKey)
    .update(version)
    .digest()
    .subarray(0, 2);
  return `${base32nopad.encode(Buffer.concat([publicKey, checksum, version])).toLowerCase()}.onion`;
}

/** @returns the 32-byte public key of a well-formed v3 address, or null. */
export function parseOnionAddress(address: string): Uint8Array | null {
  const m = /^([a-z2-7]{56})(?:\.onion)?$/.exec(address.trim().toLowerCase());
  if (!m?.[1]) return null;
  const raw = base32nopad.decode(m[1].toUpperCase());
  const pub = raw.subarray(0, 32);
  return raw[34] === VERSION && onionAddress(pub) === `${m[1]}.onion` ? pub : null;
}

export interface OnionKeyFiles {
  readonly address: string;
  /** `hs_ed25519_secret_key`: header + 64-byte expanded key. */
  readonly secretKeyFile: Buffer;
  /** `hs_ed25519_public_key`: header + 32-byte public key. */
  readonly publicKeyFile: Buffer;
  /** `hostname`: the address and a newline. */
  readonly hostname: string;
}

/** Tor's files for the ed25519 key whose RFC 8032 seed is `seed`. */
export function onionKeyFilesFromSeed(seed: Uint8Array): OnionKeyFiles {
  if (!(seed instanceof Uint8Array) || seed.length !== 32) {
    throw new RangeError("onionKeyFilesFromSeed: seed must be 32 bytes");
  }
  const expanded = createHash("sha512").update(seed).digest();
  // RFC 8032 §5.1.5: clamp the scalar half.
  expanded[0] = (expanded[0] ?? 0) & 248;
  expanded[31] = ((expanded[31] ?? 0) & 63) | 64;
  const pkcs8 = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]);
  const spki = createPublicKey(
    createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" }),
  ).export({
    format: "der",
    type: "spki",
  });
  const pub = spki.subarray(spki.length - 32);
  const address = onionAddress(pub);
  return {
    address,
    secretKeyFile: Buffer.concat([header(SECRET_HEADER), expanded]),
    publicKeyFile: Buffer.concat([header(PUBLIC_HEADER), pub]),
    hostname: `${address}\n`,
  };
}

/** A fresh random onion key (the seed comes from Node's CSPRNG via its keygen). */
export function generateOnionKey(): OnionKeyFiles {
  const { privateKey } = generateKeyPairSync("ed25519");
  const der = privateKey.export({ format: "der", type: "pkcs8" });
  return onionKeyFilesFromSeed(der.subarray(der.length - 32));
}

/** An x25519 pair for onion client authorization, base32 as Tor writes it. */
export function generateClientAuthKeys(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync("x25519");
  const pub = publicKey.export({ format: "der", type: "spki" });
  const priv = privateKey.export({ format: "der", type: "pkcs8" });
  return {
    publicKey: base32nopad.encode(pub.subarray(pub.length - 32)),
    privateKey: base32nopad.encode(priv.subarray(priv.length - 32)),
  };
}

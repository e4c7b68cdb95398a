/**
 * The age `mlkem768x25519` recipient type, with the X25519 half done by
 * node:crypto (OpenSSL) instead of pure-JavaScript big-integer arithmetic.
 *
 * Wire format and key schedule are exactly those of age v1.3 and
 * `age-encryption`'s HybridRecipient / HybridIdentity:
 *
 * - the KEM is X-Wing (ML-KEM-768 + X25519): a recipient is pkM(1184) ‖ pkX(32),
 *   an encapsulation ctM(1088) ‖ ctX(32), and the shared secret is
 *   SHA3-256(ssM ‖ ssX ‖ ctX ‖ pkX ‖ "\.//^\");
 * - an identity is a 32-byte seed, expanded by SHAKE256 to 96 bytes: the
 *   ML-KEM-768 keygen seed (64) and the X25519 scalar (32);
 * - the file key is sealed with HPKE base mode (KEM 0x647a, HKDF-SHA256,
 *   ChaCha20-Poly1305) and info "age-encryption.org/mlkem768x25519".
 *
 * Only the arithmetic moved: ML-KEM stays with @noble/post-quantum, the
 * hashes and the AEAD are OpenSSL's. Tests hold every output byte to
 * `age-encryption`'s own (same randomness in, same stanza out) and decrypt
 * both ways. Why: the big-integer X25519 was half of the server's CPU under
 * load (two scalar multiplications per recipient per file).
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  randomBytes,
  type KeyObject,
} from "node:crypto";
import { ml_kem768 } from "@noble/post-quantum/ml-kem.js";
import { bech32 } from "@scure/base";
import { Stanza, type Identity, type Recipient } from "age-encryption";
import { CryptoError } from "./errors.ts";

export const STANZA_TYPE = "mlkem768x25519";
const PK_M = 1184;
const CT_M = 1088;
const X = 32;
const RECIPIENT_BYTES = PK_M + X;
const ENC_BYTES = CT_M + X;
const XWING_LABEL = Buffer.from("\\.//^\\", "latin1");
const HPKE_INFO = Buffer.from("age-encryption.org/mlkem768x25519");
const HPKE_KEM_ID = 0x647a;

// The DER wrapper that lets OpenSSL take a raw X25519 scalar (RFC 8410).
const PKCS8_X25519 = Buffer.from("302e020100300506032b656e04220420", "hex");

function x25519Private(scalar: Uint8Array): KeyObject {
  return createPrivateKey({
    key: Buffer.concat([PKCS8_X25519, scalar]),
    format: "der",
    type: "pkcs8",
  });
}

function x25519Public(u: Uint8Array): KeyObject {
  if (u.length !== X) throw new RangeError("X25519 public key must be 32 bytes");
  return createPublicKey({
    key: { kty: "OKP", crv: "X25519", x: Buffer.from(u).toString("base64url") },
    format: "jwk",
  });
}

function x25519Raw(pub: KeyObject): Buffer {
  const { x } = pub.export({ format: "jwk" });
  if (typeof x !== "string")
    throw new CryptoError("recipient_invalid", "X25519 public key without x");
  return Buffer.from(x, "base64url");
}

/** X25519(scalar, point); OpenSSL refuses an all-zero result (a low-order point). */
function x25519(priv: KeyObject, pub: KeyObject): Buffer {
  return diffieHellman({ privateKey: priv, publicKey: pub });
}

function xwingCombine(ssM: Uint8Array, ssX: Uint8Array, ctX: Uint8Array, pkX: Uint8Array): Buffer {
  return createHash("sha3-256")
    .update(ssM)
    .update(ssX)
    .update(ctX)
    .update(pkX)
    .update(XWING_LABEL)
    .digest();
}

// ---- HPKE (RFC 9180) base-mode key schedule, single shot --------------------

const SUITE_ID = Buffer.from([
  ...Buffer.from("HPKE"),
  HPKE_KEM_ID >> 8,
  HPKE_KEM_ID & 0xff,
  0x00,
  0x01, // HKDF-SHA256
  0x00,
  0x03, // ChaCha20-Poly1305
]);
const HPKE_V1 = Buffer.from("HPKE-v1");

function labeledExtract(salt: Uint8Array | null, label: string, ikm: Uint8Array): Buffer {
  return createHmac("sha256", salt ?? Buffer.alloc(32))
    .update(HPKE_V1)
    .update(SUITE_ID)
    .update(label)
    .update(ikm)
    .digest();
}

/** HKDF-Expand for outputs of at most one SHA-256 block. */
function labeledExpand(prk: Uint8Array, label: string, info: Uint8Array, length: number): Buffer {
  if (length > 32) throw new RangeError("labeledExpand: at most 32 bytes");
  const len = Buffer.from([length >> 8, length & 0xff]);
  return createHmac("sha256", prk)
    .update(len)
    .update(HPKE_V1)
    .update(SUITE_ID)
    .update(label)
    .update(info)
    .update(Buffer.from([1]))
    .digest()
    .subarray(0, length);
}

// The context of mode_base with this fixed info is a constant.
const KS_CONTEXT = Buffer.concat([
  Buffer.from([0x00]),
  labeledExtract(null, "psk_id_hash", new Uint8Array(0)),
  labeledExtract(null, "info_hash", HPKE_INFO),
]);

function hpkeKeyNonce(sharedSecret: Uint8Array): { key: Buffer; nonce: Buffer } {
  const secret = labeledExtract(sharedSecret, "secret", new Uint8Array(0));
  return {
    key: labeledExpand(secret, "key", KS_CONTEXT, 32),
    nonce: labeledExpand(secret, "base_nonce", KS_CONTEXT, 12),
  };
}

function seal(sharedSecret: Uint8Array, fileKey: Uint8Array): Buffer {
  const { key, nonce } = hpkeKeyNonce(sharedSecret);
  const c = createCipheriv("chacha20-poly1305", key, nonce, { authTagLength: 16 });
  return Buffer.concat([c.update(fileKey), c.final(), c.getAuthTag()]);
}

function open(sharedSecret: Uint8Array, body: Uint8Array): Buffer | null {
  if (body.length !== 32) return null;
  const { key, nonce } = hpkeKeyNonce(sharedSecret);
  const d = createDecipheriv("chacha20-poly1305", key, nonce, { authTagLength: 16 });
  d.setAuthTag(body.subarray(16));
  try {
    return Buffer.concat([d.update(body.subarray(0, 16)), d.final()]);
  } catch {
    return null;
  }
}

// ---- recipients -------------------------------------------------------------

/** Bech32 (no length limit) to its prefix and bytes. @throws CryptoError(`code`) */
function bech32Bytes(
  s: string,
  code: "recipient_invalid" | "identity_invalid",
  message: string,
): { prefix: string; bytes: Uint8Array } {
  try {
    const { prefix, words } = bech32.decode(s as `${string}1${string}`, false);
    return { prefix, bytes: bech32.fromWords(words) };
  } catch (cause) {
    throw new CryptoError(code, message, { cause });
  }
}

interface ParsedRecipient {
  readonly pkM: Uint8Array;
  readonly pkX: Uint8Array;
  readonly pubX: KeyObject;
}

const CACHE_MAX = 1024;
const parsed = new Map<string, ParsedRecipient>();

function parseHybridRecipient(s: string): ParsedRecipient {
  const hit = parsed.get(s);
  if (hit !== undefined) return hit;
  if (!s.startsWith("age1pq1")) throw new CryptoError("recipient_invalid", "invalid recipient");
  const { prefix, bytes } = bech32Bytes(s, "recipient_invalid", "invalid recipient");
  if (prefix.toLowerCase() !== "age1pq" || bytes.length !== RECIPIENT_BYTES) {
    throw new CryptoError("recipient_invalid", "invalid recipient");
  }
  const pkM = bytes.slice(0, PK_M);
  const pkX = bytes.slice(PK_M);
  const p = { pkM, pkX, pubX: x25519Public(pkX) };
  if (parsed.size >= CACHE_MAX) parsed.delete(parsed.keys().next().value as string);
  parsed.set(s, p);
  return p;
}

/** A fresh X25519 key pair: the private key and the raw public key. */
function ephemeral(scalar?: Uint8Array): { priv: KeyObject; pub: Buffer } {
  // generateKeyPairSync is ~10x faster than importing a scalar through DER.
  const priv =
    scalar === undefined ? generateKeyPairSync("x25519").privateKey : x25519Private(scalar);
  return { priv, pub: x25519Raw(createPublicKey(priv)) };
}

/**
 * X-Wing encapsulation to an `age1pq1…` recipient. `rand` (64 bytes: the
 * ML-KEM message, then the ephemeral X25519 scalar) is for tests; without it
 * both are fresh and random.
 */
export function encapsulate(
  recipient: string,
  rand?: Uint8Array,
): { enc: Buffer; sharedSecret: Buffer } {
  if (rand !== undefined && rand.length !== 64) {
    throw new RangeError("encapsulate: rand must be 64 bytes");
  }
  const r = parseHybridRecipient(recipient);
  const m = ml_kem768.encapsulate(r.pkM, rand?.subarray(0, 32) ?? randomBytes(32));
  const eph = ephemeral(rand?.subarray(32));
  const ssX = x25519(eph.priv, r.pubX);
  const sharedSecret = xwingCombine(m.sharedSecret, ssX, eph.pub, r.pkX);
  const enc = Buffer.concat([m.cipherText, eph.pub]);
  m.sharedSecret.fill(0);
  ssX.fill(0);
  return { enc, sharedSecret };
}

/** An age recipient (`age1pq1…`) for `Encrypter.addRecipient`. */
export class HybridRecipient implements Recipient {
  readonly #recipient: string;

  /** @throws CryptoError("recipient_invalid") */
  constructor(recipient: string) {
    parseHybridRecipient(recipient);
    this.#recipient = recipient;
  }

  wrapFileKey(fileKey: Uint8Array): Stanza[] {
    const { enc, sharedSecret } = encapsulate(this.#recipient);
    const body = seal(sharedSecret, fileKey);
    sharedSecret.fill(0);
    return [new Stanza([STANZA_TYPE, enc.toString("base64").replace(/=+$/, "")], body)];
  }
}

// ---- identities -------------------------------------------------------------

interface ExpandedIdentity {
  readonly skM: Uint8Array;
  readonly pkM: Uint8Array;
  readonly privX: KeyObject;
  readonly pkX: Buffer;
}

function decodeIdentity(identity: string): Uint8Array {
  if (!identity.startsWith("AGE-SECRET-KEY-PQ-1"))
    throw new CryptoError("identity_invalid", "invalid identity");
  const { prefix, bytes: seed } = bech32Bytes(identity, "identity_invalid", "invalid identity");
  if (prefix.toUpperCase() !== "AGE-SECRET-KEY-PQ-" || seed.length !== 32) {
    throw new CryptoError("identity_invalid", "invalid identity");
  }
  return seed;
}

function expandSeed(seed: Uint8Array): ExpandedIdentity {
  const expanded = createHash("shake256", { outputLength: 96 }).update(seed).digest();
  const { publicKey: pkM, secretKey: skM } = ml_kem768.keygen(expanded.subarray(0, 64));
  const privX = x25519Private(expanded.subarray(64));
  const pkX = x25519Raw(createPublicKey(privX));
  expanded.fill(0);
  return { skM, pkM, privX, pkX };
}

/** The `age1pq1…` recipient of an `AGE-SECRET-KEY-PQ-1…` identity. @throws CryptoError("identity_invalid") */
export function hybridIdentityToRecipient(identity: string): string {
  const { pkM, pkX, skM } = expandSeed(decodeIdentity(identity));
  skM.fill(0);
  const bytes = new Uint8Array(RECIPIENT_BYTES);
  bytes.set(pkM, 0);
  bytes.set(pkX, PK_M);
  return bech32.encode("age1pq", bech32.toWords(bytes), false);
}

/** An age identity (`AGE-SECRET-KEY-PQ-1…`) for `Decrypter.addIdentity`. */
export class HybridIdentity implements Identity {
  readonly #seed: Uint8Array;
  #expanded: ExpandedIdentity | null = null;

  /** @throws CryptoError("identity_invalid") */
  constructor(identity: string) {
    this.#seed = decodeIdentity(identity);
  }

  unwrapFileKey(stanzas: Stanza[]): Uint8Array | null {
    for (const s of stanzas) {
      if (s.args[0] !== STANZA_TYPE) continue;
      if (s.args.length !== 2)
        throw new CryptoError("header_malformed", "invalid mlkem768x25519 stanza");
      const arg = s.args[1] ?? "";
      if (!/^[A-Za-z0-9+/]*$/.test(arg))
        throw new CryptoError("header_malformed", "invalid mlkem768x25519 stanza");
      const enc = Buffer.from(arg, "base64");
      if (enc.length !== ENC_BYTES || enc.toString("base64").replace(/=+$/, "") !== arg) {
        throw new CryptoError("header_malformed", "invalid mlkem768x25519 stanza");
      }
      if (s.body.length !== 32)
        throw new CryptoError("header_malformed", "invalid mlkem768x25519 stanza");
      const k = (this.#expanded ??= expandSeed(this.#seed));
      const ctX = enc.subarray(CT_M);
      const ssM = ml_kem768.decapsulate(enc.subarray(0, CT_M), k.skM);
      const ssX = x25519(k.privX, x25519Public(ctX));
      const sharedSecret = xwingCombine(ssM, ssX, ctX, k.pkX);
      ssM.fill(0);
      ssX.fill(0);
      const fileKey = open(sharedSecret, s.body);
      sharedSecret.fill(0);
      if (fileKey !== null) return fileKey;
    }
    return null;
  }
}

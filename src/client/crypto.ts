/**
 * The recipient's cryptography, in the browser (and in Node 20 for tests):
 * nothing here touches the DOM, storage or the network.
 *
 * Key derivation (DESIGN §3, api-types.ts): passphrase → Argon2id → master
 * key → HKDF-SHA-256 (empty salt) → auth key (sent) and wrap key (never
 * leaves this tab). The wrap key is a non-extractable AES-256-GCM CryptoKey
 * that seals the age identity.
 */
import { argon2id } from "hash-wasm";
import {
  Decrypter,
  Encrypter,
  generateHybridIdentity,
  generateX25519Identity,
  identityToRecipient,
} from "age-encryption";
import {
  AUTH_INFO,
  IDENTITY_AAD,
  MIN_KDF,
  WRAP_INFO,
  type KdfParams,
  type KeyKind,
} from "../protocol/api.ts";
import { fromBase64url, toBase64url } from "./base64url.ts";
import { verifyPayload } from "./payload-digest.ts";

export { PayloadMismatchError } from "./payload-digest.ts";
export {
  passphraseStrength,
  MIN_ACCEPTED_SCORE,
  type Strength,
  type StrengthReason,
} from "./passphrase-strength.ts";

/** The AES-GCM key type, named once so the module also compiles without DOM types. */
export type WrapKey = Awaited<ReturnType<SubtleCrypto["importKey"]>>;

export interface DerivedKeys {
  /** base64url of the 32-byte auth key, for EnrolRequest/LoginRequest. */
  readonly auth: string;
  readonly wrapKey: WrapKey;
}

/**
 * Bounds on the server's Argon2id parameters. The server is not trusted to
 * be reasonable: a huge `m` would exhaust the tab, and a tiny one would make
 * the auth key cheap to brute-force. The floor is Argon2's own minimum
 * (RFC 9106 §3.1: m ≥ 8·p); the policy floor belongs to the server.
 */
export const KDF_LIMITS = { maxM: 2 * 1024 * 1024, maxT: 64, maxP: 16 } as const;

const SALT_BYTES = 16;
const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const utf8 = new TextEncoder();

/**
 * Runs Argon2id then HKDF. Same passphrase and parameters give the same keys
 * on every device: the passphrase is NFC-normalised first, so "é" typed as one
 * or two code points is the same passphrase.
 * @throws TypeError for a non-string passphrase; RangeError for parameters out of bounds.
 */
export async function deriveKeys(
  passphrase: string,
  kdf: KdfParams,
  floor: { readonly m: number; readonly t: number } = MIN_KDF,
): Promise<DerivedKeys> {
  if (typeof passphrase !== "string")
    throw new TypeError("deriveKeys: passphrase must be a string");
  const salt = checkKdf(kdf, floor);
  const raw = await argon2id({
    password: passphrase.normalize("NFC"),
    salt,
    memorySize: kdf.m,
    iterations: kdf.t,
    parallelism: kdf.p,
    hashLength: KEY_BYTES,
    outputType: "binary",
  });
  // A copy typed over a plain ArrayBuffer, as WebCrypto's signature wants.
  const master = new Uint8Array(raw);
  try {
    const ikm = await subtle().importKey("raw", master, "HKDF", false, ["deriveBits", "deriveKey"]);
    const hkdf = (info: string) => ({
      name: "HKDF",
      hash: "SHA-256",
      salt: new Uint8Array(0),
      info: utf8.encode(info),
    });
    const auth = new Uint8Array(await subtle().deriveBits(hkdf(AUTH_INFO), ikm, KEY_BYTES * 8));
    const wrapKey = await subtle().deriveKey(
      hkdf(WRAP_INFO),
      ikm,
      { name: "AES-GCM", length: KEY_BYTES * 8 },
      false,
      ["encrypt", "decrypt"],
    );
    return { auth: toBase64url(auth), wrapKey };
  } finally {
    // Best effort: the master key's bytes do not outlive this call.
    raw.fill(0);
    master.fill(0);
  }
}

/** `floor` is MIN_KDF in the app; tests pass a lower one to stay fast. */
function checkKdf(
  params: KdfParams,
  floor: { readonly m: number; readonly t: number },
): Uint8Array {
  // The parameters arrive as JSON from the server: check them as unknowns.
  const kdf: unknown = params;
  if (!isRecord(kdf)) throw new TypeError("deriveKeys: kdf must be an object");
  if (kdf.alg !== "argon2id") throw new RangeError("deriveKeys: kdf.alg must be argon2id");
  const int = (v: unknown, name: string, min: number, max: number): void => {
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < min || v > max) {
      throw new RangeError(`deriveKeys: kdf.${name} must be an integer in [${min}, ${max}]`);
    }
  };
  int(kdf.p, "p", 1, KDF_LIMITS.maxP);
  int(kdf.t, "t", floor.t, KDF_LIMITS.maxT);
  int(kdf.m, "m", Math.max(8 * params.p, floor.m), KDF_LIMITS.maxM);
  if (typeof kdf.salt !== "string") throw new TypeError("deriveKeys: kdf.salt must be a string");
  const salt = fromBase64url(kdf.salt);
  if (salt.length !== SALT_BYTES)
    throw new RangeError(`deriveKeys: kdf.salt must be ${SALT_BYTES} bytes`);
  return salt;
}

/**
 * Seals an age identity: base64url(nonce ‖ AES-256-GCM(identity, AAD "postern/v1/identity")).
 * The AAD binds the ciphertext to its purpose, so a wrap key could never be
 * tricked into opening some other value as an identity.
 */
export async function wrapIdentity(wrapKey: WrapKey, identity: string): Promise<string> {
  if (!isIdentity(identity)) throw new TypeError("wrapIdentity: not an age identity");
  const nonce = globalThis.crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const sealed = new Uint8Array(
    await subtle().encrypt(
      { name: "AES-GCM", iv: nonce, additionalData: utf8.encode(IDENTITY_AAD) },
      wrapKey,
      utf8.encode(identity),
    ),
  );
  const out = new Uint8Array(NONCE_BYTES + sealed.length);
  out.set(nonce);
  out.set(sealed, NONCE_BYTES);
  return toBase64url(out);
}

/** Raised when a wrapped identity does not open: wrong key, or altered or malformed data. */
export class UnwrapError extends Error {
  override readonly name = "UnwrapError";
}

/**
 * Opens a wrapped identity.
 * @throws UnwrapError if it is malformed, altered, sealed under another key, or not an identity.
 */
export async function unwrapIdentity(wrapKey: WrapKey, wrapped: string): Promise<string> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = fromBase64url(wrapped);
  } catch (cause) {
    throw new UnwrapError("wrapped identity is not base64url", { cause });
  }
  // An identity is at least "AGE-SECRET-KEY-1" plus its key: far more than one byte.
  if (bytes.length <= NONCE_BYTES + TAG_BYTES) throw new UnwrapError("wrapped identity too short");
  let plain: ArrayBuffer;
  try {
    plain = await subtle().decrypt(
      {
        name: "AES-GCM",
        iv: bytes.subarray(0, NONCE_BYTES),
        additionalData: utf8.encode(IDENTITY_AAD),
      },
      wrapKey,
      bytes.subarray(NONCE_BYTES),
    );
  } catch (cause) {
    throw new UnwrapError("wrapped identity does not open with this key", { cause });
  }
  let identity: string;
  try {
    identity = new TextDecoder("utf-8", { fatal: true }).decode(plain);
  } catch (cause) {
    throw new UnwrapError("wrapped identity is not UTF-8", { cause });
  }
  if (!isIdentity(identity)) throw new UnwrapError("wrapped value is not an age identity");
  return identity;
}

function isIdentity(s: unknown): s is string {
  return typeof s === "string" && /^AGE-SECRET-KEY-(PQ-)?1[0-9A-Z]+$/.test(s);
}

/** Makes a fresh age identity of the channel's kind, in this tab. */
export async function newIdentity(kind: KeyKind): Promise<{ identity: string; recipient: string }> {
  // The kind comes from the server's invite answer: checked, not trusted.
  const k: unknown = kind;
  if (k !== "pq" && k !== "classic")
    throw new RangeError('newIdentity: kind must be "pq" or "classic"');
  const identity = kind === "pq" ? await generateHybridIdentity() : await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

/** The public recipient of an identity, to check it against the one the server holds. */
export async function recipientOf(identity: string): Promise<string> {
  return identityToRecipient(identity);
}

/**
 * Encrypts a reply to every entry of `replyTo` (the channel's recipients and
 * the source's reply key) as one age file.
 * @throws TypeError if `replyTo` is empty or holds a non-string; age's error for a bad recipient.
 */
export async function encryptReply(text: string, replyTo: readonly string[]): Promise<Uint8Array> {
  if (typeof text !== "string") throw new TypeError("encryptReply: text must be a string");
  if (!isStringList(replyTo) || replyTo.length === 0) {
    throw new TypeError("encryptReply: replyTo must be a non-empty list of age recipients");
  }
  const e = new Encrypter();
  for (const r of replyTo) e.addRecipient(r);
  return e.encrypt(utf8.encode(text));
}

function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === "object" && v !== null;
}

function isStringList(v: unknown): v is readonly string[] {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}

/**
 * Decrypts a small age file (a manifest, a reply) to text.
 * @throws if the identity does not match, the file is altered, or the text is not UTF-8.
 */
export async function decryptToText(identity: string, file: Uint8Array): Promise<string> {
  const plain = await decrypter(identity).decrypt(file);
  return new TextDecoder("utf-8", { fatal: true }).decode(plain);
}

/**
 * Decrypts an age file as it arrives. The header is checked before this
 * resolves; each 64 KiB chunk is authenticated before it is emitted, and a
 * truncated or altered file makes the stream error (so a caller that writes
 * chunks out must discard what it wrote).
 *
 * `payloadSha256` is the digest the submission's manifest gives for this file
 * (payload-digest.ts), or null for an older submission that has none. With a
 * digest, a file that is not the one listed (another age file for the same
 * key, put in its place) makes the stream error with PayloadMismatchError
 * before it ends.
 * @throws TypeError for a malformed identity or digest.
 */
export async function decryptStream(
  identity: string,
  file: ReadableStream<Uint8Array>,
  payloadSha256: string | null,
): Promise<ReadableStream<Uint8Array> & { size(ciphertextSize: number): number }> {
  const d = decrypter(identity);
  return d.decrypt(payloadSha256 === null ? file : file.pipeThrough(verifyPayload(payloadSha256)));
}

function decrypter(identity: string): Decrypter {
  if (!isIdentity(identity)) throw new TypeError("not an age identity");
  const d = new Decrypter();
  d.addIdentity(identity);
  return d;
}

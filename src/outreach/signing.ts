/**
 * The organization's outreach signing key (DESIGN §7): an ed25519 key (RFC
 * 8032) that signs the kit's statement, so anyone holding the public key can
 * check that a copy of the kit names the real onion address and recipients.
 * It signs public statements only; it opens nothing.
 *
 *   DIR/outreach-signing-key.pem   PKCS#8 PEM, mode 0600
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { OutreachError } from "./errors.ts";

export const SIGNING_KEY_FILE = "outreach-signing-key.pem";

/** RFC 8032 §5.1.5: public keys are 32 bytes, signatures 64. */
export const PUBLIC_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;

export interface SigningKey {
  readonly privateKey: KeyObject;
  /** The raw 32-byte public key. */
  readonly publicKey: Buffer;
}

export function signingKeyPath(dataDir: string): string {
  return join(dataDir, SIGNING_KEY_FILE);
}

/**
 * Creates the instance's signing key. `postern init` calls this.
 * @throws OutreachError when a key exists already (a key is never replaced:
 *   kits and statements published with it would stop verifying).
 */
export async function createSigningKey(dataDir: string): Promise<Buffer> {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const pem = privateKey.export({ format: "pem", type: "pkcs8" });
  try {
    await writeFile(signingKeyPath(dataDir), pem, { mode: 0o600, flag: "wx" });
  } catch (e) {
    if ((e as { code?: string }).code === "EEXIST")
      throw new OutreachError(
        `${signingKeyPath(dataDir)} already exists; refusing to replace the outreach signing key`,
      );
    throw e;
  }
  return rawPublicKey(publicKey);
}

/**
 * Loads the signing key, creating it first on instances made before it existed.
 * @throws OutreachError when the file is not an ed25519 private key.
 */
export async function ensureSigningKey(
  dataDir: string,
): Promise<SigningKey & { readonly created: boolean }> {
  let created = false;
  try {
    await createSigningKey(dataDir);
    created = true;
  } catch (e) {
    if (!(e instanceof OutreachError)) throw e;
    // It exists: load it below.
  }
  return { ...(await loadSigningKey(dataDir)), created };
}

/** @throws OutreachError when the key file is missing or not an ed25519 private key. */
export async function loadSigningKey(dataDir: string): Promise<SigningKey> {
  const file = signingKeyPath(dataDir);
  let pem: string;
  try {
    pem = await readFile(file, "utf8");
  } catch {
    throw new OutreachError(`no outreach signing key at ${file}`);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pem, format: "pem" });
  } catch {
    throw new OutreachError(`${file} is not a PEM private key`);
  }
  if (privateKey.asymmetricKeyType !== "ed25519")
    throw new OutreachError(`${file} is not an ed25519 key`);
  return { privateKey, publicKey: rawPublicKey(createPublicKey(privateKey)) };
}

function rawPublicKey(k: KeyObject): Buffer {
  const jwk = k.export({ format: "jwk" });
  if (typeof jwk.x !== "string") throw new Error("ed25519 public key without x");
  return Buffer.from(jwk.x, "base64url");
}

/**
 * The key's fingerprint for people to compare: SHA-256 of the raw public key,
 * as 16 groups of 4 upper-case hex digits ("3F2A 9C01 …").
 * @throws RangeError when the key is not 32 bytes.
 */
export function keyFingerprint(publicKey: Uint8Array): string {
  if (publicKey.length !== PUBLIC_KEY_BYTES)
    throw new RangeError(`keyFingerprint: publicKey must be ${PUBLIC_KEY_BYTES} bytes`);
  const hex = createHash("sha256").update(publicKey).digest("hex").toUpperCase();
  return hex.replace(/(.{4})(?!$)/g, "$1 ");
}

/** Signs `data` (the exact bytes) with ed25519 (RFC 8032 §5.1.6: no pre-hash). */
export function signBytes(key: SigningKey, data: Uint8Array): Buffer {
  return sign(null, data, key.privateKey);
}

/**
 * Checks an ed25519 signature over `data`.
 * @throws RangeError when the key or signature has the wrong length.
 */
export function verifyBytes(
  publicKey: Uint8Array,
  data: Uint8Array,
  signature: Uint8Array,
): boolean {
  if (publicKey.length !== PUBLIC_KEY_BYTES)
    throw new RangeError(`verifyBytes: publicKey must be ${PUBLIC_KEY_BYTES} bytes`);
  if (signature.length !== SIGNATURE_BYTES)
    throw new RangeError(`verifyBytes: signature must be ${SIGNATURE_BYTES} bytes`);
  const key = createPublicKey({
    key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(publicKey).toString("base64url") },
    format: "jwk",
  });
  return verify(null, data, key, signature);
}

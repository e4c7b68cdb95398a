/**
 * The organization's outreach signing key (DESIGN §7): an ed25519 key (RFC
 * 8032) that signs the kit's statement, so anyone holding the public key can
 * check that a copy of the kit names the real onion address and recipients.
 * It signs public statements only; it opens nothing.
 *
 * The private key is made and kept on another machine, offline: a server
 * that held it would let whoever takes the server sign a statement naming
 * their own (phishing) onion address. The server holds the public key only,
 * to print its fingerprint on the guide pages and in the kit.
 *
 *   KEY_FILE (offline)             PKCS#8 PEM, mode 0600 (`outreach key --new`)
 *   DIR/outreach-signing-key.pub   the raw public key in base64, one line (`outreach key --set`)
 *   DIR/outreach-signing-key.pem   legacy: the private key, which `postern init` made
 *                                  before offline signing; it still signs while no
 *                                  .pub is installed, with a warning
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
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PosternError } from "../protocol/errors.ts";
import { readBounded, replaceFile } from "./file-io.ts";

/** The legacy private key in the data folder. */
export const SIGNING_KEY_FILE = "outreach-signing-key.pem";
/** The public key in the data folder. */
export const PUBLIC_KEY_FILE = "outreach-signing-key.pub";

/** RFC 8032 §5.1.5: public keys are 32 bytes, signatures 64. */
export const PUBLIC_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;

/** An ed25519 PKCS#8 PEM is 119 bytes; anything near this cap is not one. */
const MAX_KEY_FILE_BYTES = 4096;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface SigningKey {
  readonly privateKey: KeyObject;
  /** The raw 32-byte public key. */
  readonly publicKey: Buffer;
}

/** The legacy private key's path in a data folder. */
export function signingKeyPath(dataDir: string): string {
  return join(dataDir, SIGNING_KEY_FILE);
}

export function publicKeyPath(dataDir: string): string {
  return join(dataDir, PUBLIC_KEY_FILE);
}

/** A new signing key, in memory. */
export function generateSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return { privateKey, publicKey: rawPublicKey(publicKey) };
}

/**
 * Makes a new signing key in `file` (mode 0600), on the offline machine.
 * @throws PosternError when the file exists (a key is never replaced: kits
 *   and statements published with it would stop verifying) or cannot be made.
 */
export async function createKeyFile(file: string): Promise<SigningKey> {
  const key = generateSigningKey();
  const pem = key.privateKey.export({ format: "pem", type: "pkcs8" });
  try {
    await writeFile(file, pem, { mode: 0o600, flag: "wx" });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "EEXIST")
      throw new PosternError(
        "signing_key_exists",
        `${file} already exists; refusing to overwrite a signing key`,
      );
    throw new PosternError(
      "file_unwritable",
      `cannot create the key file ${file} (${code ?? "error"})`,
    );
  }
  return key;
}

/** @throws PosternError when the file is missing or not an ed25519 private key in PEM. */
export async function loadKeyFile(file: string): Promise<SigningKey> {
  const pem = (await readBounded(file, MAX_KEY_FILE_BYTES, "signing key")).toString("utf8");
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pem, format: "pem" });
  } catch {
    throw new PosternError("signing_key_invalid", `${file} is not a PEM private key`);
  }
  if (privateKey.asymmetricKeyType !== "ed25519")
    throw new PosternError("signing_key_invalid", `${file} is not an ed25519 key`);
  return { privateKey, publicKey: rawPublicKey(createPublicKey(privateKey)) };
}

function rawPublicKey(k: KeyObject): Buffer {
  const jwk = k.export({ format: "jwk" });
  if (typeof jwk.x !== "string") throw new Error("ed25519 public key without x");
  return Buffer.from(jwk.x, "base64url");
}

/**
 * Strict base64: canonical length, alphabet and padding; never repaired.
 * @throws PosternError `code`, saying `what` is malformed.
 */
export function strictBase64(
  text: string,
  what: string,
  code: "signing_key_invalid" | "statement_invalid",
): Buffer {
  const t = text.trim();
  if (t === "" || t.length % 4 !== 0 || !BASE64.test(t))
    throw new PosternError(code, `malformed ${what}: not base64`);
  return Buffer.from(t, "base64");
}

/**
 * Decodes a base64 raw ed25519 public key (as `postern outreach key` prints it).
 * @throws PosternError when it is not base64 or not 32 bytes.
 */
export function parsePublicKey(text: string): Buffer {
  const key = strictBase64(text, "public key", "signing_key_invalid");
  if (key.length !== PUBLIC_KEY_BYTES)
    throw new PosternError(
      "signing_key_invalid",
      `wrong public key length: an ed25519 public key is ${PUBLIC_KEY_BYTES} bytes, this one is ${key.length}`,
    );
  return key;
}

/** What the data folder says about the outreach key. */
export interface InstalledKey {
  /** The instance's public key: the installed .pub, else the legacy .pem's. */
  readonly publicKey: Buffer;
  /** The legacy private key when it is the instance's key (no .pub installed). */
  readonly serverKey: SigningKey | null;
  /** A private key file still in the data folder, used or not: it must go. */
  readonly privateKeyFile: string | null;
}

/**
 * The instance's outreach key, or null when it has none. An installed public
 * key wins: from then on the legacy .pem, if still there, is never used.
 * @throws PosternError when a key file is malformed.
 */
export async function installedKey(dataDir: string): Promise<InstalledKey | null> {
  const pem = signingKeyPath(dataDir);
  const privateKeyFile = existsSync(pem) ? pem : null;
  const pub = publicKeyPath(dataDir);
  if (existsSync(pub))
    return { publicKey: await readPublicKeyFile(pub), serverKey: null, privateKeyFile };
  if (privateKeyFile === null) return null;
  const serverKey = await loadKeyFile(privateKeyFile);
  return { publicKey: serverKey.publicKey, serverKey, privateKeyFile };
}

async function readPublicKeyFile(file: string): Promise<Buffer> {
  const text = (await readBounded(file, MAX_KEY_FILE_BYTES, "public key")).toString("utf8");
  const m = /^([^\n]*)\n$/.exec(text);
  if (m === null)
    throw new PosternError(
      "signing_key_invalid",
      `${file} must hold one line, the base64 public key (install it with: postern outreach key --data DIR --set PUBLIC_KEY)`,
    );
  try {
    return parsePublicKey(m[1] ?? "");
  } catch (e) {
    throw new PosternError("signing_key_invalid", `${file}: ${(e as Error).message}`);
  }
}

/**
 * Installs the instance's public key (DIR/outreach-signing-key.pub).
 * @returns whether that key was installed already, and the key it replaced.
 * @throws PosternError when another key is installed and `replace` is not
 *   set: kits built with it name its fingerprint, and would stop matching.
 */
export async function installPublicKey(
  dataDir: string,
  publicKey: Uint8Array,
  opts: { replace?: boolean } = {},
): Promise<{ readonly unchanged: boolean; readonly replaced: Buffer | null }> {
  if (publicKey.length !== PUBLIC_KEY_BYTES)
    throw new RangeError(`installPublicKey: publicKey must be ${PUBLIC_KEY_BYTES} bytes`);
  const file = publicKeyPath(dataDir);
  const current = existsSync(file) ? await readPublicKeyFile(file).catch(() => null) : null;
  const next = Buffer.from(publicKey);
  if (current !== null && current.equals(next)) return { unchanged: true, replaced: null };
  if (existsSync(file) && opts.replace !== true)
    throw new PosternError(
      "usage",
      `another outreach public key is installed (${current === null ? "unreadable" : `fingerprint ${keyFingerprint(current)}`}); kits built with it name its fingerprint: add --replace to install this one`,
    );
  await replaceFile(file, `${next.toString("base64")}\n`, 0o600);
  return { unchanged: false, replaced: current };
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

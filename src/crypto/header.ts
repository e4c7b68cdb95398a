/**
 * The public-key half of an age file, as pure functions of their inputs: make
 * a header (and learn its file key), open one with identities, and derive an
 * identity's recipient. No I/O and no shared state, so they run the same on
 * the main thread or in a crypto worker (runtime/crypto-pool.ts), which is where the server
 * calls them: ML-KEM in JavaScript costs about a millisecond a recipient.
 */
import { Decrypter, Encrypter, identityToRecipient } from "age-encryption";
import { CryptoError } from "./errors.ts";
import { frameHeader } from "./format.ts";
import { HybridIdentity, HybridRecipient, hybridIdentityToRecipient } from "./hybrid.ts";
import { assertSingleKind, identityKind } from "./recipients.ts";

export interface MadeHeader {
  readonly header: Buffer;
  readonly fileKey: Uint8Array;
}

/**
 * Makes an age header for `recipients` with `age-encryption`, and learns the
 * file key it chose by adding one extra recipient that only records the key
 * and contributes no stanza.
 */
export async function makeHeader(recipients: readonly string[]): Promise<MadeHeader> {
  if (recipients.length === 0) throw new CryptoError("recipient_invalid", "no recipients");
  const kind = assertSingleKind(recipients);
  const e = new Encrypter();
  for (const r of recipients) e.addRecipient(kind === "pq" ? hybridRecipient(r) : r);
  const captured: { fileKey?: Uint8Array } = {};
  e.addRecipient({
    wrapFileKey(key: Uint8Array) {
      captured.fileKey = key.slice();
      return [];
    },
  });
  // An empty file is header ‖ nonce(16) ‖ one sealed empty chunk(16).
  const empty = await e.encrypt(new Uint8Array(0));
  const header = Buffer.from(empty.subarray(0, empty.length - 32));
  const frame = frameHeader(header);
  const { fileKey } = captured;
  if (fileKey === undefined || frame?.bytes.length !== header.length) {
    throw new Error("age-encryption produced an unexpected header");
  }
  return { header, fileKey };
}

function hybridRecipient(r: string): HybridRecipient {
  try {
    return new HybridRecipient(r);
  } catch (cause) {
    throw new CryptoError("recipient_invalid", "invalid age recipient", { cause });
  }
}

export async function unwrapHeader(
  header: Buffer,
  identities: readonly string[],
): Promise<Uint8Array> {
  const d = new Decrypter();
  for (const id of identities)
    d.addIdentity(identityKind(id) === "pq" ? new HybridIdentity(id) : id);
  try {
    return await d.decryptHeader(header);
  } catch (cause) {
    // Our own stanza parser (hybrid.ts) says what it found.
    if (cause instanceof CryptoError) throw cause;
    const msg = cause instanceof Error ? cause.message : "";
    if (/no identity matched/i.test(msg)) {
      throw new CryptoError("no_matching_identity", "no identity matches this file", { cause });
    }
    if (/hmac|mac/i.test(msg)) {
      throw new CryptoError("header_mac_mismatch", "age header MAC does not verify", { cause });
    }
    throw new CryptoError("header_malformed", "age header rejected", { cause });
  }
}

/** @throws CryptoError("identity_invalid") */
export async function recipientOf(identity: string): Promise<string> {
  try {
    return identityKind(identity) === "pq"
      ? hybridIdentityToRecipient(identity)
      : await identityToRecipient(identity);
  } catch (cause) {
    throw new CryptoError("identity_invalid", "invalid age identity", { cause });
  }
}

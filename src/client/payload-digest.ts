/**
 * Checks, while a file streams in, that its age payload is the one its
 * manifest names: SHA-256 over every byte after the age header, in lower-case
 * hex (the server's src/crypto/payload-digest.ts says why the header is left
 * out). Incremental with @noble/hashes, which age-encryption already brings
 * into the bundle; WebCrypto's digest() cannot hash a stream.
 *
 * Where the header ends, from the age spec (c2sp.org/age, §"Header" and
 * §"Payload"): each header line is known by its first three characters, the
 * header ends with the MAC line `"--- " 43base64char LF`, and "the binary
 * payload ... starts immediately after the header". Stanza bodies are base64
 * and argument lines start with "->", so the first line that starts with
 * "---" is the MAC line. age-encryption parses the same header on its own
 * and refuses any file where that line is malformed.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";

/** The file is a valid age file for this key, but not the one its manifest names. */
export class PayloadMismatchError extends Error {
  override readonly name = "PayloadMismatchError";
}

/** As the server's reader (src/crypto/format.ts): a larger header is refused. */
const MAX_HEADER_BYTES = 128 * 1024;
/** "--- " + 43 base64 characters of MAC + LF. */
const MAC_LINE_BYTES = 4 + 43 + 1;
const MAC_MARK = new TextEncoder().encode("--- ");
const LF = 0x0a;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * A pass-through for an age file's ciphertext that errors, instead of
 * closing, when the payload's digest is not `expected`. Put it before the
 * decrypter: age-encryption releases the last plaintext chunk only when its
 * input closes, so on a mismatch the plaintext stream errors before it ends.
 * @throws TypeError if `expected` is not 64 lower-case hex digits.
 */
export function verifyPayload(expected: string): TransformStream<Uint8Array, Uint8Array> {
  if (typeof expected !== "string" || !SHA256_HEX.test(expected)) {
    throw new TypeError("verifyPayload: expected must be 64 lower-case hex digits");
  }
  const hash = sha256.create();
  const head = new HeaderFinder();
  let inPayload = false;
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      if (inPayload) {
        hash.update(chunk);
      } else {
        const rest = head.push(chunk);
        if (rest !== null) {
          hash.update(rest);
          inPayload = true;
        }
      }
      controller.enqueue(chunk);
    },
    flush() {
      if (!inPayload) throw new Error("age header incomplete");
      if (bytesToHex(hash.digest()) !== expected) {
        throw new PayloadMismatchError("this file is not the one its submission lists");
      }
    },
  });
}

/**
 * Collects the header's bytes until its MAC line is complete. Linear in the
 * header's size however the bytes are split (a server could send them one
 * at a time): the buffer grows by doubling, and each byte is scanned once.
 */
class HeaderFinder {
  #buf = new Uint8Array(4096);
  #len = 0;
  /** Where to look for the next line feed. */
  #scan = 0;
  /** Where the MAC line starts, once seen. */
  #mac = -1;

  /** @returns the payload bytes in `chunk` once the header is complete, else null. */
  push(chunk: Uint8Array): Uint8Array | null {
    const len = this.#len + chunk.length;
    if (len > this.#buf.length) {
      const grown = new Uint8Array(Math.max(2 * this.#buf.length, len));
      grown.set(this.#buf.subarray(0, this.#len));
      this.#buf = grown;
    }
    this.#buf.set(chunk, this.#len);
    this.#len = len;
    const bytes = this.#buf.subarray(0, len);
    while (this.#mac === -1) {
      const nl = bytes.indexOf(LF, this.#scan);
      // "--- " after this line feed may not have arrived yet: look again then.
      if (nl === -1 || nl + MAC_MARK.length >= len) break;
      this.#scan = nl + 1;
      if (MAC_MARK.every((c, k) => bytes[nl + 1 + k] === c)) this.#mac = nl + 1;
    }
    if (this.#mac === -1 || len < this.#mac + MAC_LINE_BYTES) {
      if (len > MAX_HEADER_BYTES) throw new Error("age header too large");
      return null;
    }
    const end = this.#mac + MAC_LINE_BYTES;
    if (bytes[end - 1] !== LF) throw new Error("malformed age header MAC line");
    // The payload bytes of this chunk are its last len - end bytes.
    return chunk.subarray(chunk.length - (len - end));
  }
}

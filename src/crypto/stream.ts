/**
 * age spec §"Payload": the STREAM construction over ChaCha20-Poly1305, done
 * with node:crypto (native, ~10x the pure-JS cipher).
 *
 * payload  = nonce(16) ‖ chunk*
 * key      = HKDF-SHA256(ikm = file key, salt = nonce, info = "payload")
 * chunk i  = ChaCha20-Poly1305(key, counter(i) as 11-byte big-endian ‖ last?0x01:0x00, 64 KiB)
 *
 * The last chunk may be shorter than 64 KiB, and may be empty only when it is
 * the only chunk (empty plaintext).
 */
import { createCipheriv, createDecipheriv, hkdfSync } from "node:crypto";
import { CryptoError } from "./errors.ts";

export const CHUNK_SIZE = 64 * 1024;
export const TAG_SIZE = 16;
export const NONCE_SIZE = 16;
const ENCRYPTED_CHUNK = CHUNK_SIZE + TAG_SIZE;

export function payloadKey(fileKey: Uint8Array, nonce: Uint8Array): Buffer {
  return Buffer.from(hkdfSync("sha256", fileKey, nonce, "payload", 32));
}

function chunkNonce(counter: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  // 2^53 chunks of 64 KiB is beyond any file we accept; the top bytes stay 0.
  n.writeUIntBE(counter, 5, 6);
  n[11] = last ? 1 : 0;
  return n;
}

/**
 * Seals one chunk. Returns ciphertext and tag as two buffers: joining them
 * would copy every byte once more, and a stream can write both as they are.
 */
export function sealChunk(
  key: Buffer,
  counter: number,
  last: boolean,
  plain: Buffer,
): [Buffer, Buffer] {
  const c = createCipheriv("chacha20-poly1305", key, chunkNonce(counter, last), {
    authTagLength: TAG_SIZE,
  });
  const out = c.update(plain);
  c.final();
  return [out, c.getAuthTag()];
}

export function openChunk(
  key: Buffer,
  counter: number,
  last: boolean,
  sealed: Buffer,
): Buffer | null {
  const d = createDecipheriv("chacha20-poly1305", key, chunkNonce(counter, last), {
    authTagLength: TAG_SIZE,
  });
  d.setAuthTag(sealed.subarray(sealed.length - TAG_SIZE));
  const out = d.update(sealed.subarray(0, sealed.length - TAG_SIZE));
  try {
    d.final();
  } catch {
    return null;
  }
  return out;
}

/** Ciphertext payload size (nonce included) for a plaintext of `n` bytes. */
export function payloadSize(n: number): number {
  const chunks = n === 0 ? 1 : Math.ceil(n / CHUNK_SIZE);
  return NONCE_SIZE + n + chunks * TAG_SIZE;
}

/**
 * A byte queue that hands out exact-size slices without quadratic copying.
 * Memory stays bounded by the stream's highWaterMark plus one chunk.
 */
class ByteQueue {
  #parts: Buffer[] = [];
  length = 0;
  push(b: Buffer): void {
    if (b.length === 0) return;
    this.#parts.push(b);
    this.length += b.length;
  }
  take(n: number): Buffer {
    if (n > this.length) throw new RangeError("ByteQueue.take: not enough bytes");
    this.length -= n;
    const first = this.#parts[0];
    if (first && first.length >= n) {
      if (first.length === n) this.#parts.shift();
      else this.#parts[0] = first.subarray(n);
      return first.subarray(0, n);
    }
    const out = Buffer.allocUnsafe(n);
    let off = 0;
    while (off < n) {
      const p = this.#parts[0];
      if (!p) break;
      const k = Math.min(p.length, n - off);
      p.copy(out, off, 0, k);
      off += k;
      if (k === p.length) this.#parts.shift();
      else this.#parts[0] = p.subarray(k);
    }
    return out;
  }
  takeAll(): Buffer {
    return this.take(this.length);
  }
}

/**
 * Seals plaintext into STREAM chunks (the nonce is the caller's). Synchronous
 * and I/O-free: the Transform streams in age-file.ts drive it.
 */
export class PayloadSealer {
  readonly #key: Buffer;
  readonly #queue = new ByteQueue();
  #counter = 0;
  #done = false;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new RangeError("PayloadSealer: key must be 32 bytes");
    this.#key = key;
  }

  /** Returns the chunks that are complete; holds back the possibly-last one. */
  push(data: Buffer): Buffer[] {
    if (this.#done) throw new Error("PayloadSealer: push after finish");
    this.#queue.push(data);
    const out: Buffer[] = [];
    // Emit a chunk only once we know more follows it, so the last flag is right.
    while (this.#queue.length > CHUNK_SIZE) {
      out.push(...sealChunk(this.#key, this.#counter++, false, this.#queue.take(CHUNK_SIZE)));
    }
    return out;
  }

  finish(): Buffer[] {
    this.#done = true;
    return sealChunk(this.#key, this.#counter++, true, this.#queue.takeAll());
  }
}

/** Opens STREAM chunks (after the nonce) into plaintext; throws CryptoError. */
export class PayloadOpener {
  readonly #key: Buffer;
  readonly #queue = new ByteQueue();
  #counter = 0;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new RangeError("PayloadOpener: key must be 32 bytes");
    this.#key = key;
  }

  push(data: Buffer): Buffer[] {
    this.#queue.push(data);
    const out: Buffer[] = [];
    while (this.#queue.length > ENCRYPTED_CHUNK) {
      const sealed = this.#queue.take(ENCRYPTED_CHUNK);
      const plain = openChunk(this.#key, this.#counter, false, sealed);
      if (plain === null) {
        // A valid *final* chunk with bytes after it is trailing data, not corruption.
        if (openChunk(this.#key, this.#counter, true, sealed) !== null) {
          throw new CryptoError("payload_trailing_data", "data after the final age chunk");
        }
        throw new CryptoError("payload_corrupt", `age payload chunk ${this.#counter} is corrupt`);
      }
      this.#counter++;
      out.push(plain);
    }
    return out;
  }

  finish(): Buffer {
    const rest = this.#queue.takeAll();
    if (rest.length < TAG_SIZE) {
      throw new CryptoError("payload_truncated", "age payload truncated");
    }
    const plain = openChunk(this.#key, this.#counter, true, rest);
    if (plain === null) {
      if (rest.length === ENCRYPTED_CHUNK && openChunk(this.#key, this.#counter, false, rest)) {
        throw new CryptoError("payload_truncated", "age payload ends without a final chunk");
      }
      throw new CryptoError("payload_corrupt", `age payload chunk ${this.#counter} is corrupt`);
    }
    // age spec: the final chunk may be empty only if it is the only chunk.
    if (plain.length === 0 && this.#counter > 0) {
      throw new CryptoError("payload_corrupt", "empty final age chunk after data");
    }
    return plain;
  }
}

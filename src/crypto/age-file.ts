/**
 * Whole age v1 files as Node streams: header (made and checked by
 * `age-encryption`) + nonce + STREAM payload (node:crypto).
 *
 * Memory is bounded: the header by MAX_HEADER_BYTES, the payload by one
 * 64 KiB chunk plus the stream's high-water mark, whatever the file size.
 */
import { randomBytes } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Readable, Writable } from "node:stream";
import { CryptoError } from "./errors.ts";
import { frameHeader, MAX_HEADER_BYTES } from "./format.ts";
import { cryptoPool } from "./pool.ts";
import { NONCE_SIZE, PayloadOpener, PayloadSealer, payloadKey } from "./stream.ts";

const HIGH_WATER = 256 * 1024;

/** A Transform from plaintext to a complete age file. */
export class EncryptStream extends Transform {
  readonly #sealer: PayloadSealer;
  /** Plaintext bytes seen so far, so callers can enforce limits while streaming. */
  plaintextBytes = 0;

  constructor(prefix: Buffer, key: Buffer) {
    super({ highWaterMark: HIGH_WATER });
    this.#sealer = new PayloadSealer(key);
    this.push(prefix);
  }

  override _transform(data: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.plaintextBytes += data.length;
    for (const c of this.#sealer.push(data)) this.push(c);
    cb();
  }

  override _flush(cb: TransformCallback): void {
    for (const c of this.#sealer.finish()) this.push(c);
    cb();
  }
}

/**
 * Starts an age file to `recipients` (all of one kind).
 * @throws CryptoError("recipient_invalid" | "recipient_kind_mixed")
 */
export async function createEncryptStream(recipients: readonly string[]): Promise<EncryptStream> {
  const { header, fileKey } = await cryptoPool.run("header", recipients);
  const nonce = randomBytes(NONCE_SIZE);
  return new EncryptStream(Buffer.concat([header, nonce]), payloadKey(fileKey, nonce));
}

type DecryptState =
  | { step: "header"; buf: Buffer }
  | { step: "nonce"; buf: Buffer; fileKey: Uint8Array }
  | { step: "payload"; opener: PayloadOpener };

/** A Transform from a complete age file to its plaintext; errors are CryptoError. */
export class DecryptStream extends Transform {
  readonly #identities: readonly string[];
  #state: DecryptState = { step: "header", buf: Buffer.alloc(0) };

  constructor(identities: readonly string[]) {
    super({ highWaterMark: HIGH_WATER });
    if (identities.length === 0) throw new RangeError("DecryptStream: no identities");
    this.#identities = identities;
  }

  override _transform(data: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.#feed(data).then(() => cb(), cb);
  }

  async #feed(data: Buffer): Promise<void> {
    const s = this.#state;
    if (s.step === "payload") {
      for (const p of s.opener.push(data)) this.push(p);
      return;
    }
    if (s.step === "header") {
      const buf = Buffer.concat([s.buf, data]);
      const frame = frameHeader(
        buf.length > MAX_HEADER_BYTES ? buf.subarray(0, MAX_HEADER_BYTES) : buf,
      );
      if (frame === null) {
        this.#state = { step: "header", buf };
        return;
      }
      const fileKey = await cryptoPool.run("unwrap", frame.bytes, this.#identities);
      this.#state = { step: "nonce", buf: Buffer.alloc(0), fileKey };
      return this.#feed(buf.subarray(frame.bytes.length));
    }
    const buf = Buffer.concat([s.buf, data]);
    if (buf.length < NONCE_SIZE) {
      this.#state = { ...s, buf };
      return;
    }
    const opener = new PayloadOpener(payloadKey(s.fileKey, buf.subarray(0, NONCE_SIZE)));
    this.#state = { step: "payload", opener };
    for (const p of opener.push(buf.subarray(NONCE_SIZE))) this.push(p);
  }

  override _flush(cb: TransformCallback): void {
    const s = this.#state;
    if (s.step !== "payload") {
      cb(
        s.step === "header" && s.buf.length > 0
          ? new CryptoError("header_malformed", "age header incomplete")
          : new CryptoError(
              "payload_truncated",
              s.step === "header" ? "empty file" : "age nonce missing",
            ),
      );
      return;
    }
    try {
      this.push(s.opener.finish());
      cb();
    } catch (e) {
      cb(e as Error);
    }
  }
}

/** Encrypts a small in-memory value (a manifest, a reply). */
export async function encryptBytes(
  recipients: readonly string[],
  plain: Uint8Array,
): Promise<Buffer> {
  const enc = await createEncryptStream(recipients);
  return collect(Readable.from([Buffer.from(plain)]), enc);
}

/** Decrypts a small in-memory age file, refusing plaintext over `maxBytes`. */
export async function decryptBytes(
  identities: readonly string[],
  file: Uint8Array,
  maxBytes = 16 * 1024 * 1024,
): Promise<Buffer> {
  return collect(Readable.from([Buffer.from(file)]), new DecryptStream(identities), maxBytes);
}

async function collect(src: Readable, t: Transform, maxBytes = Infinity): Promise<Buffer> {
  const parts: Buffer[] = [];
  let n = 0;
  await pipeline(
    src,
    t,
    new Writable({
      write(chunk: Buffer, _e, cb) {
        n += chunk.length;
        if (n > maxBytes) {
          cb(new RangeError("decrypted value larger than allowed"));
          return;
        }
        parts.push(chunk);
        cb();
      },
    }),
  );
  return Buffer.concat(parts);
}

/**
 * Whole age v1 files as Node streams: header (made and checked by
 * `age-encryption`) + nonce + STREAM payload (node:crypto).
 *
 * Memory is bounded: the header by MAX_HEADER_BYTES, the payload by one
 * 64 KiB chunk plus the stream's high-water mark, whatever the file size.
 */
import { createHash, randomBytes, type Hash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Readable, Writable } from "node:stream";
import { CryptoError } from "./errors.ts";
import { frameHeader, MAX_HEADER_BYTES } from "./format.ts";
import { isPayloadSha256 } from "./payload-digest.ts";
import { makeHeader, unwrapHeader, type MadeHeader } from "./header.ts";
import { NONCE_SIZE, PayloadOpener, PayloadSealer, payloadKey } from "./stream.ts";

const HIGH_WATER = 256 * 1024;

/**
 * A Transform from plaintext to a complete age file. It also hashes the
 * payload (payload-digest.ts) on the chunks it emits anyway: no extra stage,
 * no copy.
 */
export class EncryptStream extends Transform {
  readonly #sealer: PayloadSealer;
  readonly #digest = createHash("sha256");
  #payloadSha256: string | null = null;
  /** Plaintext bytes seen so far, so callers can enforce limits while streaming. */
  plaintextBytes = 0;

  constructor(header: Buffer, nonce: Buffer, key: Buffer) {
    super({ highWaterMark: HIGH_WATER });
    if (nonce.length !== NONCE_SIZE) throw new RangeError("EncryptStream: nonce must be 16 bytes");
    this.#sealer = new PayloadSealer(key);
    this.#digest.update(nonce);
    this.push(Buffer.concat([header, nonce]));
  }

  /**
   * The payload digest of the file written, once the stream has ended.
   * @throws Error before the end.
   */
  get payloadSha256(): string {
    if (this.#payloadSha256 === null) throw new Error("EncryptStream: payload not finished");
    return this.#payloadSha256;
  }

  override _transform(data: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.plaintextBytes += data.length;
    this.#emit(this.#sealer.push(data));
    cb();
  }

  override _flush(cb: TransformCallback): void {
    this.#emit(this.#sealer.finish());
    this.#payloadSha256 = this.#digest.digest("hex");
    cb();
  }

  #emit(chunks: readonly Buffer[]): void {
    for (const c of chunks) {
      this.#digest.update(c);
      this.push(c);
    }
  }
}

/**
 * The public-key half of age: making a header for recipients, opening one with
 * identities. Here it runs inline; a server passes runtime/crypto-pool.ts's,
 * which runs the same functions in worker threads. crypto does no scheduling.
 */
export interface KeyWork {
  header(recipients: readonly string[]): Promise<MadeHeader>;
  unwrap(header: Buffer, identities: readonly string[]): Promise<Uint8Array>;
}

export const inlineKeyWork: KeyWork = { header: makeHeader, unwrap: unwrapHeader };

/**
 * Starts an age file to `recipients` (all of one kind).
 * @throws CryptoError("recipient_invalid" | "recipient_kind_mixed")
 */
export async function createEncryptStream(
  recipients: readonly string[],
  work: KeyWork = inlineKeyWork,
): Promise<EncryptStream> {
  const { header, fileKey } = await work.header(recipients);
  const nonce = randomBytes(NONCE_SIZE);
  return new EncryptStream(header, nonce, payloadKey(fileKey, nonce));
}

type DecryptState =
  | { step: "header"; buf: Buffer }
  | { step: "nonce"; buf: Buffer; fileKey: Uint8Array }
  | { step: "payload"; opener: PayloadOpener };

export interface DecryptOptions {
  /**
   * The payload digest the file must have (payload-digest.ts). When given, a
   * file whose payload hashes differently fails with
   * CryptoError("payload_digest_mismatch") before its last plaintext chunk is
   * emitted, so a consumer that discards output on error keeps nothing.
   */
  readonly payloadSha256?: string;
  /** Where the header is opened (inline unless given). */
  readonly work?: KeyWork;
}

/** A Transform from a complete age file to its plaintext; errors are CryptoError. */
export class DecryptStream extends Transform {
  readonly #identities: readonly string[];
  readonly #work: KeyWork;
  readonly #expected: string | null;
  readonly #digest: Hash | null;
  #state: DecryptState = { step: "header", buf: Buffer.alloc(0) };

  /** @throws RangeError for no identities; TypeError for a malformed `payloadSha256`. */
  constructor(identities: readonly string[], options: DecryptOptions = {}) {
    super({ highWaterMark: HIGH_WATER });
    if (identities.length === 0) throw new RangeError("DecryptStream: no identities");
    const expected = options.payloadSha256;
    if (expected !== undefined && !isPayloadSha256(expected)) {
      throw new TypeError("DecryptStream: payloadSha256 must be 64 lower-case hex digits");
    }
    this.#identities = identities;
    this.#work = options.work ?? inlineKeyWork;
    this.#expected = expected ?? null;
    this.#digest = expected === undefined ? null : createHash("sha256");
  }

  override _transform(data: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.#feed(data).then(() => cb(), cb);
  }

  async #feed(data: Buffer): Promise<void> {
    const s = this.#state;
    if (s.step === "payload") {
      this.#digest?.update(data);
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
      const fileKey = await this.#work.unwrap(frame.bytes, this.#identities);
      this.#state = { step: "nonce", buf: Buffer.alloc(0), fileKey };
      return this.#feed(buf.subarray(frame.bytes.length));
    }
    const buf = Buffer.concat([s.buf, data]);
    if (buf.length < NONCE_SIZE) {
      this.#state = { ...s, buf };
      return;
    }
    // age spec §"Payload": the payload starts here, with the nonce.
    this.#digest?.update(buf);
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
      // The AEAD first: a damaged file reports as corrupt, a whole other file as a mismatch.
      const last = s.opener.finish();
      if (this.#digest !== null && this.#digest.digest("hex") !== this.#expected) {
        throw new CryptoError(
          "payload_digest_mismatch",
          "age payload differs from the one its manifest names",
        );
      }
      this.push(last);
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
  work: KeyWork = inlineKeyWork,
): Promise<Buffer> {
  const enc = await createEncryptStream(recipients, work);
  return collect(Readable.from([Buffer.from(plain)]), enc);
}

/** Decrypts a small in-memory age file, refusing plaintext over `maxBytes`. */
export async function decryptBytes(
  identities: readonly string[],
  file: Uint8Array,
  maxBytes = 16 * 1024 * 1024,
  work: KeyWork = inlineKeyWork,
): Promise<Buffer> {
  const dec = new DecryptStream(identities, { work });
  return collect(Readable.from([Buffer.from(file)]), dec, maxBytes);
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

/**
 * A submission in the making: files stream through encryption into temp
 * files; nothing is visible until `commit()` has fsynced every blob, moved it
 * into place, and committed one transaction (DESIGN P6). Any failure before
 * that leaves nothing behind: `discard()` removes the temp files.
 */
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { open } from "node:fs/promises";
import { join } from "node:path";
import { createEncryptStream, encryptBytes } from "../runtime/crypto-pool.ts";
import { newId } from "../store/blob-store.ts";
import { durable, NotDurableError, transaction } from "../store/db.ts";
import { countSubmission, insertSourceIfNew } from "../store/queries/sources.ts";
import { insertBlobs, insertSubmission } from "../store/queries/submissions.ts";
import { isUniqueViolation, UNIQUE } from "../store/unique.ts";
import { channelRecipients, listChannels, type Channel } from "./channels.ts";
import { utcDay } from "../runtime/clock.ts";
import { PosternError } from "../protocol/errors.ts";
import { toPosternError } from "./errors.ts";
import type { Instance } from "./instance.ts";
import { randomDesignation, type SourceKeys } from "./sources.ts";

/** The encrypted index of a submission: the only place file names live. */
export interface Manifest {
  readonly v: 1;
  readonly message: string;
  readonly files: readonly ManifestFile[];
}

export interface ManifestFile {
  readonly blob: string;
  readonly name: string;
  readonly type: string;
  readonly size: number;
  /**
   * The payload digest of the file's blob (crypto/payload-digest.ts): binds
   * the blob to this manifest, so it cannot be swapped for another age file
   * made for the same public keys. Every manifest written since has it;
   * older ones lack it (core/decrypt.ts reads that as null).
   */
  readonly sha256: string;
}

export const MAX_FILE_NAME_CHARS = 255;

/**
 * File names as a browser sends them. We refuse rather than repair (STYLE
 * habit 3): path separators, dot names, control characters, overlong names.
 */
export function checkFileName(name: string): void {
  const chars = countChars(name);
  if (
    chars === 0 ||
    chars > MAX_FILE_NAME_CHARS ||
    name === "." ||
    name === ".." ||
    /[/\\]/.test(name) ||
    // C0, DEL, C1 controls; lone surrogates; bidi overrides that disguise extensions.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(name) ||
    !name.isWellFormed()
  ) {
    throw new PosternError("file_name_invalid");
  }
}

function cleanType(type: string): string {
  return /^[a-z0-9!#$&^_.+-]{1,64}\/[a-z0-9!#$&^_.+-]{1,128}$/i.test(type)
    ? type.toLowerCase()
    : "application/octet-stream";
}

interface StagedFile extends ManifestFile {
  readonly temp: string;
}

export class SubmissionDraft {
  readonly #inst: Instance;
  readonly #keys: SourceKeys;
  #channel: Channel | null = null;
  #recipients: string[] = [];
  #message = "";
  readonly #files: StagedFile[] = [];
  readonly #temps = new Set<string>();
  #total = 0;
  #done = false;

  constructor(inst: Instance, keys: SourceKeys) {
    this.#inst = inst;
    this.#keys = keys;
  }

  get fileCount(): number {
    return this.#files.length;
  }

  /**
   * Chooses the destination: the channel named `slug`, or the only channel
   * when `slug` is null. @throws PosternError channel_unknown | channel_not_ready
   */
  async selectChannel(slug: string | null): Promise<void> {
    const all = await listChannels(this.#inst.db);
    const ch =
      slug === null ? (all.length === 1 ? all[0] : undefined) : all.find((c) => c.slug === slug);
    if (!ch) throw new PosternError("channel_unknown");
    if (this.#channel && this.#channel.id !== ch.id) throw new PosternError("channel_unknown");
    const recipients = await channelRecipients(this.#inst.db, ch.id);
    if (recipients.length === 0) throw new PosternError("channel_not_ready");
    this.#channel = ch;
    this.#recipients = recipients;
  }

  get channelSelected(): boolean {
    return this.#channel !== null;
  }

  /** @throws PosternError message_too_long */
  setMessage(text: string): void {
    if (countChars(text) > this.#inst.config.limits.maxMessageChars) {
      throw new PosternError("message_too_long");
    }
    this.#message = text;
  }

  /**
   * Streams one file through encryption into a temp file, enforcing the
   * per-file, per-submission and file-count limits as bytes arrive.
   */
  async addFile(name: string, type: string, body: Readable): Promise<void> {
    const limits = this.#inst.config.limits;
    if (this.#done) throw new Error("SubmissionDraft: addFile after commit/discard");
    checkFileName(name);
    if (this.#files.length >= limits.maxFiles) throw new PosternError("too_many_files");
    if (!this.#channel) await this.selectChannel(null);
    let fileBytes = 0;
    // Counted as bytes arrive (a listener, not one more stream stage on the
    // hot path); past a limit the body is destroyed and the pipeline fails.
    const count = (chunk: Buffer): void => {
      fileBytes += chunk.length;
      this.#total += chunk.length;
      if (fileBytes > limits.maxFileBytes) body.destroy(new PosternError("file_too_large"));
      else if (this.#total > limits.maxSubmissionBytes) {
        body.destroy(new PosternError("submission_too_large"));
      }
    };
    const temp = this.#inst.blobs.createTemp();
    this.#temps.add(temp.path);
    let sha256: string;
    try {
      const enc = await createEncryptStream(this.#recipients);
      // The body may have been destroyed while its header was made (the upload
      // failed or was cut): a pipeline from a stream already closed would wait
      // for ever.
      if (body.destroyed) throw new PosternError("upload_aborted", "file stream closed");
      body.on("data", count);
      await pipeline(body, enc, temp.stream);
      sha256 = enc.payloadSha256;
    } catch (e) {
      this.#total -= fileBytes;
      // The writer opens its file asynchronously: close it before the unlink, or
      // an open still under way would recreate the file after it (a leaked temp).
      if (!temp.stream.closed) {
        // Not events.once: it would reject on the stream's own 'error' and skip the unlink.
        const closed = new Promise((resolve) => temp.stream.once("close", resolve));
        temp.stream.destroy();
        await closed;
      }
      await this.#inst.blobs.discardTemp(temp.path);
      this.#temps.delete(temp.path);
      throw toPosternError(e, "source");
    }
    this.#files.push({
      temp: temp.path,
      blob: newId(),
      name,
      type: cleanType(type),
      size: fileBytes,
      sha256,
    });
  }

  /**
   * Makes the submission durable and visible, all or nothing.
   * @returns its id and its sequence number for this source.
   */
  async commit(): Promise<{ id: string; seq: number }> {
    if (this.#done) throw new Error("SubmissionDraft: commit twice");
    if (this.#message.trim() === "" && this.#files.length === 0)
      throw new PosternError("empty_submission");
    if (!this.#channel) await this.selectChannel(null);
    const channel = this.#channel;
    if (!channel) throw new PosternError("channel_unknown");
    const inst = this.#inst;
    const manifest: Manifest = {
      v: 1,
      message: this.#message,
      files: this.#files.map(({ blob, name, type, size, sha256 }) => ({
        blob,
        name,
        type,
        size,
        sha256,
      })),
    };
    const manifestBlob = newId();
    const placed: string[] = [];
    try {
      const sealed = await encryptBytes(this.#recipients, Buffer.from(JSON.stringify(manifest)));
      const manifestTemp = join(inst.blobs.tmp, `${manifestBlob}.part`);
      this.#temps.add(manifestTemp);
      await writeDurable(manifestTemp, sealed);
      const staged = [
        { temp: manifestTemp, blob: manifestBlob, role: "manifest", position: 0 },
        ...this.#files.map((f, i) => ({
          temp: f.temp,
          blob: f.blob,
          role: "file",
          position: i + 1,
        })),
      ];
      const sizes: number[] = [];
      for (const s of staged) {
        await inst.blobs.commit(s.temp, s.blob);
        this.#temps.delete(s.temp);
        placed.push(s.blob);
        sizes.push(await inst.blobs.size(s.blob));
      }
      const result = await this.#insertRows(channel, staged, sizes);
      this.#done = true;
      return result;
    } catch (e) {
      // Rows that reached the database keep their blobs, even if we cannot say so.
      if (!(e instanceof NotDurableError)) for (const id of placed) await inst.blobs.remove(id);
      await this.discard();
      throw toPosternError(e, "source");
    }
  }

  async #insertRows(
    channel: Channel,
    staged: readonly { blob: string; role: string; position: number }[],
    sizes: readonly number[],
  ): Promise<{ id: string; seq: number }> {
    const keys = this.#keys;
    const day = utcDay();
    for (let attempt = 0; ; attempt++) {
      try {
        return await durable(this.#inst.db, (conn) =>
          transaction(conn, async (tx) => {
            await insertSourceIfNew(tx, {
              id: newId(),
              lookup: keys.lookup,
              designation: randomDesignation(),
              reply_pq: keys.replyPq,
              reply_classic: keys.replyClassic,
              day,
            });
            const src = await countSubmission(tx, keys.lookup, day);
            const id = newId();
            await insertSubmission(tx, {
              id,
              source_id: src.id,
              channel_id: channel.id,
              day,
              seq: src.submission_count,
              ord: src.events,
              activity: src.activity,
            });
            await insertBlobs(
              tx,
              staged.map((s, i) => ({
                id: s.blob,
                submission_id: id,
                role: s.role,
                position: s.position,
                size: sizes[i] ?? 0,
              })),
            );
            return { id, seq: src.submission_count };
          }),
        );
      } catch (e) {
        // A designation collision (two random words already taken): draw again.
        if (attempt < 5 && isUniqueViolation(e, UNIQUE.sourceDesignation)) continue;
        throw e;
      }
    }
  }

  /** Removes every temp file this draft made. Safe to call more than once. */
  async discard(): Promise<void> {
    this.#done = true;
    for (const t of this.#temps) await this.#inst.blobs.discardTemp(t);
    this.#temps.clear();
  }
}

/** Unicode code points in `s` (what "characters" means in our limits). */
export function countChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** Writes a small file exclusively (0600) and fsyncs it before returning. */
async function writeDurable(path: string, data: Buffer): Promise<void> {
  const fh = await open(path, "wx", 0o600);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

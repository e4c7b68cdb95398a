/**
 * Ciphertext files on local disk. Writing is crash-safe: temp file → fsync →
 * rename into place → fsync the directory. A crash leaves at worst a temp
 * file or an unreferenced blob, both removed by `sweep()` at start-up.
 *
 * One server process per data folder (see `serve-lock.ts`): the sweep may
 * remove every temp file because no other process can be writing one.
 */
import { randomBytes } from "node:crypto";
import { createReadStream, type ReadStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat, unlink, type FileHandle } from "node:fs/promises";
import { Writable } from "node:stream";
import { join } from "node:path";

const ID = /^[0-9a-f]{32}$/;

export function newId(): string {
  return randomBytes(16).toString("hex");
}

export interface TempBlob {
  readonly path: string;
  readonly stream: TempFileWriter;
}

const SYNC_EVERY = 64 * 1024 * 1024;

/**
 * A write stream for a temp blob that is durable when it finishes: writes go
 * out batched (writev, 1 MiB buffered), a background fdatasync runs every
 * 64 MiB so the final fsync has little left to flush, and `_final` fsyncs
 * before 'finish'. Created exclusively (O_EXCL), mode 0600.
 */
export class TempFileWriter extends Writable {
  readonly #path: string;
  #fh: FileHandle | null = null;
  #unsynced = 0;
  #syncing: Promise<void> | null = null;

  constructor(path: string) {
    super({ highWaterMark: 1024 * 1024 });
    this.#path = path;
  }

  override _construct(cb: (e?: Error | null) => void): void {
    open(this.#path, "wx", 0o600).then(
      (fh) => {
        this.#fh = fh;
        cb();
      },
      (e: unknown) => cb(e as Error),
    );
  }

  override _writev(chunks: { chunk: Buffer }[], cb: (e?: Error | null) => void): void {
    this.#write(chunks.map((c) => c.chunk)).then(() => cb(), cb);
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    this.#write([chunk]).then(() => cb(), cb);
  }

  async #write(buffers: Buffer[]): Promise<void> {
    const fh = this.#handle();
    let total = buffers.reduce((n, b) => n + b.length, 0);
    let pending = buffers;
    while (total > 0) {
      const { bytesWritten } = await fh.writev(pending);
      total -= bytesWritten;
      this.#unsynced += bytesWritten;
      if (total > 0) pending = skip(pending, bytesWritten);
    }
    if (this.#unsynced >= SYNC_EVERY && this.#syncing === null) {
      this.#unsynced = 0;
      // Errors here resurface in the final fsync, which is awaited.
      this.#syncing = fh.datasync().then(
        () => {
          this.#syncing = null;
        },
        () => {
          this.#syncing = null;
        },
      );
    }
  }

  override _final(cb: (e?: Error | null) => void): void {
    const fh = this.#handle();
    Promise.resolve(this.#syncing)
      .then(() => fh.sync())
      .then(() => cb(), cb);
  }

  override _destroy(err: Error | null, cb: (e?: Error | null) => void): void {
    const fh = this.#fh;
    this.#fh = null;
    if (fh === null) {
      cb(err);
      return;
    }
    Promise.resolve(this.#syncing)
      .then(() => fh.close())
      .then(
        () => cb(err),
        (e: unknown) => cb(err ?? (e as Error)),
      );
  }

  #handle(): FileHandle {
    if (this.#fh === null) throw new Error("TempFileWriter: file is not open");
    return this.#fh;
  }
}

function skip(buffers: Buffer[], n: number): Buffer[] {
  const out: Buffer[] = [];
  let left = n;
  for (const b of buffers) {
    if (left >= b.length) {
      left -= b.length;
      continue;
    }
    out.push(left > 0 ? b.subarray(left) : b);
    left = 0;
  }
  return out;
}

export class BlobStore {
  readonly root: string;
  readonly tmp: string;

  constructor(root: string) {
    this.root = root;
    this.tmp = join(root, "tmp");
  }

  async init(): Promise<void> {
    await mkdir(this.tmp, { recursive: true, mode: 0o700 });
  }

  #path(id: string): string {
    if (!ID.test(id)) throw new RangeError(`invalid blob id`);
    return join(this.root, id.slice(0, 2), `${id}.age`);
  }

  /** A new temp file, created exclusively with mode 0600, fsynced when the stream finishes. */
  createTemp(): TempBlob {
    const path = join(this.tmp, `${newId()}.part`);
    return { path, stream: new TempFileWriter(path) };
  }

  /**
   * Moves a finished temp file into place under `id` and fsyncs the folder.
   * The file itself must already be durable: written by a TempFileWriter
   * that finished, or fsynced by the caller.
   */
  async commit(tempPath: string, id: string): Promise<void> {
    const dest = this.#path(id);
    const dir = join(this.root, id.slice(0, 2));
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await rename(tempPath, dest);
    await fsyncDir(dir);
  }

  async size(id: string): Promise<number> {
    return (await stat(this.#path(id))).size;
  }

  read(id: string): ReadStream {
    return createReadStream(this.#path(id));
  }

  pathOf(id: string): string {
    return this.#path(id);
  }

  /**
   * Overwrites a blob with random bytes, fsyncs, then unlinks it. On
   * journaling or flash storage an overwrite is not a guarantee, but it is
   * ciphertext anyway; this removes the easy recovery of the file's blocks.
   */
  async shred(id: string): Promise<void> {
    const path = this.#path(id);
    let fh: FileHandle;
    try {
      fh = await open(path, "r+");
    } catch {
      return;
    }
    try {
      const size = (await fh.stat()).size;
      const block = randomBytes(Math.min(size, 1024 * 1024));
      for (let off = 0; off < size; off += block.length) {
        await fh.write(block, 0, Math.min(block.length, size - off), off);
      }
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rm(path, { force: true });
  }

  async remove(id: string): Promise<void> {
    await rm(this.#path(id), { force: true });
  }

  async discardTemp(path: string): Promise<void> {
    await unlink(path).catch(() => undefined);
  }

  /**
   * Start-up clean-up: every temp file, and every blob that `isKnown` does
   * not claim (renamed into place but never committed, then a crash).
   * @returns how many files were removed.
   */
  async sweep(isKnown: (ids: string[]) => Promise<Set<string>>): Promise<number> {
    let removed = 0;
    for (const name of await readdir(this.tmp)) {
      await rm(join(this.tmp, name), { force: true, recursive: true });
      removed++;
    }
    for (const d of await readdir(this.root)) {
      if (!/^[0-9a-f]{2}$/.test(d)) continue;
      const names = await readdir(join(this.root, d));
      const ids = names.filter((n) => n.endsWith(".age")).map((n) => n.slice(0, -4));
      const known = await isKnown(ids);
      for (const n of names) {
        const id = n.endsWith(".age") ? n.slice(0, -4) : "";
        if (!known.has(id)) {
          await rm(join(this.root, d, n), { force: true });
          removed++;
        }
      }
    }
    return removed;
  }
}

async function fsyncDir(dir: string): Promise<void> {
  const fh = await open(dir, "r");
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

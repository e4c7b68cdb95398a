/**
 * Ciphertext files on local disk. Writing is crash-safe: temp file → fsync →
 * rename into place → fsync the directory. A crash leaves at worst a temp
 * file or an unreferenced blob, both removed by `sweep()` at start-up.
 *
 * One server process per data folder (see `serve-lock.ts`): the sweep may
 * remove every temp file because no other process can be writing one.
 */
import { randomBytes } from "node:crypto";
import { constants as fsConstants, type ReadStream } from "node:fs";
import {
  mkdir,
  open,
  readdir,
  rename,
  rm,
  stat,
  unlink,
  utimes,
  type FileHandle,
} from "node:fs/promises";
import { Writable } from "node:stream";
import { join } from "node:path";

const ID = /^[0-9a-f]{32}$/;

/** O_NOATIME is Linux's; elsewhere reads move the access time (see SECURITY.md). */
const NOATIME_READ =
  fsConstants.O_RDONLY | ((fsConstants as { O_NOATIME?: number }).O_NOATIME ?? 0);

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
    // The file's times say the UTC day, as its row does, not the instant (issue
    // #11). Setting them moves its ctime to now: `coarsenTimes` moves it again.
    const day = dayStart(Date.now());
    await utimes(dest, day, day);
    await fsyncDir(dir);
  }

  /**
   * What a process can do against a seizure dating a blob: every file's access
   * and modification times are set to the start of their UTC day, and every
   * file whose inode changed since `sinceMs` (a new blob; its ctime is the
   * instant it landed) is touched again, so that its ctime becomes this pass's.
   * Folders get today's start: a rename into a folder sets its modification
   * time to the instant. A process cannot set a ctime: run this at the top of
   * every hour and a ctime tells the hour, no finer. Missing files are skipped.
   * @returns how many files and folders were touched.
   */
  async coarsenTimes(sinceMs: number, now = Date.now()): Promise<number> {
    let touched = 0;
    const touch = async (p: string, whenMs: number): Promise<void> => {
      const t = dayStart(whenMs);
      await utimes(p, t, t).then(
        () => {
          touched++;
        },
        (e: unknown) => {
          if ((e as { code?: unknown }).code !== "ENOENT") throw e;
        },
      );
    };
    const dirs = [this.root, this.tmp];
    for (const d of await readdir(this.root)) {
      if (/^[0-9a-f]{2}$/.test(d)) dirs.push(join(this.root, d));
    }
    for (const dir of dirs.slice(2)) {
      for (const n of await readdir(dir)) {
        const p = join(dir, n);
        const st = await stat(p).catch(() => null);
        if (st === null || !st.isFile()) continue;
        const coarse = (ms: number): boolean => ms === dayStart(ms) * 1000;
        if (st.ctimeMs >= sinceMs || !coarse(st.mtimeMs) || !coarse(st.atimeMs)) {
          await touch(p, st.mtimeMs);
        }
      }
    }
    for (const dir of dirs) await touch(dir, now);
    return touched;
  }

  async size(id: string): Promise<number> {
    return (await stat(this.#path(id))).size;
  }

  /**
   * Reads a blob without moving its access time (O_NOATIME): a source reading
   * a reply, or a recipient fetching a file, must not date itself on disk.
   */
  async read(id: string): Promise<ReadStream> {
    const fh = await open(this.#path(id), NOATIME_READ);
    // The stream owns the handle and closes it at its end or on error.
    return fh.createReadStream();
  }

  /** A whole small blob (a reply), read without moving its access time. */
  async readSmall(id: string, max: number): Promise<Buffer> {
    const fh = await open(this.#path(id), NOATIME_READ);
    try {
      const { size } = await fh.stat();
      if (size > max) throw new RangeError("blob is larger than expected");
      return await fh.readFile();
    } finally {
      await fh.close();
    }
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

/** The start of the UTC day of `ms`, in unix seconds (what `utimes` takes). */
function dayStart(ms: number): number {
  return Math.floor(ms / 86_400_000) * 86_400;
}

async function fsyncDir(dir: string): Promise<void> {
  const fh = await open(dir, "r");
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/**
 * Ciphertext files on local disk. Writing is crash-safe: temp file → fsync →
 * rename into place → fsync the directory. A crash leaves at worst a temp
 * file or an unreferenced blob, both removed by `sweep()` at start-up.
 *
 * One server process per data folder (see `serve-lock.ts`): the sweep may
 * remove every temp file because no other process can be writing one.
 */
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, type ReadStream, type WriteStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat, unlink } from "node:fs/promises";
import { join } from "node:path";

const ID = /^[0-9a-f]{32}$/;

export function newId(): string {
  return randomBytes(16).toString("hex");
}

export interface TempBlob {
  readonly path: string;
  readonly stream: WriteStream;
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

  /** A new temp file, created exclusively with mode 0600. */
  createTemp(): TempBlob {
    const path = join(this.tmp, `${newId()}.part`);
    return { path, stream: createWriteStream(path, { flags: "wx", mode: 0o600 }) };
  }

  /** fsyncs a finished temp file and moves it into place under `id`. */
  async commit(tempPath: string, id: string): Promise<void> {
    const fh = await open(tempPath, "r");
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
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

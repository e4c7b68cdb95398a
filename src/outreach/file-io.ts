/**
 * The outreach commands' small files (keys, statements, signatures): read
 * with a cap, since a path may name a device or a huge file by mistake, and
 * written whole or not at all.
 */
import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { PosternError } from "../protocol/errors.ts";

/** Reads at most `max` bytes of a file. @throws PosternError when it is larger or unreadable. */
export async function readBounded(file: string, max: number, what: string): Promise<Buffer> {
  let fh;
  try {
    fh = await open(file, "r");
  } catch {
    throw new PosternError("file_unreadable", `cannot read the ${what} file ${file}`);
  }
  try {
    const buf = Buffer.alloc(max + 1);
    let n = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, n, buf.length - n, null);
      if (bytesRead === 0) break;
      n += bytesRead;
      if (n > max)
        throw new PosternError(
          "file_unreadable",
          `the ${what} file ${file} is larger than ${max} bytes`,
        );
    }
    return buf.subarray(0, n);
  } catch (e) {
    // EISDIR and the like: one line that names the file.
    if (e instanceof PosternError) throw e;
    throw new PosternError("file_unreadable", `cannot read the ${what} file ${file}`);
  } finally {
    await fh.close();
  }
}

/**
 * Writes `file` through a temp file beside it, fsynced and renamed into
 * place: a reader sees the old content or the new, never half of it.
 */
export async function replaceFile(
  file: string,
  data: string | Uint8Array,
  mode: number,
): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.partial-${randomBytes(4).toString("hex")}`);
  const fh = await open(tmp, "wx", mode);
  try {
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

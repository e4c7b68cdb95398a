/** Reading a data folder's blobs from outside the server: the soak and the fault tests audit with these. */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { DecryptStream } from "../../src/crypto/index.ts";

/** Every blob file under the store's root: id → size in bytes. */
export async function blobFiles(root: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const d of await readdir(root)) {
    if (!/^[0-9a-f]{2}$/.test(d)) continue;
    for (const n of await readdir(join(root, d)))
      out.set(n.replace(/\.age$/, ""), (await stat(join(root, d, n))).size);
  }
  return out;
}

/** SHA-256 and length of a file blob's plaintext, decrypted as a stream. */
export async function plainHash(
  path: string,
  identity: string,
): Promise<{ hash: string; size: number }> {
  const h = createHash("sha256");
  let size = 0;
  await pipeline(
    createReadStream(path),
    new DecryptStream([identity]),
    new Writable({
      write(chunk: Buffer, _e, cb) {
        h.update(chunk);
        size += chunk.length;
        cb();
      },
    }),
  );
  return { hash: h.digest("hex"), size };
}

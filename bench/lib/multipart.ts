/**
 * multipart/form-data bodies as a browser sends them (RFC 7578), generated
 * part by part so a 20 MiB file is never held whole, and file contents made
 * of one shared random block so they cost no CPU to produce yet can be
 * regenerated exactly (the soak compares hashes).
 */
import { createHash, randomBytes } from "node:crypto";

export interface FilePart {
  readonly name: string;
  readonly size: number;
  /** The file's bytes, in slices; called once per body generated. */
  readonly content: () => Iterable<Buffer>;
}

export interface Multipart {
  readonly contentType: string;
  readonly length: number;
  readonly parts: () => Iterable<Buffer>;
}

/** Fields in order (the server wants `csrf` first), then the files as "files" parts. */
export function multipart(
  fields: readonly (readonly [string, string])[],
  files: readonly FilePart[],
): Multipart {
  // 96 random bits: the chance that the boundary occurs in the content is nil.
  const boundary = `----PosternBench${randomBytes(12).toString("hex")}`;
  const chunks: (Buffer | FilePart)[] = [];
  for (const [name, value] of fields)
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\n` +
          `Content-Type: application/octet-stream\r\n\r\n`,
      ),
      f,
      Buffer.from("\r\n"),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  const length = chunks.reduce((n, c) => n + (Buffer.isBuffer(c) ? c.length : c.size), 0);
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length,
    *parts() {
      for (const c of chunks) {
        if (Buffer.isBuffer(c)) yield c;
        else yield* c.content();
      }
    },
  };
}

/**
 * A file of `size` bytes: `tag` (padded to 64 bytes) then `block` repeated.
 * The same tag, size and block always give the same bytes.
 */
export function taggedContent(block: Buffer, tag: string, size: number): () => Iterable<Buffer> {
  const head = Buffer.alloc(Math.min(64, size), " ");
  head.write(tag.slice(0, 64));
  return function* () {
    yield head;
    for (let left = size - head.length; left > 0; left -= block.length)
      yield left >= block.length ? block : block.subarray(0, left);
  };
}

export function sha256Of(content: () => Iterable<Buffer>): string {
  const h = createHash("sha256");
  for (const b of content()) h.update(b);
  return h.digest("hex");
}

/**
 * Offline decryption of pulled submissions (`postern decrypt`), on the
 * recipient's own machine. Everything read here is untrusted: the manifest
 * is checked field by field, names are made safe, nothing is overwritten,
 * and a file that fails to decrypt leaves no partial output.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { link, mkdir, readdir, readFile, rm, stat, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { randomBytes } from "node:crypto";
import { CryptoError, isPayloadSha256 } from "../crypto/index.ts";
import { PosternError } from "../protocol/errors.ts";
import { decryptBytes, decryptStream } from "../runtime/crypto-pool.ts";
import { numbered, safeFileName } from "./safe-name.ts";
import type { Manifest, ManifestFile } from "./submissions.ts";

export interface DecryptProgress {
  /**
   * Called as a file's plaintext is written; `name` is the safe name (never the
   * manifest's raw one), `total` the manifest's size.
   */
  file?(name: string, done: number, total: number): void;
  submission?(id: string, files: number): void;
  warn?(message: string): void;
}

/** A manifest as read back; see PulledFile. */
export interface PulledManifest {
  readonly v: 1;
  readonly message: string;
  readonly files: readonly PulledFile[];
}

/**
 * A file entry as read back: `sha256` is null for a submission made before
 * files were bound to their manifest; then the file still decrypts, with a
 * warning, because nothing can check it was not swapped.
 */
export interface PulledFile extends Omit<ManifestFile, "sha256"> {
  readonly sha256: string | null;
}

const BLOB = /^[0-9a-f]{32}$/;
const MAX_MANIFEST = 16 * 1024 * 1024;

/**
 * Reads a decrypted manifest, refusing anything unexpected. The same rules
 * as the web app's reader (src/web/recipient/app/manifest.ts); a test runs
 * both on one table of cases.
 * @throws PosternError manifest_invalid
 */
export function parseManifest(text: string): PulledManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new PosternError("manifest_invalid", "manifest is not JSON");
  }
  const o = raw as Partial<Record<keyof Manifest, unknown>> | null;
  if (
    typeof o !== "object" ||
    o === null ||
    o.v !== 1 ||
    typeof o.message !== "string" ||
    !Array.isArray(o.files)
  ) {
    throw new PosternError("manifest_invalid", "manifest has an unexpected shape");
  }
  if (o.files.length > 10_000)
    throw new PosternError("manifest_invalid", "manifest lists too many files");
  const files: PulledFile[] = o.files.map((f: unknown) => {
    const x = f as Partial<Record<keyof ManifestFile, unknown>> | null;
    // Absent in older submissions; present, it must be well formed (null is not absent).
    const sha256 = x !== null && typeof x === "object" && "sha256" in x ? x.sha256 : undefined;
    if (
      typeof x !== "object" ||
      x === null ||
      typeof x.blob !== "string" ||
      !BLOB.test(x.blob) ||
      typeof x.name !== "string" ||
      x.name.length > 4096 ||
      typeof x.type !== "string" ||
      x.type.length > 256 ||
      typeof x.size !== "number" ||
      !Number.isSafeInteger(x.size) ||
      x.size < 0 ||
      (sha256 !== undefined && !isPayloadSha256(sha256))
    ) {
      throw new PosternError("manifest_invalid", "manifest lists a malformed file");
    }
    return {
      blob: x.blob,
      name: x.name,
      type: x.type,
      size: x.size,
      sha256: isPayloadSha256(sha256) ? sha256 : null,
    };
  });
  return { v: 1, message: o.message, files };
}

/** Folders under `inDir` that hold a pulled submission (or `inDir` itself). */
async function submissionDirs(inDir: string): Promise<string[]> {
  if (await isFile(join(inDir, "submission.json"))) return [inDir];
  const out: string[] = [];
  for (const n of (await readdir(inDir)).sort()) {
    if (!n.startsWith(".") && (await isFile(join(inDir, n, "submission.json"))))
      out.push(join(inDir, n));
  }
  return out;
}

/**
 * Decrypts every pulled submission in `inDir` into `outDir/<id>/`.
 * @returns counts of submissions and files written.
 * @throws PosternError nothing_pulled, nothing_decrypted when nothing in `inDir` can be opened with `identities`
 *   (then no warning is reported: the error says why, in one line).
 */
export async function decryptPulled(
  identities: readonly string[],
  inDir: string,
  outDir: string,
  progress: DecryptProgress = {},
): Promise<{ submissions: number; files: number; failures: number }> {
  const dirs = await submissionDirs(inDir);
  if (dirs.length === 0)
    throw new PosternError("nothing_pulled", `no pulled submissions in ${inDir}`);
  await mkdir(outDir, { recursive: true, mode: 0o700 });
  let submissions = 0;
  let files = 0;
  let failures = 0;
  // Skipped submissions are reported once one opens; if none does, one error says why.
  const held: string[] = [];
  let noMatch = 0;
  const skip = (m: string): void => {
    failures++;
    if (submissions > 0) progress.warn?.(m);
    else held.push(m);
  };
  for (const dir of dirs) {
    let meta: { id?: unknown } | null = null;
    try {
      meta = JSON.parse(await readFile(join(dir, "submission.json"), "utf8")) as {
        id?: unknown;
      } | null;
    } catch {
      // reported below as having no valid id
    }
    const id = typeof meta?.id === "string" && BLOB.test(meta.id) ? meta.id : null;
    if (id === null) {
      skip(`${dir}: submission.json has no valid id, skipped`);
      continue;
    }
    let manifest: PulledManifest;
    try {
      const sealed = await readFile(join(dir, "manifest.age"));
      manifest = parseManifest(
        (await decryptBytes(identities, sealed, MAX_MANIFEST)).toString("utf8"),
      );
    } catch (e) {
      if (e instanceof CryptoError && e.code === "no_matching_identity") noMatch++;
      skip(
        `${id}: cannot open the manifest (${e instanceof Error ? e.message : "error"}), skipped`,
      );
      continue;
    }
    if (submissions === 0) for (const m of held.splice(0)) progress.warn?.(m);
    const dest = join(outDir, id);
    await mkdir(dest, { recursive: true, mode: 0o700 });
    const taken = new Set(await readdir(dest));
    if (manifest.message !== "") {
      await placeExclusive(dest, "message.txt", taken, (tmp) =>
        writeFile(tmp, manifest.message, { flag: "wx", mode: 0o600 }),
      );
    }
    for (const f of manifest.files) {
      // Only the safe name is ever shown: the raw one may hold terminal escapes.
      const name = safeFileName(f.name);
      try {
        await placeExclusive(dest, name, taken, async (tmp) => {
          let done = 0;
          const counter = new Transform({
            transform(chunk: Buffer, _e: BufferEncoding, cb: TransformCallback) {
              done += chunk.length;
              progress.file?.(name, done, f.size);
              cb(null, chunk);
            },
          });
          await pipeline(
            createReadStream(join(dir, `${f.blob}.age`)),
            // The digest is checked before the last chunk is released: on a
            // mismatch the pipeline fails and placeExclusive keeps nothing.
            decryptStream(identities, f.sha256 === null ? {} : { payloadSha256: f.sha256 }),
            counter,
            createWriteStream(tmp, { flags: "wx", mode: 0o600 }),
          );
          if (done !== f.size)
            throw new PosternError(
              "file_size_mismatch",
              `size ${done} differs from the manifest's ${f.size}`,
            );
        });
        files++;
        if (f.sha256 === null) {
          progress.warn?.(`${id}: file ${f.blob} is not bound to its manifest (older submission)`);
        }
      } catch (e) {
        progress.warn?.(
          e instanceof CryptoError && e.code === "payload_digest_mismatch"
            ? `${id}: file ${f.blob} is not the file its manifest names (its blob was replaced?); not written`
            : `${id}: a file could not be decrypted (${e instanceof Error ? e.message : "error"})`,
        );
        failures++;
      }
    }
    submissions++;
    progress.submission?.(id, manifest.files.length);
  }
  if (submissions === 0) {
    throw new PosternError(
      "nothing_decrypted",
      noMatch === dirs.length
        ? `this identity opens none of the ${dirs.length} pulled submission(s) in ${inDir}`
        : `nothing in ${inDir} could be decrypted: ${held[0] ?? "no submission"}` +
            (held.length > 1 ? ` (and ${held.length - 1} more)` : ""),
    );
  }
  return { submissions, files, failures };
}

/**
 * Writes through a hidden temp file, then hard-links it to the first free
 * name (`link` never replaces an existing file), so nothing is overwritten
 * and no half-written file ever carries a real name.
 */
async function placeExclusive(
  dir: string,
  name: string,
  taken: Set<string>,
  write: (tmp: string) => Promise<void>,
): Promise<string> {
  const tmp = join(dir, `.postern-${randomBytes(8).toString("hex")}.partial`);
  try {
    await write(tmp);
    for (let i = 0; i < 10_000; i++) {
      const candidate = i === 0 ? name : numbered(name, i);
      if (taken.has(candidate)) continue;
      try {
        await link(tmp, join(dir, candidate));
        taken.add(candidate);
        return candidate;
      } catch (e) {
        if ((e as { code?: string }).code !== "EEXIST") throw e;
        taken.add(candidate);
      }
    }
    throw new PosternError("no_free_name", "no free file name");
  } finally {
    await unlink(tmp).catch(() => rm(tmp, { force: true }));
  }
}

async function isFile(p: string): Promise<boolean> {
  return stat(p).then(
    (s) => s.isFile(),
    () => false,
  );
}

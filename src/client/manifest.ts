/**
 * The decrypted manifest of a submission: { v: 1, message, files: [{ blob,
 * name, type, size, sha256 }] } (src/core/submissions.ts). Decrypted, yet
 * written by a source: every field is checked, and anything unexpected is
 * refused whole, never patched up. The rules are those of the CLI's reader
 * (src/core/decrypt.ts parseManifest); a test runs both on one table.
 */
export interface ManifestFile {
  readonly blob: string;
  readonly name: string;
  readonly type: string;
  readonly size: number;
  /**
   * The payload digest that binds the file's blob to this manifest
   * (payload-digest.ts), or null for a submission made before files were
   * bound: absent is null, but a present value must be well formed.
   */
  readonly sha256: string | null;
}
export interface Manifest {
  readonly message: string;
  readonly files: readonly ManifestFile[];
}

const MAX_FILES = 10_000;
const MAX_NAME_CHARS = 4096;
const MAX_TYPE_CHARS = 256;
/** 64 lower-case hex digits, as the server writes it; nothing else is read as a digest. */
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** @throws ManifestError if the text is not JSON of the expected shape. */
export function parseManifest(text: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new ManifestError("manifest is not JSON", { cause });
  }
  if (!isRecord(raw) || raw.v !== 1 || typeof raw.message !== "string") {
    throw new ManifestError("manifest has an unexpected shape");
  }
  const files = raw.files;
  if (!Array.isArray(files) || files.length > MAX_FILES) {
    throw new ManifestError("manifest file list is missing or too long");
  }
  return {
    message: raw.message,
    files: files.map((f: unknown): ManifestFile => {
      const sha256 = isRecord(f) && "sha256" in f ? f.sha256 : undefined;
      if (
        !isRecord(f) ||
        typeof f.blob !== "string" ||
        typeof f.name !== "string" ||
        f.name.length > MAX_NAME_CHARS ||
        typeof f.type !== "string" ||
        f.type.length > MAX_TYPE_CHARS ||
        typeof f.size !== "number" ||
        !Number.isSafeInteger(f.size) ||
        f.size < 0 ||
        (sha256 !== undefined && !isSha256(sha256))
      ) {
        throw new ManifestError("manifest lists a malformed file");
      }
      return {
        blob: f.blob,
        name: f.name,
        type: f.type,
        size: f.size,
        sha256: isSha256(sha256) ? sha256 : null,
      };
    }),
  };
}

export class ManifestError extends Error {
  override readonly name = "ManifestError";
}

function isSha256(v: unknown): v is string {
  return typeof v === "string" && SHA256_HEX.test(v);
}

function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * The decrypted manifest of a submission: { v: 1, message, files: [{ blob,
 * name, type, size }] } (src/core/submissions.ts). Decrypted, yet written by
 * a source: every field is checked, and anything unexpected is refused
 * whole, never patched up.
 */
export interface ManifestFile {
  readonly blob: string;
  readonly name: string;
  readonly type: string;
  readonly size: number;
}
export interface Manifest {
  readonly message: string;
  readonly files: readonly ManifestFile[];
}

const MAX_FILES = 10_000;
const MAX_NAME_CHARS = 4096;
const MAX_TYPE_CHARS = 256;

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
      if (
        !isRecord(f) ||
        typeof f.blob !== "string" ||
        typeof f.name !== "string" ||
        f.name.length > MAX_NAME_CHARS ||
        typeof f.type !== "string" ||
        f.type.length > MAX_TYPE_CHARS ||
        typeof f.size !== "number" ||
        !Number.isSafeInteger(f.size) ||
        f.size < 0
      ) {
        throw new ManifestError("manifest lists a malformed file");
      }
      return { blob: f.blob, name: f.name, type: f.type, size: f.size };
    }),
  };
}

export class ManifestError extends Error {
  override readonly name = "ManifestError";
}

function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

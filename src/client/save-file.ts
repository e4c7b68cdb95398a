/**
 * Saving a decrypted file without holding it in memory twice.
 *
 * Large files, where the browser has the File System Access API (Chromium),
 * stream straight to the file the user picked; if decryption fails midway
 * the writable is aborted, which discards what was written. Otherwise the
 * plaintext is gathered as Blob parts, folded into one Blob every few MiB so
 * that the browser (which may page large Blobs to disk) holds the bytes, not
 * a JavaScript array; then an `a[download]` is clicked, which hands the file
 * to the browser's own download manager (and its download policy).
 */
import type { Api } from "./api.ts";
import { decryptStream } from "./crypto.ts";
import { safeFileName } from "./file-name.ts";

export type SaveOutcome = "saved" | "cancelled";

export interface SaveRequest {
  readonly api: Api;
  readonly identity: string;
  /** Server-issued blob id: the only thing the download URL is built from. */
  readonly blobId: string;
  /** Decrypted (hostile) name; made safe here. */
  readonly name: string;
  /** Plaintext size claimed by the manifest, used if the response has no length. */
  readonly expectedSize: number;
  /** The manifest's payload digest for this file; null for an older submission (unchecked). */
  readonly sha256: string | null;
  readonly onProgress: (done: number, total: number) => void;
}

/**
 * From this size on, the save picker is used when present: below it, a
 * Blob costs little and the ordinary download is what users expect.
 */
const PICKER_FROM_BYTES = 64 * 1024 * 1024;
/** Plaintext collected before it is folded into the Blob. */
const FOLD_BYTES = 8 * 1024 * 1024;
/** Long enough for the browser to start the download from the object URL. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Fetches, decrypts and saves one file.
 * @throws ApiError for a failed fetch; PayloadMismatchError when the file is
 *   not the one the manifest lists; the age error when decryption fails. In
 *   every case nothing is kept.
 */
export async function saveFile(req: SaveRequest): Promise<SaveOutcome> {
  const name = safeFileName(req.name);
  const picker = req.expectedSize >= PICKER_FROM_BYTES ? savePicker() : null;
  if (picker) {
    // Ask first: the picker needs the click's user activation, which a fetch would outlast.
    let writable: WritableStream<Uint8Array> | null = null;
    try {
      writable = await (await picker({ suggestedName: name })).createWritable();
    } catch (e) {
      if (e instanceof DOMException && e.name === "AbortError") return "cancelled";
      // Refused for another reason (policy, no activation): use the download path.
    }
    if (writable) {
      try {
        const plain = await openPlain(req);
        await plain.pipeTo(writable);
      } catch (e) {
        // pipeTo aborts the writable on a stream error; this covers failures before it.
        await writable.abort().catch(() => undefined);
        throw e;
      }
      return "saved";
    }
  }
  return download(req, name);
}

async function download(req: SaveRequest, name: string): Promise<SaveOutcome> {
  const reader = (await openPlain(req)).getReader();
  let blob = new Blob([]);
  let pending: Uint8Array<ArrayBuffer>[] = [];
  let pendingBytes = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    // A typed copy of one 64 KiB chunk (Blob wants ArrayBuffer-backed views); the original is dropped.
    pending.push(new Uint8Array(r.value));
    pendingBytes += r.value.length;
    if (pendingBytes >= FOLD_BYTES) {
      blob = new Blob([blob, ...pending]);
      pending = [];
      pendingBytes = 0;
    }
  }
  // Never the manifest's type: a hostile "text/html" must not change how the file opens.
  blob = new Blob([blob, ...pending], { type: "application/octet-stream" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  return "saved";
}

/** The decrypted stream, counting bytes for the progress bar. */
async function openPlain(req: SaveRequest): Promise<ReadableStream<Uint8Array>> {
  const { body, size } = await req.api.blobStream(req.blobId);
  const plain = await decryptStream(req.identity, body, req.sha256);
  const total = size === null ? req.expectedSize : plain.size(size);
  let done = 0;
  req.onProgress(0, total);
  return plain.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        done += chunk.length;
        req.onProgress(done, total);
        controller.enqueue(chunk);
      },
    }),
  );
}

interface SavePickerOptions {
  readonly suggestedName: string;
}
type ShowSaveFilePicker = (
  options: SavePickerOptions,
) => Promise<{ createWritable(): Promise<WritableStream<Uint8Array>> }>;

/**
 * `window.showSaveFilePicker` when the browser has it. TypeScript's DOM
 * library does not declare it yet, hence the one cast, kept here.
 */
function savePicker(): ShowSaveFilePicker | null {
  if (!("showSaveFilePicker" in window)) return null;
  const fn = (window as unknown as { showSaveFilePicker: unknown }).showSaveFilePicker;
  return typeof fn === "function" ? (fn.bind(window) as ShowSaveFilePicker) : null;
}

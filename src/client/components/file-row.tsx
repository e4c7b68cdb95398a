/**
 * One file of a submission: its decrypted (made safe) name and size, and a
 * save button that streams the ciphertext through decryption to disk with a
 * progress bar. The file is checked against its manifest's digest as it
 * streams; one that is not the file listed is refused, and says so.
 */
import { useRef, useState } from "preact/hooks";
import type { BlobRef } from "../../protocol/api.ts";
import { useApp } from "../context.ts";
import { displayFileName } from "../file-name.ts";
import { formatSize } from "../format.ts";
import { PayloadMismatchError } from "../crypto.ts";
import { t } from "../messages/en.ts";
import { saveFile } from "../save-file.ts";

export interface FileView {
  /** The server's blob, or null when the manifest lists a file the server lacks. */
  readonly ref: BlobRef | null;
  /** The decrypted name, hostile: shown as text (displayFileName), saved as safeFileName. */
  readonly name: string;
  /** Plaintext size from the manifest. */
  readonly size: number;
  /**
   * The manifest's payload digest; null when there is none to check against:
   * a file of an older submission, or a blob the manifest does not name.
   */
  readonly sha256: string | null;
  /** Listed by an older manifest, without a digest: saved unchecked, with a note. */
  readonly older: boolean;
}

type SaveState =
  | { readonly name: "idle" }
  | { readonly name: "saving"; readonly done: number; readonly total: number }
  /** `replaced`: the file is not the one the manifest lists (PayloadMismatchError). */
  | { readonly name: "failed"; readonly replaced: boolean };

export function FileRow({ file }: { readonly file: FileView }) {
  const { api, session, announce } = useApp();
  const [state, setState] = useState<SaveState>({ name: "idle" });
  // Repaint at most once per thousandth: a 500 MiB file has 8,000 chunks.
  const lastStep = useRef(-1);

  async function save(ref: BlobRef) {
    lastStep.current = -1;
    setState({ name: "saving", done: 0, total: file.size });
    try {
      const outcome = await saveFile({
        api,
        identity: session.identity,
        blobId: ref.id,
        name: file.name,
        expectedSize: file.size,
        sha256: file.sha256,
        onProgress: (done, total) => {
          const step = total > 0 ? Math.floor((done / total) * 1000) : 0;
          if (step === lastStep.current) return;
          lastStep.current = step;
          setState({ name: "saving", done, total });
        },
      });
      setState({ name: "idle" });
      announce(t(outcome === "saved" ? "conv.saved" : "conv.saveCancelled", { name: shown }));
    } catch (e) {
      const replaced = e instanceof PayloadMismatchError;
      setState({ name: "failed", replaced });
      announce(t(replaced ? "conv.fileReplaced" : "conv.saveFailed", { name: shown }));
    }
  }

  const ref = file.ref;
  const shown = displayFileName(file.name);
  return (
    <li class="file">
      <span class="file-name">
        <bdi>{shown}</bdi>
      </span>{" "}
      <span class="file-size">{formatSize(file.size)}</span>
      {ref !== null && file.older && <span class="file-note">{t("conv.fileUnbound")}</span>}
      {ref === null ? (
        <span class="file-missing">{t("conv.fileMissing")}</span>
      ) : (
        <button
          type="button"
          class="save file-save"
          aria-label={t("conv.saveLabel", { name: shown })}
          disabled={state.name === "saving"}
          onClick={() => void save(ref)}
        >
          {t("conv.save")}
        </button>
      )}
      {state.name === "saving" && (
        <progress
          max={Math.max(state.total, 1)}
          value={state.done}
          aria-label={t("conv.progress", { name: shown })}
        />
      )}
      {state.name === "failed" && (
        <span class="error" role="alert">
          {t(state.replaced ? "conv.fileReplaced" : "conv.saveFailed", { name: shown })}
        </span>
      )}
    </li>
  );
}

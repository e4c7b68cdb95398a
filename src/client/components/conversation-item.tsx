/**
 * A submission (`.message`) or a reply (`.reply`) of a conversation. All
 * decrypted content is hostile and is rendered only as text children.
 */
import { useMemo } from "preact/hooks";
import type { ConversationItem } from "../../protocol/api.ts";
import { parseManifest, type Manifest } from "../manifest.ts";
import { t } from "../messages/en.ts";
import { FileRow, type FileView } from "./file-row.tsx";

type Submission = Extract<ConversationItem, { kind: "submission" }>;
type Reply = Extract<ConversationItem, { kind: "reply" }>;

/** The decryption state of one item's blob: its text, still pending, or failed. */
export type Decrypted =
  | { readonly state: "ok"; readonly text: string }
  | { readonly state: "pending" }
  | { readonly state: "failed" };

export function SubmissionItem(props: { readonly item: Submission; readonly text: Decrypted }) {
  const { item, text } = props;
  const plain = text.state === "ok" ? text.text : null;
  const manifest = useMemo(() => parseOrNull(plain), [plain]);
  return (
    <li class="message" data-id={item.id} data-seq={item.seq}>
      <p class="item-meta">{t("conv.submission", { seq: item.seq, day: item.day })}</p>
      {text.state === "pending" ? (
        <p class="status">{t("conv.decrypting")}</p>
      ) : text.state === "failed" ? (
        <p class="error">{t("conv.undecryptable")}</p>
      ) : manifest === null ? (
        <p class="error">{t("conv.malformed")}</p>
      ) : (
        <>
          {manifest.message.trim() === "" ? (
            <p class="quiet">{t("conv.noMessage")}</p>
          ) : (
            <div class="text">{manifest.message}</div>
          )}
          <FileList files={filesOf(item, manifest)} />
        </>
      )}
    </li>
  );
}

export function ReplyItem(props: { readonly item: Reply; readonly text: Decrypted }) {
  const { item, text } = props;
  return (
    <li class="reply" data-id={item.id} data-seq={item.seq}>
      <p class="item-meta">{t("conv.reply", { seq: item.seq, day: item.day })}</p>
      {text.state === "pending" ? (
        <p class="status">{t("conv.decrypting")}</p>
      ) : text.state === "failed" ? (
        <p class="error">{t("conv.undecryptable")}</p>
      ) : (
        <div class="text">{text.text}</div>
      )}
    </li>
  );
}

function FileList({ files }: { readonly files: readonly FileView[] }) {
  if (files.length === 0) return null;
  return (
    <>
      <p class="label">{t("conv.files")}</p>
      <ul class="files">
        {files.map((f, i) => (
          <FileRow key={f.ref?.id ?? `missing-${i}`} file={f} />
        ))}
      </ul>
    </>
  );
}

function parseOrNull(text: string | null): Manifest | null {
  if (text === null) return null;
  try {
    return parseManifest(text);
  } catch {
    return null;
  }
}

/**
 * Pairs the manifest's entries with the server's blobs by id. Downloads use
 * only the server's BlobRef, never the decrypted id; a blob the manifest does
 * not name is still offered, under a neutral name.
 */
export function filesOf(item: Submission, manifest: Manifest): FileView[] {
  const refs = new Map(item.files.map((r) => [r.id, r]));
  const named = new Set<string>();
  const out: FileView[] = manifest.files.map((f) => {
    const ref = refs.get(f.blob) ?? null;
    if (ref) named.add(ref.id);
    return { ref, name: f.name, size: f.size, sha256: f.sha256, older: f.sha256 === null };
  });
  for (const ref of item.files) {
    if (!named.has(ref.id)) {
      out.push({ ref, name: t("conv.unnamedFile"), size: ref.size, sha256: null, older: false });
    }
  }
  return out;
}

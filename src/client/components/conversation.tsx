/**
 * One source's conversation (`#conversation`): its submissions and replies
 * decrypted in this tab, the actions on the source, and the reply composer.
 * Opening it marks every submission read.
 */
import { useEffect, useReducer, useState } from "preact/hooks";
import type { ConversationItem, ConversationResponse } from "../../protocol/api.ts";
import { useApp } from "../context.ts";
import { decryptToText } from "../crypto.ts";
import { inPool, useFocusOnMount } from "../hooks.ts";
import { parseManifest } from "../manifest.ts";
import { t } from "../messages/en.ts";
import { Composer } from "./composer.tsx";
import { ReplyItem, SubmissionItem, type Decrypted } from "./conversation-item.tsx";
import { StarButton } from "./star-button.tsx";
import { ErrorText, errorMessage } from "./ui.tsx";

/** Manifests and replies are small; anything larger is refused unread. */
const MAX_SMALL_BLOB = 17 * 1024 * 1024;
/** Blobs fetched at once while decrypting a conversation. */
const PARALLEL = 4;

export function Conversation({ id }: { readonly id: string }) {
  const { api, session, search, decrypted, navigate, announce } = useApp();
  const [conv, setConv] = useState<ConversationResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const [reloads, reload] = useReducer((n: number) => n + 1, 0);
  // Repaints as blobs finish decrypting (the texts live in the shared map).
  const [, repaint] = useReducer((n: number) => n + 1, 0);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const heading = useFocusOnMount<HTMLHeadingElement>(conv !== null);

  useEffect(() => {
    let live = true;
    // A function, not the flag itself: the flag changes across awaits.
    const alive = () => live;
    const run = async () => {
      const c = await api.conversation(id);
      if (!alive()) return;
      setConv(c);
      setError(null);
      if (c.items.some((i) => i.kind === "submission" && !i.read)) {
        api.markRead(id, true).catch((err: unknown) => {
          if (alive()) setError(errorMessage(err));
        });
      }
      const todo = c.items.filter((i) => !decrypted.has(blobOf(i)));
      await inPool(
        todo.map((item) => async () => {
          if (!alive()) return;
          const blob = blobOf(item);
          try {
            const text = await decryptToText(
              session.identity,
              await api.blobBytes(blob, MAX_SMALL_BLOB),
            );
            decrypted.set(blob, text);
          } catch {
            if (alive()) setFailed((s) => new Set(s).add(blob));
          }
          if (alive()) repaint(0);
        }),
        PARALLEL,
      );
      for (const item of c.items) indexItem(item);
    };
    run().catch((err: unknown) => {
      if (alive()) setError(errorMessage(err));
    });
    return () => {
      live = false;
    };
  }, [api, id, reloads]);

  /** Feeds the inbox search with what this tab decrypted. */
  function indexItem(item: ConversationItem) {
    const text = decrypted.get(blobOf(item));
    if (text === undefined) return;
    if (item.kind === "reply") return search.add(id, item.id, text);
    try {
      const m = parseManifest(text);
      search.add(id, item.id, [m.message, ...m.files.map((f) => f.name)].join("\n"));
    } catch {
      // A malformed manifest is shown as such and not searchable.
    }
  }

  function textOf(item: ConversationItem): Decrypted {
    const blob = blobOf(item);
    const text = decrypted.get(blob);
    if (text !== undefined) return { state: "ok", text };
    return { state: failed.has(blob) ? "failed" : "pending" };
  }

  async function act(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  if (conv === null) {
    return (
      <main id="main">
        <BackButton />
        <ErrorText id="conversation-error" message={error} />
        {error === null && <p class="status">{t("app.loading")}</p>}
      </main>
    );
  }

  const { source } = conv;
  const designation = source.designation;
  return (
    <main id="main">
      <BackButton />
      <h1 ref={heading} tabIndex={-1}>
        {t("conv.title", { designation })}
      </h1>
      <p class="quiet">{t("conv.channel", { channel: source.channel.name })}</p>
      <div class="toolbar">
        <StarButton
          id="star"
          starred={source.starred}
          designation={designation}
          disabled={busy}
          onToggle={() =>
            void act(async () => {
              await api.star(id, !source.starred);
              setConv({ ...conv, source: { ...source, starred: !source.starred } });
            })
          }
        />
        <button
          type="button"
          id="mark-unread"
          disabled={busy}
          onClick={() =>
            void act(async () => {
              await api.markRead(id, false);
              announce(t("conv.markedUnread", { designation }));
              navigate({ name: "inbox" });
            })
          }
        >
          {t("conv.markUnread")}
        </button>
        <button
          type="button"
          id="delete-source"
          class="danger"
          disabled={busy || confirming}
          onClick={() => setConfirming(true)}
        >
          {t("conv.delete")}
        </button>
      </div>
      {confirming && (
        <DeleteConfirm
          designation={designation}
          channels={[...new Set(conv.items.map((i) => i.channel))]
            .map((slug) => session.me.channels.find((c) => c.slug === slug)?.name ?? slug)
            .join(", ")}
          submissions={source.submissions}
          replies={source.replies}
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            void act(async () => {
              await api.deleteSource(id);
              search.forget(id);
              announce(t("conv.deleted", { designation }));
              navigate({ name: "inbox" }, { replace: true });
            })
          }
        />
      )}
      <ErrorText id="conversation-error" message={error} />
      {conv.items.length === 0 ? (
        <p class="quiet">{t("conv.empty")}</p>
      ) : (
        <ol id="conversation" class="items" aria-label={t("conv.itemsLabel")}>
          {conv.items.map((item) =>
            item.kind === "submission" ? (
              <SubmissionItem key={item.id} item={item} text={textOf(item)} />
            ) : (
              <ReplyItem key={item.id} item={item} text={textOf(item)} />
            ),
          )}
        </ol>
      )}
      <Composer sourceId={id} replyTo={conv.replyTo} onSent={() => reload(0)} />
    </main>
  );
}

/** The blob holding an item's text: the manifest of a submission, the reply itself. */
function blobOf(item: ConversationItem): string {
  return item.kind === "submission" ? item.manifest.id : item.id;
}

function BackButton() {
  const { navigate } = useApp();
  return (
    <button type="button" id="back" class="link" onClick={() => navigate({ name: "inbox" })}>
      {t("conv.back")}
    </button>
  );
}

function DeleteConfirm(props: {
  readonly designation: string;
  /** The channels this deletes from: those of the items the recipient sees. */
  readonly channels: string;
  readonly submissions: number;
  readonly replies: number;
  readonly busy: boolean;
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
}) {
  // Focus lands on "Cancel": the safe choice is the default one.
  const cancel = useFocusOnMount<HTMLButtonElement>();
  return (
    <div class="confirm" role="group" aria-labelledby="delete-confirm-text">
      <p id="delete-confirm-text">
        {t("conv.deleteConfirmText", {
          designation: props.designation,
          channels: props.channels,
          submissions: props.submissions,
          replies: props.replies,
        })}
      </p>
      <button
        type="button"
        id="delete-confirm"
        class="danger"
        disabled={props.busy}
        onClick={props.onConfirm}
      >
        {t("conv.deleteConfirm")}
      </button>
      <button
        type="button"
        id="delete-cancel"
        ref={cancel}
        disabled={props.busy}
        onClick={props.onCancel}
      >
        {t("conv.deleteCancel")}
      </button>
    </div>
  );
}

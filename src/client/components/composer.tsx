/**
 * The reply composer. The text is encrypted here, to every recipient of the
 * channel and the source's reply key (`replyTo`), and only the age file is
 * sent.
 */
import { useState } from "preact/hooks";
import type { TargetedSubmitEvent } from "preact";
import { useApp } from "../context.ts";
import { encryptReply } from "../crypto.ts";
import { t } from "../messages/en.ts";
import { ErrorText, Section, StatusText, errorMessage, formText } from "./ui.tsx";

export function Composer(props: {
  readonly sourceId: string;
  readonly replyTo: readonly string[];
  readonly onSent: () => void;
}) {
  const { api, announce } = useApp();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: TargetedSubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const text = formText(form, "reply");
    if (text.trim() === "") {
      setError(t("reply.empty"));
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const file = await encryptReply(text, props.replyTo);
      await api.sendReply(props.sourceId, file);
      form.reset();
      announce(t("reply.sent"));
      props.onSent();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section id="compose" title={t("reply.title")}>
      <form id="reply" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
        <div class="field">
          <label for="reply-text">{t("reply.label")}</label>
          <textarea id="reply-text" name="reply" rows={6} aria-describedby="reply-hint" />
          <p class="hint" id="reply-hint">
            {t("reply.hint")}
          </p>
        </div>
        <button type="submit" disabled={busy}>
          {busy ? t("app.working") : t("reply.submit")}
        </button>
        <StatusText id="reply-status" message={busy ? t("reply.working") : null} />
        <ErrorText id="reply-error" message={error} />
      </form>
    </Section>
  );
}

/**
 * Who can read a channel: its keys, by fingerprint and owner, and every
 * change of that list (issue #11). Everything sent to a channel from now on,
 * submissions and replies alike, is encrypted to every key on it, so a key an
 * admin or the operator adds receives all of it. The warning stays on every
 * screen until the member says they have checked the keys.
 *
 * Fingerprints are computed here from the keys themselves, never taken from
 * the server. Names are shown as text only, isolated so that right-to-left
 * or control characters in one cannot reorder the sentence around it.
 */
import { useState } from "preact/hooks";
import type { ChannelEvent, ChannelKey, ChannelKeys } from "../../protocol/api.ts";
import { useApp } from "../context.ts";
import { useFocusOnMount } from "../hooks.ts";
import { keyFingerprint } from "../key-fingerprint.ts";
import { t } from "../messages/en.ts";
import { ErrorText, StatusText, errorMessage } from "./ui.tsx";

/** First-strong isolate … pop directional isolate (Unicode bidi, UAX #9 §2.7). */
const isolate = (s: string): string => `\u2068${s}\u2069`;

const names = (list: readonly ChannelKeys[]): string =>
  list.map((c) => `“${isolate(c.name)}”`).join(", ");

/**
 * The banner shown above every screen while a channel's keys changed since
 * the member last checked them (or were never checked), or when they could
 * not be asked for: silence must not look like "nothing changed".
 */
export function KeysWarning(props: { readonly failed: boolean; readonly onChannels: boolean }) {
  const { channelKeys, navigate } = useApp();
  const changed = channelKeys?.filter((c) => c.changed && c.ackedSeq !== null) ?? [];
  const unchecked = channelKeys?.filter((c) => c.changed && c.ackedSeq === null) ?? [];
  if (!props.failed && changed.length === 0 && unchecked.length === 0) return null;
  return (
    <div id="keys-changed-warning" class="warning" role="alert">
      <p class="warning-title">{t("keys.warningTitle")}</p>
      {props.failed && <p>{t("keys.loadFailed")}</p>}
      {changed.length > 0 && <p>{t("keys.warningChanged", { channels: names(changed) })}</p>}
      {unchecked.length > 0 && <p>{t("keys.warningUnchecked", { channels: names(unchecked) })}</p>}
      <p>{t("keys.warningWhy")}</p>
      {!props.onChannels && (
        <button type="button" id="keys-review" onClick={() => navigate({ name: "channels" })}>
          {t("keys.review")}
        </button>
      )}
    </div>
  );
}

/** The channel panel: every channel of the member, its keys and its changes. */
export function ChannelKeysView() {
  const { api, session, channelKeys, reloadKeys, announce } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const pending = channelKeys?.filter((c) => c.changed) ?? [];

  async function acknowledge() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      // The seq shown, not "now": a change made meanwhile stays unacknowledged.
      for (const c of pending) await api.ackKeys(c.slug, c.seq);
      announce(t("keys.acked"));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
      reloadKeys();
    }
  }

  return (
    <main id="main">
      <h1 ref={heading} tabIndex={-1}>
        {t("keys.title")}
      </h1>
      <p>{t("keys.intro")}</p>
      <p>
        {t("keys.yourKey")}{" "}
        <code id="own-fingerprint" class="fingerprint" dir="ltr">
          {keyFingerprint(session.recipient)}
        </code>
      </p>
      <div id="channel-keys">
        <ErrorText id="keys-error" message={error} />
        {channelKeys === null ? (
          <StatusText message={t("app.loading")} />
        ) : channelKeys.length === 0 ? (
          <p>{t("keys.noChannels")}</p>
        ) : (
          channelKeys.map((c) => <ChannelPanel key={c.slug} channel={c} own={session.recipient} />)
        )}
        {pending.length > 0 && (
          <div class="buttons">
            <button
              type="button"
              id="keys-ack"
              disabled={busy}
              aria-describedby="keys-ack-hint"
              onClick={() => void acknowledge()}
            >
              {t("keys.ack")}
            </button>
            <p class="hint" id="keys-ack-hint">
              {t("keys.ackHint")}
            </p>
          </div>
        )}
      </div>
    </main>
  );
}

function ChannelPanel(props: { readonly channel: ChannelKeys; readonly own: string }) {
  const c = props.channel;
  const headingId = `channel-${c.slug}-title`;
  return (
    <section
      class="channel-panel"
      data-slug={c.slug}
      data-changed={c.changed ? "true" : "false"}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{c.name}</h2>
      {c.changed && (
        <p class="error">
          {c.ackedSeq === null ? t("keys.channelUnchecked") : t("keys.channelChanged")}
        </p>
      )}
      <h3>{t("keys.keys", { count: c.keys.length })}</h3>
      <ul class="plain keys">
        {c.keys.map((k) => (
          <KeyItem key={k.recipient} k={k} own={k.recipient === props.own} />
        ))}
      </ul>
      <h3>{t("keys.changes")}</h3>
      {c.events.length === 0 ? (
        <p>{t("keys.noEvents")}</p>
      ) : (
        <ul class="plain events">
          {c.events.map((e) => (
            <EventItem
              key={e.seq}
              e={e}
              channel={c.name}
              unseen={c.ackedSeq === null || e.seq > c.ackedSeq}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function KeyItem(props: { readonly k: ChannelKey; readonly own: boolean }) {
  const { k } = props;
  return (
    <li class="channel-key" data-owner={k.owner}>
      <code class="fingerprint" dir="ltr">
        {keyFingerprint(k.recipient)}
      </code>{" "}
      <bdi>{k.owner}</bdi>{" "}
      <span class="quiet">
        {k.ownerKind === "account" ? t("keys.ownerAccount") : t("keys.ownerKey")}
        {props.own && ` ${t("keys.yours")}`}
      </span>
    </li>
  );
}

function EventItem(props: {
  readonly e: ChannelEvent;
  readonly channel: string;
  readonly unseen: boolean;
}) {
  const { e } = props;
  const actor =
    e.by === "admin"
      ? t("keys.actor.admin", { name: isolate(e.admin ?? "") })
      : t(`keys.actor.${e.by}`);
  const owner = t(`keys.owner.${e.ownerKind}`, { name: isolate(e.owner) });
  const params = { actor, owner, channel: isolate(props.channel), day: e.day };
  return (
    <li class={props.unseen ? "channel-event unseen" : "channel-event"} data-seq={e.seq}>
      {props.unseen && <span class="badge">{t("keys.new")}</span>}{" "}
      {t(e.action === "added" ? "keys.event.added" : "keys.event.removed", params)}{" "}
      <code class="fingerprint" dir="ltr">
        {keyFingerprint(e.recipient)}
      </code>
    </li>
  );
}

/**
 * The administrator's panel: channels, accounts, invitations and channel
 * membership. Plain forms; the server decides what is allowed.
 */
import { useEffect, useReducer, useState } from "preact/hooks";
import type { TargetedSubmitEvent } from "preact";
import type {
  AdminOverview,
  AdminTexts,
  InviteCreated,
  KeyKind,
  Role,
} from "../../protocol/api.ts";
import { useApp } from "../context.ts";
import { useFocusOnMount } from "../hooks.ts";
import { t } from "../messages/en.ts";
import { ErrorText, Field, Section, StatusText, errorMessage, formText } from "./ui.tsx";

export function Admin() {
  const { api } = useApp();
  const [overview, setOverview] = useState<AdminOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, reload] = useReducer((n: number) => n + 1, 0);
  const heading = useFocusOnMount<HTMLHeadingElement>();

  useEffect(() => {
    let live = true;
    api.adminOverview().then(
      (o) => {
        if (live) setOverview(o);
      },
      (err: unknown) => {
        if (live) setError(errorMessage(err));
      },
    );
    return () => {
      live = false;
    };
  }, [api, reloads]);

  return (
    <main id="main">
      <h1 ref={heading} tabIndex={-1}>
        {t("admin.title")}
      </h1>
      <div id="admin">
        <ErrorText id="admin-error" message={error} />
        {overview === null ? (
          error === null && <StatusText message={t("app.loading")} />
        ) : (
          <>
            <Section id="admin-channels" title={t("admin.channels")}>
              <ul class="plain">
                {overview.channels.map((c) => (
                  <li key={c.slug} data-slug={c.slug}>
                    <strong>{c.name}</strong> <code>{c.slug}</code> {t(`admin.kind.${c.kind}`)}
                    <br />
                    {t("admin.channelRecipients", {
                      list: c.recipients.length === 0 ? t("admin.none") : c.recipients.join(", "),
                    })}
                  </li>
                ))}
              </ul>
              <CreateChannel onDone={() => reload(0)} />
            </Section>
            <Section id="admin-accounts" title={t("admin.accounts")}>
              <ul class="plain">
                {overview.accounts.map((a) => (
                  <li key={a.username} data-username={a.username}>
                    {t("admin.accountLine", {
                      username: a.username,
                      name: a.name,
                      role: t(`admin.role.${a.role}`),
                    })}
                    {!a.active && <span class="quiet"> {t("admin.inactive")}</span>}
                  </li>
                ))}
              </ul>
            </Section>
            <CreateInvite overview={overview} />
            <Membership overview={overview} onDone={() => reload(0)} />
            <Texts />
          </>
        )}
      </div>
    </main>
  );
}

/** Shared submit plumbing: busy flag, error, status, and the form reset on success. */
function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  /** Runs `action`; its answer (a confirmation, or null for none) goes to the status line. */
  async function run(form: HTMLFormElement, action: () => Promise<string | null>) {
    if (busy) return;
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      setStatus(await action());
      form.reset();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, status, run };
}

function CreateChannel({ onDone }: { readonly onDone: () => void }) {
  const { api } = useApp();
  const { busy, error, status, run } = useAction();
  const submit = (e: TargetedSubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const kind: KeyKind = formText(form, "kind") === "classic" ? "classic" : "pq";
    const req = { slug: formText(form, "slug").trim(), name: formText(form, "name").trim(), kind };
    void run(form, async () => {
      await api.createChannel(req);
      onDone();
      return t("admin.channelCreated", { name: req.name });
    });
  };
  return (
    <form id="create-channel" onSubmit={submit} noValidate aria-busy={busy}>
      <h3>{t("admin.newChannel")}</h3>
      <Field id="channel-slug" name="slug" label={t("admin.slug")} maxLength={64} />
      <Field id="channel-name" name="name" label={t("admin.channelName")} maxLength={200} />
      <div class="field">
        <label for="channel-kind">{t("admin.kind")}</label>
        <select id="channel-kind" name="kind">
          <option value="pq">{t("admin.kind.pq")}</option>
          <option value="classic">{t("admin.kind.classic")}</option>
        </select>
      </div>
      <button type="submit" disabled={busy}>
        {t("admin.createChannel")}
      </button>
      <StatusText message={status} />
      <ErrorText id="create-channel-error" message={error} />
    </form>
  );
}

function CreateInvite({ overview }: { readonly overview: AdminOverview }) {
  const { api } = useApp();
  const { busy, error, status, run } = useAction();
  const [created, setCreated] = useState<InviteCreated | null>(null);
  const submit = (e: TargetedSubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const role: Role = formText(form, "role") === "admin" ? "admin" : "recipient";
    const channel = formText(form, "channel");
    const req = {
      name: formText(form, "name").trim(),
      role,
      channel: channel === "" ? null : channel,
    };
    setCreated(null);
    void run(form, async () => {
      setCreated(await api.createInvite(req));
      return null;
    });
  };
  // The server sends a path ("/invite#TOKEN"); only such a path is turned into a link.
  const link =
    created !== null && created.link.startsWith("/invite#") ? location.origin + created.link : null;
  return (
    <Section id="admin-invite" title={t("admin.newInvite")}>
      <form id="create-invite" onSubmit={submit} noValidate aria-busy={busy}>
        <Field id="invite-name" name="name" label={t("admin.inviteName")} maxLength={200} />
        <div class="field">
          <label for="invite-role">{t("admin.inviteRole")}</label>
          <select id="invite-role" name="role">
            <option value="recipient">{t("admin.role.recipient")}</option>
            <option value="admin">{t("admin.role.admin")}</option>
          </select>
        </div>
        <div class="field">
          <label for="invite-channel">{t("admin.inviteChannel")}</label>
          <select id="invite-channel" name="channel">
            <option value="">{t("admin.noChannel")}</option>
            {overview.channels.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy}>
          {t("admin.createInvite")}
        </button>
        <StatusText message={status} />
        <ErrorText id="create-invite-error" message={error} />
      </form>
      {link !== null && created !== null && (
        <div class="field" role="status">
          <label for="invite-link">{t("admin.inviteLink")}</label>
          <input
            id="invite-link"
            type="text"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p class="hint">
            {t("admin.inviteExpires", { when: new Date(created.expires * 1000).toLocaleString() })}
          </p>
        </div>
      )}
    </Section>
  );
}

function Membership(props: { readonly overview: AdminOverview; readonly onDone: () => void }) {
  const { api } = useApp();
  const { busy, error, status, run } = useAction();
  const submit = (e: TargetedSubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    // Which of the two submit buttons was pressed decides add or remove.
    const member = e.submitter instanceof HTMLButtonElement && e.submitter.value === "add";
    const req = {
      username: formText(form, "username").trim(),
      channel: formText(form, "channel"),
      member,
    };
    void run(form, async () => {
      await api.setMember(req);
      props.onDone();
      return t(member ? "admin.memberAdded" : "admin.memberRemoved", {
        username: req.username,
        channel: req.channel,
      });
    });
  };
  return (
    <Section id="admin-members" title={t("admin.membership")}>
      <p class="hint" id="member-hint">
        {t("admin.membershipHint")}
      </p>
      <form
        id="member"
        onSubmit={submit}
        noValidate
        aria-busy={busy}
        aria-describedby="member-hint"
      >
        <div class="field">
          <label for="member-username">{t("admin.memberUser")}</label>
          <select id="member-username" name="username">
            {props.overview.accounts.map((a) => (
              <option key={a.username} value={a.username}>
                {a.username}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="member-channel">{t("admin.memberChannel")}</label>
          <select id="member-channel" name="channel">
            {props.overview.channels.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div class="buttons">
          <button type="submit" name="action" value="add" disabled={busy}>
            {t("admin.memberAdd")}
          </button>
          <button type="submit" name="action" value="remove" disabled={busy}>
            {t("admin.memberRemove")}
          </button>
        </div>
        <StatusText message={status} />
        <ErrorText id="member-error" message={error} />
      </form>
    </Section>
  );
}

/**
 * The organization's texts per language. One text at a time: pick the
 * language and the key, see the built-in English, write yours. The server
 * checks it like texts.json (ICU syntax, the same placeholders) and, when it
 * refuses, names the text (text_invalid, with its locale and key).
 */
function Texts() {
  const { api } = useApp();
  const { busy, error, status, run } = useAction();
  const [data, setData] = useState<AdminTexts | null>(null);
  const [locale, setLocale] = useState("en");
  const [key, setKey] = useState("org.landing.extra");
  const [value, setValue] = useState("");

  useEffect(() => {
    let live = true;
    api.adminTexts().then(
      (d) => {
        if (!live) return;
        setData(d);
        setValue(d.texts[locale]?.[key] ?? "");
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  // The box shows the saved text of the chosen language and key, set in the
  // same update as the choice (an effect would run later and could overwrite typing).
  const choose = (l: string, k: string): void => {
    setLocale(l);
    setKey(k);
    setValue(data?.texts[l]?.[k] ?? "");
  };

  if (data === null) return null;
  const submit = (e: TargetedSubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    // Every other text as it was; this one set, or dropped when emptied.
    const next: Record<string, Record<string, string>> = {};
    const locales = new Set([...Object.keys(data.texts), locale]);
    for (const l of locales) {
      const entries = Object.entries(data.texts[l] ?? {}).filter(
        ([k]) => !(l === locale && k === key),
      );
      if (l === locale && value.trim() !== "") entries.push([key, value]);
      if (entries.length > 0) next[l] = Object.fromEntries(entries);
    }
    void run(form, async () => {
      await api.saveTexts(next);
      setData({ ...data, texts: next });
      return t("admin.textsSaved");
    });
  };
  const dir = data.locales.find((l) => l.tag === locale)?.dir === "rtl" ? "rtl" : "ltr";
  return (
    <Section id="admin-texts" title={t("admin.texts")}>
      <p class="hint">{t("admin.textsHint")}</p>
      <form id="texts" onSubmit={submit} noValidate aria-busy={busy}>
        <div class="field">
          <label for="texts-locale">{t("admin.textsLocale")}</label>
          <select
            id="texts-locale"
            name="locale"
            value={locale}
            onChange={(e) => choose(e.currentTarget.value, key)}
          >
            {data.locales.map((l) => (
              <option key={l.tag} value={l.tag}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="texts-key">{t("admin.textsKey")}</label>
          <select
            id="texts-key"
            name="key"
            value={key}
            onChange={(e) => choose(locale, e.currentTarget.value)}
          >
            {data.keys.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
        {data.english[key] !== undefined && (
          <div class="field">
            <span class="label">{t("admin.textsEnglish")}</span>
            <p class="quiet" id="texts-english">
              {data.english[key]}
            </p>
          </div>
        )}
        <div class="field">
          <label for="texts-value">{t("admin.textsValue")}</label>
          <textarea
            id="texts-value"
            name="text"
            rows={4}
            dir={dir}
            lang={locale}
            value={value}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
        </div>
        <button type="submit" disabled={busy}>
          {t("admin.textsSave")}
        </button>
        <StatusText message={status} />
        <ErrorText id="texts-error" message={error} />
      </form>
    </Section>
  );
}

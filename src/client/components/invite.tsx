/**
 * Enrolment at `/invite#TOKEN`. The token is read from the fragment (never
 * sent in a URL). In this tab: a new age identity of the channel's kind, the
 * keys from the chosen passphrase, the identity wrapped; the server gets the
 * auth key, the public recipient and the wrapped identity. Then TOTP is set
 * up and confirmed, which logs the new account in.
 */
import { useEffect, useState } from "preact/hooks";
import type { ComponentChildren, TargetedSubmitEvent } from "preact";
import {
  MIN_PASSPHRASE_CHARS,
  USERNAME,
  type EnrolResponse,
  type InviteCheckResponse,
} from "../../protocol/api.ts";
import type { Api } from "../api.ts";
import {
  deriveKeys,
  newIdentity,
  passphraseStrength,
  wrapIdentity,
  type Strength,
} from "../crypto.ts";
import { groupsOfFour } from "../format.ts";
import { nextPaint, useFocusOnMount } from "../hooks.ts";
import { t } from "../messages/en.ts";
import { inviteToken } from "../router.ts";
import type { Session } from "../session.ts";
import { QrCode } from "./qr-code.tsx";
import { StrengthMeter } from "./strength-meter.tsx";
import { ErrorText, Field, StatusText, errorMessage, formText } from "./ui.tsx";

interface InviteProps {
  readonly api: Api;
  readonly onLoggedIn: (session: Session) => void;
}

/** The identity made during enrolment, kept in memory until TOTP is confirmed. */
interface Pending {
  readonly enrol: EnrolResponse;
  readonly identity: string;
  readonly recipient: string;
}

type Stage =
  | { readonly name: "checking" }
  | { readonly name: "failed"; readonly message: string }
  | { readonly name: "form"; readonly token: string; readonly invite: InviteCheckResponse }
  | { readonly name: "totp"; readonly pending: Pending };

export function Invite({ api, onLoggedIn }: InviteProps) {
  const [stage, setStage] = useState<Stage>({ name: "checking" });

  useEffect(() => {
    const token = inviteToken();
    if (token === null) {
      setStage({ name: "failed", message: t("invite.missing") });
      return;
    }
    api.inviteCheck(token).then(
      (invite) => setStage({ name: "form", token, invite }),
      (err: unknown) => setStage({ name: "failed", message: errorMessage(err) }),
    );
  }, [api]);

  switch (stage.name) {
    case "checking":
      return (
        <InviteFrame>
          <StatusText message={t("invite.checking")} />
        </InviteFrame>
      );
    case "failed":
      return (
        <InviteFrame>
          <ErrorText id="invite-error" message={stage.message} />
        </InviteFrame>
      );
    case "form":
      return (
        <EnrolForm
          api={api}
          token={stage.token}
          invite={stage.invite}
          onEnrolled={(pending) => setStage({ name: "totp", pending })}
        />
      );
    case "totp":
      return <TotpSetup api={api} pending={stage.pending} onLoggedIn={onLoggedIn} />;
  }
}

function InviteFrame(props: { readonly children: ComponentChildren }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <main id="main" class="narrow">
      <h1 ref={heading} tabIndex={-1}>
        {t("invite.title")}
      </h1>
      {props.children}
    </main>
  );
}

function EnrolForm(props: {
  readonly api: Api;
  readonly token: string;
  readonly invite: InviteCheckResponse;
  readonly onEnrolled: (pending: Pending) => void;
}) {
  const { api, token, invite } = props;
  // Only the verdict is kept in state; the passphrase stays in the input.
  const [strength, setStrength] = useState<Strength | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const personal = (username: string) => [username, ...invite.name.split(/\s+/)];

  async function submit(e: TargetedSubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const username = formText(form, "username").trim();
    const passphrase = formText(form, "passphrase");
    const confirm = formText(form, "passphrase-confirm");
    const verdict = passphraseStrength(passphrase, personal(username));
    setStrength(verdict);
    // Checked here, before any request: the server never sees the passphrase.
    let problem: string | null = null;
    if (!USERNAME.test(username)) problem = t("error.username_invalid");
    else if (!verdict.acceptable) {
      const first = verdict.reasons[0] ?? "needs_more";
      problem = t("invite.weak", {
        advice: t(`strength.reason.${first}`, { min: MIN_PASSPHRASE_CHARS }),
      });
    } else if (passphrase !== confirm) problem = t("invite.mismatch");
    if (problem !== null) {
      setError(problem);
      return;
    }
    setError(null);
    setBusy(true);
    await nextPaint();
    try {
      const { identity, recipient } = await newIdentity(invite.kind);
      const keys = await deriveKeys(passphrase, invite.kdf);
      const wrapped = await wrapIdentity(keys.wrapKey, identity);
      const enrol = await api.enrol({
        token,
        username,
        kdf: invite.kdf,
        auth: keys.auth,
        recipient,
        wrapped,
      });
      api.setCsrf(enrol.csrf);
      form.reset();
      props.onEnrolled({ enrol, identity, recipient });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" class="narrow">
      <h1 ref={heading} tabIndex={-1}>
        {t("invite.title")}
      </h1>
      <p>{t("invite.welcome", { name: invite.name })}</p>
      <ul class="facts">
        <li>{t(invite.role === "admin" ? "invite.roleAdmin" : "invite.roleRecipient")}</li>
        {invite.channel !== null && (
          <li>{t("invite.channel", { channel: invite.channel.name })}</li>
        )}
        <li>{t(invite.kind === "pq" ? "invite.kindPq" : "invite.kindClassic")}</li>
      </ul>
      <p class="notice">{t("invite.explain")}</p>
      <form id="enrol" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
        <Field
          id="enrol-username"
          name="username"
          label={t("invite.username")}
          hint={t("invite.usernameHint")}
          autoComplete="username"
          maxLength={32}
        />
        <Field
          id="enrol-passphrase"
          name="passphrase"
          type="password"
          label={t("invite.passphrase")}
          hint={t("invite.passphraseHint", { min: MIN_PASSPHRASE_CHARS })}
          autoComplete="new-password"
          describedBy="passphrase-strength"
          onInput={(v) => setStrength(v === "" ? null : passphraseStrength(v, personal("")))}
        />
        <StrengthMeter id="passphrase-strength" strength={strength} />
        <Field
          id="enrol-passphrase-confirm"
          name="passphrase-confirm"
          type="password"
          label={t("invite.passphraseConfirm")}
          autoComplete="new-password"
        />
        <button type="submit" disabled={busy}>
          {busy ? t("app.working") : t("invite.submit")}
        </button>
        <StatusText id="enrol-status" message={busy ? t("invite.working") : null} />
        <ErrorText id="enrol-error" message={error} />
      </form>
    </main>
  );
}

function TotpSetup(props: {
  readonly api: Api;
  readonly pending: Pending;
  readonly onLoggedIn: (session: Session) => void;
}) {
  const { api, pending } = props;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useFocusOnMount<HTMLHeadingElement>();

  async function submit(e: TargetedSubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const totp = formText(e.currentTarget, "totp").replace(/\s+/g, "");
    if (!/^[0-9]{6}$/.test(totp)) {
      setError(t("login.totpFormat"));
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const res = await api.enrolTotp(totp);
      api.setCsrf(res.csrf);
      props.onLoggedIn({
        me: res.me,
        identity: pending.identity,
        recipient: pending.recipient,
        idleSeconds: res.idleSeconds,
      });
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <main id="main" class="narrow">
      <h1 ref={heading} tabIndex={-1}>
        {t("invite.totpTitle")}
      </h1>
      <p>{t("invite.totpExplain")}</p>
      <QrCode text={pending.enrol.totpUri} label={t("invite.totpQrLabel")} />
      <p class="label" id="totp-secret-label">
        {t("invite.totpKeyLabel")}
      </p>
      <p id="totp-secret" class="secret" aria-labelledby="totp-secret-label">
        {groupsOfFour(pending.enrol.totpSecret)}
      </p>
      <form id="totp-enrol" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
        <Field
          id="enrol-totp"
          name="totp"
          label={t("invite.totpCode")}
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={9}
        />
        <button type="submit" disabled={busy}>
          {busy ? t("app.working") : t("invite.totpSubmit")}
        </button>
        <ErrorText id="totp-error" message={error} />
      </form>
    </main>
  );
}

/**
 * Login at `/`: username, passphrase, TOTP. The passphrase goes through
 * Argon2id here; only the derived auth key is sent. The wrapped identity
 * comes back and is opened in this tab, then checked against the public
 * recipient the server holds. If the account's Argon2id parameters are not
 * the server's policy any more, it moves to the policy (kdf-upgrade.ts).
 */
import { useState } from "preact/hooks";
import type { TargetedSubmitEvent } from "preact";
import { USERNAME, type SessionResponse } from "../../protocol/api.ts";
import type { Api } from "../api.ts";
import { deriveKeys, recipientOf, unwrapIdentity, type WrapKey } from "../crypto.ts";
import { nextPaint, useFocusOnMount } from "../hooks.ts";
import { needsUpgrade, upgradeKdf } from "../kdf-upgrade.ts";
import { t, type MessageKey } from "../messages/en.ts";
import type { Session } from "../session.ts";
import { ErrorText, Field, StatusText, errorMessage, formText } from "./ui.tsx";

const TOTP = /^[0-9]{6}$/;

interface LoginProps {
  readonly api: Api;
  /** Why the user is here again (session ended, idle), if any. */
  readonly notice: MessageKey | null;
  readonly onLoggedIn: (session: Session) => void;
}

export function Login({ api, notice, onLoggedIn }: LoginProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [upgrading, setUpgrading] = useState(false);
  const heading = useFocusOnMount<HTMLHeadingElement>();

  async function submit(e: TargetedSubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const username = formText(form, "username").trim();
    const passphrase = formText(form, "passphrase");
    // Authenticator apps show "123 456"; the spaces are display only.
    const totp = formText(form, "totp").replace(/\s+/g, "");
    const invalid = !USERNAME.test(username)
      ? "login.usernameFormat"
      : passphrase === ""
        ? "login.passphraseMissing"
        : !TOTP.test(totp)
          ? "login.totpFormat"
          : null;
    if (invalid !== null) {
      setError(t(invalid));
      return;
    }
    setError(null);
    setBusy(true);
    await nextPaint();
    try {
      const { kdf } = await api.loginParams(username);
      const keys = await deriveKeys(passphrase, kdf);
      const res = await api.login({ username, auth: keys.auth, totp });
      api.setCsrf(res.csrf);
      const session = await openSession(api, keys.wrapKey, res);
      if (typeof session === "string") {
        setError(t(session));
        return;
      }
      if (needsUpgrade(kdf, res.kdfPolicy)) {
        setUpgrading(true);
        // Best effort: on failure the account keeps its parameters and the next login tries again.
        await upgradeKdf(api, {
          passphrase,
          currentAuth: keys.auth,
          identity: session.identity,
          policy: res.kdfPolicy,
        }).catch(() => undefined);
      }
      form.reset();
      onLoggedIn(session);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
      setUpgrading(false);
    }
  }

  return (
    <main id="main" class="narrow">
      <h1 ref={heading} tabIndex={-1}>
        {t("login.title")}
      </h1>
      {notice !== null && <p class="notice">{t(notice)}</p>}
      <form id="recipient-login" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
        <Field
          id="login-username"
          name="username"
          label={t("login.username")}
          autoComplete="username"
          maxLength={32}
        />
        <Field
          id="login-passphrase"
          name="passphrase"
          type="password"
          label={t("login.passphrase")}
          autoComplete="current-password"
        />
        <Field
          id="login-totp"
          name="totp"
          label={t("login.totp")}
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={9}
        />
        <button type="submit" disabled={busy}>
          {busy ? t("app.working") : t("login.submit")}
        </button>
        <StatusText
          id="login-status"
          message={upgrading ? t("login.upgrading") : busy ? t("login.working") : null}
        />
        <ErrorText id="login-error" message={error} />
      </form>
    </main>
  );
}

/**
 * Opens the identity from a login or enrolment answer. On failure the
 * server session is ended, so no half-working session is left behind.
 * @returns the session, or the message key explaining the failure.
 */
export async function openSession(
  api: Api,
  wrapKey: WrapKey,
  res: SessionResponse,
): Promise<Session | MessageKey> {
  let identity: string;
  try {
    identity = await unwrapIdentity(wrapKey, res.wrapped);
  } catch {
    await endSession(api);
    return "login.unwrapFailed";
  }
  // The server could hand back someone else's wrapped key or recipient; the
  // identity we opened must be the one replies are addressed to.
  if ((await recipientOf(identity)) !== res.recipient) {
    await endSession(api);
    return "login.keyMismatch";
  }
  return { me: res.me, identity, recipient: res.recipient, idleSeconds: res.idleSeconds };
}

async function endSession(api: Api): Promise<void> {
  await api.logout().catch(() => undefined);
  api.clear();
}

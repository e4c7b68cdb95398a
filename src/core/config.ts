/**
 * The instance configuration (`postern.json` in the data folder): what an
 * operator may edit. Secrets live apart, in `secrets.json` (mode 0600).
 */
import { MIN_KDF } from "../protocol/api.ts";
import { PosternError } from "../protocol/errors.ts";
import { isPlainName, PLAIN_NAME_RULE } from "./plain-name.ts";
import { z } from "./validate.ts";

export interface Limits {
  /** Largest single file, in bytes (plaintext). */
  readonly maxFileBytes: number;
  /** Largest submission (all files together), in bytes (plaintext). */
  readonly maxSubmissionBytes: number;
  readonly maxFiles: number;
  /** Longest message, in characters (Unicode code points). */
  readonly maxMessageChars: number;
}

export interface Config {
  readonly version: 1;
  readonly orgName: string;
  readonly defaultLocale: string;
  readonly limits: Limits;
  /** A source session ends after this long without a request… */
  readonly sessionIdleSeconds: number;
  /** …and after this long in any case. */
  readonly sessionAbsoluteSeconds: number;
  /** Form tokens outlive a slow upload over Tor: hours, not minutes. */
  readonly csrfLifetimeSeconds: number;
  /**
   * Failed codename logins allowed per minute across the instance (a token
   * bucket per server process). A correct codename always gets in.
   */
  readonly loginFailuresPerMinute: number;
  /**
   * New sources (a codename continued from its page: a session row and a
   * post-quantum key generation) allowed per minute across the instance.
   */
  readonly newSourcesPerMinute: number;
  /** Recipient web app: session ends after this long without a request… */
  readonly recipientIdleSeconds: number;
  /** …and after this long in any case. */
  readonly recipientAbsoluteSeconds: number;
  /**
   * Argon2id cost the browser pays to turn a passphrase into keys (memory in
   * KiB, iterations, lanes). Applies to accounts enrolled from now on; an
   * older account moves to it at its next login in the web app.
   */
  readonly recipientKdf: { readonly m: number; readonly t: number; readonly p: number };
}

export const DEFAULT_RECIPIENT_KDF = { m: 64 * 1024, t: 3, p: 1 } as const;

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 500 * MiB,
  maxSubmissionBytes: 2048 * MiB,
  maxFiles: 20,
  maxMessageChars: 100_000,
};

export function defaultConfig(orgName: string): Config {
  return {
    version: 1,
    orgName,
    defaultLocale: "en",
    limits: DEFAULT_LIMITS,
    sessionIdleSeconds: 6 * 3600,
    sessionAbsoluteSeconds: 24 * 3600,
    csrfLifetimeSeconds: 8 * 3600,
    loginFailuresPerMinute: 120,
    newSourcesPerMinute: 60,
    recipientIdleSeconds: 30 * 60,
    recipientAbsoluteSeconds: 12 * 3600,
    recipientKdf: DEFAULT_RECIPIENT_KDF,
  };
}

/** Checks an operator-edited config; unknown keys are refused, not ignored. */
export function parseConfig(raw: unknown): Config {
  const o = z.object(raw, "config", [
    "version",
    "orgName",
    "defaultLocale",
    "limits",
    "sessionIdleSeconds",
    "sessionAbsoluteSeconds",
    "csrfLifetimeSeconds",
    "loginFailuresPerMinute",
    "newSourcesPerMinute",
    "recipientIdleSeconds",
    "recipientAbsoluteSeconds",
    "recipientKdf",
  ]);
  if (o.version !== 1) throw new PosternError("config_invalid", "config: version must be 1");
  const l = z.object(o.limits, "config.limits", [
    "maxFileBytes",
    "maxSubmissionBytes",
    "maxFiles",
    "maxMessageChars",
  ]);
  return {
    version: 1,
    orgName: plainName(z.string(o.orgName, "config.orgName", 1, 200), "config.orgName"),
    defaultLocale: z.string(o.defaultLocale, "config.defaultLocale", 2, 20),
    limits: {
      maxFileBytes: z.int(l.maxFileBytes, "config.limits.maxFileBytes", 1, 2 ** 45),
      maxSubmissionBytes: z.int(
        l.maxSubmissionBytes,
        "config.limits.maxSubmissionBytes",
        1,
        2 ** 47,
      ),
      maxFiles: z.int(l.maxFiles, "config.limits.maxFiles", 0, 1000),
      maxMessageChars: z.int(l.maxMessageChars, "config.limits.maxMessageChars", 1, 10_000_000),
    },
    sessionIdleSeconds: z.int(o.sessionIdleSeconds, "config.sessionIdleSeconds", 60, 7 * 86400),
    sessionAbsoluteSeconds: z.int(
      o.sessionAbsoluteSeconds,
      "config.sessionAbsoluteSeconds",
      60,
      30 * 86400,
    ),
    csrfLifetimeSeconds: z.int(o.csrfLifetimeSeconds, "config.csrfLifetimeSeconds", 60, 7 * 86400),
    // Added after the first release: absent means the default.
    loginFailuresPerMinute:
      o.loginFailuresPerMinute === undefined
        ? 120
        : z.int(o.loginFailuresPerMinute, "config.loginFailuresPerMinute", 1, 1_000_000),
    newSourcesPerMinute:
      o.newSourcesPerMinute === undefined
        ? 60
        : z.int(o.newSourcesPerMinute, "config.newSourcesPerMinute", 1, 1_000_000),
    recipientIdleSeconds:
      o.recipientIdleSeconds === undefined
        ? 30 * 60
        : z.int(o.recipientIdleSeconds, "config.recipientIdleSeconds", 60, 86400),
    recipientAbsoluteSeconds:
      o.recipientAbsoluteSeconds === undefined
        ? 12 * 3600
        : z.int(o.recipientAbsoluteSeconds, "config.recipientAbsoluteSeconds", 60, 7 * 86400),
    recipientKdf: o.recipientKdf === undefined ? DEFAULT_RECIPIENT_KDF : parseKdf(o.recipientKdf),
  };
}

function plainName(v: string, what: string): string {
  if (!isPlainName(v)) throw new PosternError("name_invalid", `${what} ${PLAIN_NAME_RULE}`);
  return v;
}

function parseKdf(v: unknown): Config["recipientKdf"] {
  const k = z.object(v, "config.recipientKdf", ["m", "t", "p"]);
  return {
    // Browsers refuse less than MIN_KDF (a hostile server must not make keys cheap).
    m: z.int(k.m, "config.recipientKdf.m", MIN_KDF.m, 4 * 1024 * 1024),
    t: z.int(k.t, "config.recipientKdf.t", MIN_KDF.t, 20),
    p: z.int(k.p, "config.recipientKdf.p", 1, 8),
  };
}

/**
 * The recipient API, shared by the server (src/web/recipient/api.ts) and the
 * browser app (src/web/recipient/app/). JSON over same-origin fetch. No DOM,
 * no Node: both sides compile this file.
 *
 * Zero knowledge (DESIGN §3): the browser turns the passphrase into a master
 * key with Argon2id, then HKDF-SHA-256 (salt empty) into
 *   auth key  (info "postern/v1/auth", 32 bytes) — sent, base64url, on login;
 *   wrap key  (info "postern/v1/wrap", 32 bytes) — never sent; AES-256-GCM
 *             key that wraps the age identity string.
 * The server stores a slow hash of the auth key, the wrapped identity and the
 * public recipient. It never receives the passphrase, master key, wrap key or
 * identity.
 *
 * Wrapped identity: base64url( nonce(12) || AES-256-GCM(wrap key, identity
 * UTF-8, additionalData = UTF-8 "postern/v1/identity") ).
 *
 * Sessions: an HttpOnly, SameSite=Strict cookie. Every POST except the four
 * pre-session ones (login/params, login, invite/check, enrol) must carry the
 * session's CSRF token in the `x-postern-csrf` header; every POST must have
 * `content-type: application/json` (replies: `application/octet-stream`) and,
 * when the browser sends one, an `Origin` equal to the page's own.
 *
 * Errors: a non-2xx status with `{ "error": code }`, a code of the catalogue
 * (./errors.ts) whose audience is the recipient, and for a few codes the
 * values its message names (`"params": { "locale": "fr", "key": "…" }`).
 */
import type { CodeFor, ErrorParams } from "./errors.ts";

export const CSRF_HEADER = "x-postern-csrf";

export const AUTH_INFO = "postern/v1/auth";
export const WRAP_INFO = "postern/v1/wrap";
export const IDENTITY_AAD = "postern/v1/identity";

/**
 * The least Argon2id cost the browser accepts from a server (OWASP's floor:
 * 19 MiB, 2 passes): a hostile server cannot make the auth key cheap.
 * Passphrases are NFC-normalised before Argon2id.
 */
export const MIN_KDF = { m: 19 * 1024, t: 2, p: 1 } as const;

/** Largest reply ciphertext the server stores (bytes). */
export const MAX_REPLY_BYTES = 2 * 1024 * 1024;

/** Passphrases shorter than this are refused by the browser (the server never sees them). */
export const MIN_PASSPHRASE_CHARS = 12;

/** Usernames: 3–32 of a-z, 0-9, '.', '_', '-'; starting with a letter or digit. */
export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,31}$/;

export type Role = "admin" | "recipient";
export type KeyKind = "pq" | "classic";

export interface KdfParams {
  readonly alg: "argon2id";
  /** Memory in KiB. */
  readonly m: number;
  /** Iterations. */
  readonly t: number;
  /** Parallelism. */
  readonly p: number;
  /** base64url, 16 bytes. */
  readonly salt: string;
}

/** A refusal: a code the recipient audience meets (errors.ts), and its message's params if any. */
export interface ApiError {
  readonly error: CodeFor<"recipient">;
  readonly params?: ErrorParams;
}

// ---- pre-session -----------------------------------------------------------

/** POST /api/v1/invite/check */
export interface InviteCheckRequest {
  readonly token: string;
}
export interface InviteCheckResponse {
  readonly name: string;
  readonly role: Role;
  /** The channel the new recipient will join, if any; decides the key kind. */
  readonly channel: { readonly slug: string; readonly name: string } | null;
  readonly kind: KeyKind;
  /** Argon2id parameters to use, with a fresh random salt. */
  readonly kdf: KdfParams;
}

/** POST /api/v1/enrol — consumes the invite; answers with a TOTP secret to confirm. */
export interface EnrolRequest {
  readonly token: string;
  readonly username: string;
  readonly kdf: KdfParams;
  /** base64url, 32 bytes. */
  readonly auth: string;
  /** age recipient (age1… or age1pq1…) of the identity generated in the browser. */
  readonly recipient: string;
  /** See "Wrapped identity" above. */
  readonly wrapped: string;
}
export interface EnrolResponse {
  /** Base32 (RFC 4648, no padding), shown as text in #totp-secret and as a QR code. */
  readonly totpSecret: string;
  /** otpauth://totp/… URI for the QR code. */
  readonly totpUri: string;
  /** CSRF token of the enrolment session (cookie set), for POST /api/v1/enrol/totp. */
  readonly csrf: string;
}

/** POST /api/v1/enrol/totp (enrolment session + CSRF) — activates the account. */
export interface EnrolTotpRequest {
  readonly totp: string;
}
// answers SessionResponse

/** POST /api/v1/login/params — same shape for unknown usernames (a deterministic fake). */
export interface LoginParamsRequest {
  readonly username: string;
}
export interface LoginParamsResponse {
  readonly kdf: KdfParams;
}

/** POST /api/v1/login */
export interface LoginRequest {
  readonly username: string;
  readonly auth: string;
  readonly totp: string;
}

export interface Me {
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  /** Channels this account is a recipient of. */
  readonly channels: readonly ChannelInfo[];
}

export interface SessionResponse {
  readonly me: Me;
  /** Wrapped identity and its public recipient (login only; enrolment already has them). */
  readonly wrapped: string;
  readonly recipient: string;
  readonly csrf: string;
  /** Seconds of inactivity before the session ends. */
  readonly idleSeconds: number;
  /**
   * The Argon2id cost the server asks of accounts now. After a login whose
   * parameters differ, the app moves the account to it (POST /api/v1/account/kdf).
   */
  readonly kdfPolicy: KdfCost;
}

/** Argon2id cost without a salt. */
export type KdfCost = Pick<KdfParams, "m" | "t" | "p">;

// ---- session ---------------------------------------------------------------

export interface ChannelInfo {
  readonly slug: string;
  readonly name: string;
  readonly kind: KeyKind;
}

/** GET /api/v1/me → Me (the channels as they are now). */

/**
 * POST /api/v1/account/kdf → { ok: true } — replaces the account's Argon2id
 * parameters, auth key and wrapped identity at once (checked as at
 * enrolment: a cost at least the policy's, a fresh 16-byte salt). `current`
 * is the auth key the session logged in with: a session alone is not enough
 * to replace the only copy of the wrapped identity. Wrong `current`: 403
 * forbidden; failures count toward the login lock of that credential.
 */
export interface ChangeKdfRequest {
  /** base64url, 32 bytes: the auth key under the account's present parameters. */
  readonly current: string;
  readonly kdf: KdfParams;
  /** base64url, 32 bytes: the auth key under `kdf`. */
  readonly auth: string;
  /** The same identity, wrapped under the wrap key from `kdf`. */
  readonly wrapped: string;
}

/** GET /api/v1/sources[?channel=SLUG] — newest activity first. */
export interface SourceSummary {
  readonly id: string;
  /** Random two words ("amber heron"). */
  readonly designation: string;
  /** The channel of the source's latest submission this account can read. */
  readonly channel: ChannelInfo;
  /** Submissions this account has not marked read. */
  readonly unread: number;
  readonly submissions: number;
  readonly replies: number;
  readonly starred: boolean;
  /** UTC day (YYYY-MM-DD) of the last submission or reply. */
  readonly lastDay: string;
}
export interface SourcesResponse {
  readonly sources: readonly SourceSummary[];
}

export interface BlobRef {
  readonly id: string;
  /** Ciphertext bytes. */
  readonly size: number;
}

/** One item of a conversation, oldest first. Fetch ciphertext at GET /api/v1/blobs/:id. */
export type ConversationItem =
  | {
      readonly kind: "submission";
      readonly id: string;
      readonly seq: number;
      readonly day: string;
      readonly channel: string;
      readonly read: boolean;
      /** age file of the JSON manifest { v:1, message, files:[{blob,name,type,size}] }. */
      readonly manifest: BlobRef;
      readonly files: readonly BlobRef[];
    }
  | {
      readonly kind: "reply";
      readonly id: string;
      readonly seq: number;
      readonly day: string;
      readonly channel: string;
      /** The reply's age file (UTF-8 text) is its own blob: id is the blob id. */
      readonly size: number;
    };

/** GET /api/v1/sources/:id */
export interface ConversationResponse {
  readonly source: SourceSummary;
  readonly items: readonly ConversationItem[];
  /**
   * Age recipients a reply must be encrypted to: every recipient of the
   * channel, then the source's reply key of the channel's kind.
   */
  readonly replyTo: readonly string[];
}

/**
 * POST /api/v1/sources/:id/replies — body: the reply's age file
 * (application/octet-stream, at most MAX_REPLY_BYTES). The server checks that
 * it is a well-formed age file with exactly one stanza per `replyTo` entry,
 * each of the channel's kind. Answers { id }.
 */
export interface ReplyCreated {
  readonly id: string;
}

/** POST /api/v1/sources/:id/read { read } — marks every submission of the source. */
export interface ReadRequest {
  readonly read: boolean;
}
/** POST /api/v1/sources/:id/star { starred } */
export interface StarRequest {
  readonly starred: boolean;
}
/** POST /api/v1/sources/:id/delete {} — the source, every row and blob (shredded). */

/** POST /api/v1/logout {} — ends the session; answers with Clear-Site-Data. */

// ---- channel keys (every member) ---------------------------------------------

/** Whose key: an account (by username) or a key added on the command line (by its name). */
export type KeyOwnerKind = "account" | "key";

export interface ChannelKey {
  /** The age recipient; the app shows its fingerprint, computed in the browser. */
  readonly recipient: string;
  readonly owner: string;
  readonly ownerKind: KeyOwnerKind;
}

/** Who changed a key list: an admin in the web app, the operator on the command line, or an invite's enrolment. */
export type EventActorKind = "admin" | "operator" | "invite";

export interface ChannelEvent {
  /** 1, 2, 3… per channel. */
  readonly seq: number;
  /** UTC day (YYYY-MM-DD); no time is kept. */
  readonly day: string;
  readonly action: "added" | "removed";
  readonly recipient: string;
  readonly owner: string;
  readonly ownerKind: KeyOwnerKind;
  readonly by: EventActorKind;
  /** The admin's username when `by` is "admin", else null. */
  readonly admin: string | null;
}

/**
 * A channel the account belongs to, its keys now, and its membership log.
 * Everything sent to the channel from now on (submissions, replies) is
 * encrypted to every key in `keys`.
 */
export interface ChannelKeys extends ChannelInfo {
  readonly keys: readonly ChannelKey[];
  /** The latest changes, newest first (at most CHANNEL_EVENTS_SHOWN). */
  readonly events: readonly ChannelEvent[];
  /** Number of the latest change (0: none logged). */
  readonly seq: number;
  /** The latest change this account acknowledged; null when it never has. */
  readonly ackedSeq: number | null;
  /** True when the key list changed (even back and forth) since this account acknowledged it. */
  readonly changed: boolean;
}

export const CHANNEL_EVENTS_SHOWN = 50;

/** GET /api/v1/channels — the channels this account is a member of. */
export interface ChannelsResponse {
  readonly channels: readonly ChannelKeys[];
}

/**
 * POST /api/v1/channels/:slug/ack { seq } — "I have checked the keys as of
 * change `seq`" (the `seq` the app showed, so a change made meanwhile stays
 * unacknowledged). Answers the channel's ChannelKeys; 404 not_found for a
 * channel the account is not a member of.
 */
export interface AckRequest {
  readonly seq: number;
}

// ---- admin (role admin) ----------------------------------------------------

export interface AccountInfo {
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  readonly active: boolean;
  readonly channels: readonly string[];
}

/** GET /api/v1/admin/overview */
export interface AdminOverview {
  readonly channels: readonly (ChannelInfo & { readonly recipients: readonly string[] })[];
  readonly accounts: readonly AccountInfo[];
}
/** POST /api/v1/admin/channels */
export interface CreateChannelRequest {
  readonly slug: string;
  readonly name: string;
  readonly kind: KeyKind;
}
/** POST /api/v1/admin/invites → InviteCreated */
export interface CreateInviteRequest {
  readonly name: string;
  readonly role: Role;
  readonly channel: string | null;
}
export interface InviteCreated {
  /** Path and fragment only ("/invite#TOKEN"): the token never reaches a server log. */
  readonly link: string;
  /** Unix seconds. */
  readonly expires: number;
}
/** POST /api/v1/admin/members { username, channel, member } — adds or removes a recipient. */
export interface MemberRequest {
  readonly username: string;
  readonly channel: string;
  readonly member: boolean;
}

/**
 * GET /api/v1/admin/texts — the organization's texts (texts.json) and what
 * may be set. POST the same `texts` shape back: it is checked like the file
 * (ICU syntax, arguments as in English) and replaces it whole. Refused:
 * 400 { error: "bad_request", reason } naming the locale and key.
 */
export interface AdminTexts {
  readonly texts: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly locales: readonly {
    readonly tag: string;
    readonly name: string;
    readonly dir: string;
  }[];
  /** Keys an organization may set: its own `org.*` ones, then the catalogue's. */
  readonly keys: readonly string[];
  /** The English catalogue, for reference while writing. */
  readonly english: Readonly<Record<string, string>>;
}

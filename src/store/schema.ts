import type { Generated } from "kysely";

/**
 * Row types. Only what DESIGN §3 allows: random ids, hashed lookups, UTC days,
 * sequence numbers, ciphertext sizes and blob references. No plaintext, no
 * IP, no user agent, no precise time of a submission.
 */
export interface ChannelTable {
  id: string;
  slug: string;
  name: string;
  /** "pq" (age1pq1…, the default) or "classic" (age1…). Never mixed. */
  kind: string;
  created_day: string;
  /** Changes of its key list ever logged (numbers `channel_events.seq`; never decreases). */
  events: Generated<number>;
}

export interface RecipientTable {
  id: string;
  name: string;
  /** The age public recipient string. */
  recipient: string;
  kind: string;
  created_day: string;
}

export interface ChannelRecipientTable {
  channel_id: string;
  recipient_id: string;
}

export interface SourceTable {
  id: string;
  /** hex HMAC(instance secret, HKDF(codename entropy, salt, "lookup")). */
  lookup: string;
  /** Random two-word name recipients use ("amber heron"); not derived from the codename. */
  designation: string;
  reply_pq: string;
  reply_classic: string;
  created_day: string;
  last_day: string;
  submission_count: number;
  /** Replies ever stored for this source (numbers them; never decreases). */
  reply_count: Generated<number>;
  /** Submissions and replies ever stored; numbers them in one order (`ord`). */
  events: Generated<number>;
  /** Instance-wide order of the latest submission or reply (the inbox sorts by it; no clock). */
  activity: Generated<number>;
}

export interface ReplyTable {
  /** Also the blob id of the reply's age file. */
  id: string;
  source_id: string;
  channel_id: string;
  day: string;
  seq: number;
  /** Ciphertext size in bytes. */
  size: number;
  /** Position among the source's submissions and replies. */
  ord: Generated<number>;
  /** The instance-wide activity number it was stored with (orders a viewer's inbox). */
  activity: Generated<number>;
}

export interface SubmissionTable {
  id: string;
  source_id: string;
  channel_id: string;
  day: string;
  /** 1, 2, 3… per source. */
  seq: number;
  /** Position among the source's submissions and replies. */
  ord: Generated<number>;
  /** The instance-wide activity number it was stored with (orders a viewer's inbox). */
  activity: Generated<number>;
}

export interface BlobTable {
  id: string;
  submission_id: string;
  /** "manifest" (encrypted JSON: message, file names, types, sizes) or "file". */
  role: string;
  position: number;
  /** Ciphertext size in bytes. */
  size: number;
}

export interface SourceSessionTable {
  /** hex SHA-256 of the random id in the source's cookie. */
  id_hash: string;
  /** Set once the session belongs to a codename (new or returning source). */
  lookup: string | null;
  reply_pq: string | null;
  reply_classic: string | null;
  /**
   * The hour (unix seconds / 3600, rounded up) after which the session has
   * surely expired and the row may be purged. The deadlines themselves are
   * sealed with the identities: nothing in the clear dates a source's login
   * finer than an hour (issue #11).
   */
  purge_hour: number;
  /**
   * The source's reply identities and the session's deadlines, sealed under a
   * key that exists only in the source's cookie (base64). Neither the row nor
   * the cookie alone opens them.
   */
  reply_sealed: string | null;
}

/** A person who reads in the web app. Keys: see src/web/recipient/api-types.ts. */
export interface AccountTable {
  id: string;
  /** Lower-case login name the person chose. */
  username: string;
  /** The name the invite gave ("Alice Moreau"). */
  name: string;
  /** "admin" or "recipient". */
  role: string;
  /** "pending" until TOTP is confirmed, then "active". */
  status: string;
  /** Their age public key's row, once enrolled. */
  recipient_id: string | null;
  /** The channel the invite named, joined on activation. */
  join_channel_id: string | null;
  /** JSON KdfParams (Argon2id, run in the browser). */
  kdf: string;
  /** scrypt of the browser-derived auth key: "scrypt$N$r$p$salt$hash" (base64url). */
  auth_hash: string;
  /** The age identity wrapped in the browser; the server cannot open it. */
  wrapped: string;
  /** The TOTP secret sealed under a key derived from the instance secret. */
  totp_sealed: string;
  /** The last TOTP time step accepted (no code is accepted twice). */
  totp_last_step: Generated<number>;
  /** Wrong TOTP codes while enrolling (login failures are per pair: login_failures). */
  failures: Generated<number>;
  /** Unused since 0008_login_failures (locks are per (name, credential) pair). */
  locked_until: Generated<number>;
  created_day: string;
}

export interface InviteTable {
  /** hex SHA-256 of the token in the link's fragment. */
  id_hash: string;
  name: string;
  role: string;
  channel_id: string | null;
  /** Unix seconds. */
  expires: number;
}

export interface RecipientSessionTable {
  id_hash: string;
  account_id: string;
  /** "enrol" (may only confirm TOTP) or "full". */
  scope: string;
  csrf: string;
  idle_expires: number;
  absolute_expires: number;
}

export interface ReadTable {
  account_id: string;
  submission_id: string;
}

export interface StarTable {
  account_id: string;
  source_id: string;
}

/**
 * One change of a channel's key list, written in the same transaction as the
 * change (src/core/channel-events.ts). Members see it in the web app.
 */
export interface ChannelEventTable {
  channel_id: string;
  /** 1, 2, 3… per channel: the order, without a clock. */
  seq: number;
  /** UTC day only. */
  day: string;
  /** "added" or "removed". */
  action: string;
  /** The age recipient string of the key (members compare its fingerprint). */
  recipient: string;
  /** Whose key: the account's username, or the key's name given on the command line. */
  owner: string;
  /** "account" or "key" (a command-line key). */
  owner_kind: string;
  /** Who changed it: "admin" (web app), "operator" (command line) or "invite" (enrolment). */
  actor_kind: string;
  /** The admin's username; null for the operator and for an invite. */
  actor: string | null;
}

/** The last `channel_events.seq` of a channel that an account acknowledged having seen. */
export interface ChannelAckTable {
  account_id: string;
  channel_id: string;
  seq: number;
}

/**
 * Failed recipient logins of one (username, credential) pair. No username,
 * auth key or hash in it: `pair` is an HMAC under an instance-derived key.
 */
export interface LoginFailureTable {
  /** base64url HMAC(instance subkey, scrypt(auth key) ‖ username). */
  pair: string;
  /** Attempts since the row was made (a success deletes it). */
  failures: number;
  /** Unix seconds; the pair is refused before then. */
  locked_until: number;
  /** Unix seconds, on the hour, a day after the last attempt: then the row is swept. */
  expires: number;
}

export interface Database {
  channels: ChannelTable;
  recipients: RecipientTable;
  channel_recipients: ChannelRecipientTable;
  sources: SourceTable;
  submissions: SubmissionTable;
  blobs: BlobTable;
  source_sessions: SourceSessionTable;
  replies: ReplyTable;
  accounts: AccountTable;
  invites: InviteTable;
  recipient_sessions: RecipientSessionTable;
  reads: ReadTable;
  stars: StarTable;
  channel_events: ChannelEventTable;
  channel_acks: ChannelAckTable;
  login_failures: LoginFailureTable;
}

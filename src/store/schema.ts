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
  /** Unix seconds; the row is deleted when either passes. */
  idle_expires: number;
  absolute_expires: number;
  /**
   * The source's reply identities, sealed under a key that exists only in the
   * source's cookie (base64). Neither the row nor the cookie alone opens them.
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
  login_failures: LoginFailureTable;
}

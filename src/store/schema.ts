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
}

export interface SubmissionTable {
  id: string;
  source_id: string;
  channel_id: string;
  day: string;
  /** 1, 2, 3… per source. */
  seq: number;
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

export interface Database {
  channels: ChannelTable;
  recipients: RecipientTable;
  channel_recipients: ChannelRecipientTable;
  sources: SourceTable;
  submissions: SubmissionTable;
  blobs: BlobTable;
  source_sessions: SourceSessionTable;
  replies: ReplyTable;
}

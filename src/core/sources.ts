/**
 * Sources: who they are to the server (a lookup hash and two reply public
 * keys derived from the codename), and their sessions.
 *
 * The codename itself is forgotten as soon as these are derived: it is never
 * stored, logged, or put in a cookie or URL (DESIGN P3).
 */
import { createHash, randomBytes } from "node:crypto";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import { lookupHash, open, replyIdentity, seal, toRecipient } from "../crypto/index.ts";
import { sql } from "kysely";
import { relaxed, type Db } from "../store/db.ts";
import { unixSeconds } from "./clock.ts";
import type { Instance } from "./instance.ts";

export interface SourceKeys {
  /** hex lookup hash (DESIGN §3), as stored in `sources.lookup`. */
  readonly lookup: string;
  /** age recipients replies are encrypted to, one per channel kind. */
  readonly replyPq: string;
  readonly replyClassic: string;
}

/** The private halves of the reply keys: they open replies to this source. */
export interface ReplyIdentities {
  readonly pq: string;
  readonly classic: string;
}

function replyIdentities(inst: Instance, entropy: Uint8Array): ReplyIdentities {
  const { codenameSalt } = inst.secrets;
  return {
    pq: replyIdentity(entropy, codenameSalt, "pq"),
    classic: replyIdentity(entropy, codenameSalt, "classic"),
  };
}

function lookupOf(inst: Instance, entropy: Uint8Array): string {
  const { codenameSalt, instanceSecret } = inst.secrets;
  return lookupHash(entropy, codenameSalt, instanceSecret).toString("hex");
}

/** Everything a new codename gives: its lookup, its reply identities and their recipients. */
export async function deriveSource(
  inst: Instance,
  entropy: Uint8Array,
): Promise<{ keys: SourceKeys; identities: ReplyIdentities }> {
  const identities = replyIdentities(inst, entropy);
  // Both in the crypto pool at once.
  const [replyPq, replyClassic] = await Promise.all([
    toRecipient(identities.pq),
    toRecipient(identities.classic),
  ]);
  return { keys: { lookup: lookupOf(inst, entropy), replyPq, replyClassic }, identities };
}

export async function deriveSourceKeys(inst: Instance, entropy: Uint8Array): Promise<SourceKeys> {
  return (await deriveSource(inst, entropy)).keys;
}

/**
 * A returning source: null when no source has this codename. The reply
 * recipients come from its row, where its first submission put them, so a
 * login costs two HKDFs and one query, not a post-quantum key generation.
 */
export async function findSource(
  inst: Instance,
  entropy: Uint8Array,
): Promise<{ keys: SourceKeys; identities: ReplyIdentities } | null> {
  const lookup = lookupOf(inst, entropy);
  const row = await inst.db
    .selectFrom("sources")
    .select(["reply_pq", "reply_classic"])
    .where("lookup", "=", lookup)
    .executeTakeFirst();
  if (row === undefined) return null;
  return {
    keys: { lookup, replyPq: row.reply_pq, replyClassic: row.reply_classic },
    identities: replyIdentities(inst, entropy),
  };
}

export async function sourceExists(db: Db, lookup: string): Promise<boolean> {
  const r = await db
    .selectFrom("sources")
    .select("id")
    .where("lookup", "=", lookup)
    .executeTakeFirst();
  return r !== undefined;
}

/** A random two-word name for recipients to call a source by ("amber heron"). */
export function randomDesignation(): string {
  const b = randomBytes(4);
  return `${wordlist[b.readUInt16BE(0) % 2048] ?? ""} ${wordlist[b.readUInt16BE(2) % 2048] ?? ""}`;
}

// ---- sessions ----------------------------------------------------------------
//
// The cookie is `token` (anonymous: it only binds form tokens) or
// `token.key` (a source's session). The row is keyed by SHA-256(token) and
// holds the lookup hash, the reply public keys, and the reply identities
// sealed under `key`. The key never reaches the database, the row never
// reaches the browser: a copy of either alone opens nothing (DESIGN §3).

const PART = /^[A-Za-z0-9_-]{43}$/;

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

interface CookieParts {
  readonly token: string;
  readonly key: Buffer | null;
}

function parseCookie(v: unknown): CookieParts | null {
  if (typeof v !== "string" || v.length > 87) return null;
  const [token = "", key, ...rest] = v.split(".");
  if (!PART.test(token) || rest.length > 0) return null;
  if (key === undefined) return { token, key: null };
  if (!PART.test(key)) return null;
  const bytes = Buffer.from(key, "base64url");
  // One spelling per key: the unused low bits of the last character must be zero.
  if (bytes.toString("base64url") !== key) return null;
  return { token, key: bytes };
}

/** Whether a cookie value has the shape of ours (it may still be unknown or expired). */
export function isSessionToken(v: unknown): v is string {
  return parseCookie(v) !== null;
}

/** What rows and form tokens are keyed by: a hash of the token part, never the key. */
export function sessionBinding(cookie: string): string {
  const token = parseCookie(cookie)?.token ?? cookie;
  return createHash("sha256").update(token).digest("hex");
}

export interface SourceSession {
  /** The whole cookie value. */
  readonly token: string;
  readonly keys: SourceKeys;
  readonly identities: ReplyIdentities;
}

/**
 * Starts a session for a codename; returns the new cookie value. The session
 * of `replacing` (the cookie the browser came with), if any, ends in the same
 * transaction: one write to disk, and never two live sessions for one browser.
 */
export async function startSourceSession(
  inst: Instance,
  keys: SourceKeys,
  identities: ReplyIdentities,
  replacing?: unknown,
): Promise<string> {
  const token = newSessionToken();
  const key = randomBytes(32);
  const idHash = sessionBinding(token);
  const now = unixSeconds();
  const old = parseCookie(replacing);
  await purgeExpiredSessions(inst.db, now);
  // Relaxed: a power cut may cost this session (the source logs in again), nothing else.
  await relaxed(inst.db, (conn) =>
    conn.transaction().execute(async (tx) => {
      if (old) {
        await tx
          .deleteFrom("source_sessions")
          .where("id_hash", "=", sessionBinding(old.token))
          .execute();
      }
      await tx
        .insertInto("source_sessions")
        .values({
          id_hash: idHash,
          lookup: keys.lookup,
          reply_pq: keys.replyPq,
          reply_classic: keys.replyClassic,
          reply_sealed: seal(key, Buffer.from(JSON.stringify(identities)), idHash).toString(
            "base64",
          ),
          idle_expires: now + inst.config.sessionIdleSeconds,
          absolute_expires: now + inst.config.sessionAbsoluteSeconds,
        })
        .execute();
    }),
  );
  const cookie = `${token}.${key.toString("base64url")}`;
  key.fill(0);
  return cookie;
}

/** The live session for a cookie, its idle timer renewed; null when none, expired, or not openable. */
/** Sessions' idle deadlines move forward in steps of this many seconds. */
export const IDLE_SLIDE_SECONDS = 60;

export async function loadSourceSession(
  inst: Instance,
  cookie: unknown,
): Promise<SourceSession | null> {
  const parts = parseCookie(cookie);
  if (parts?.key == null || typeof cookie !== "string") return null;
  const now = unixSeconds();
  const idHash = sessionBinding(parts.token);
  const row = await inst.db
    .selectFrom("source_sessions")
    .selectAll()
    .where("id_hash", "=", idHash)
    .executeTakeFirst();
  if (!row) return null;
  if (row.idle_expires <= now || row.absolute_expires <= now) {
    await inst.db.deleteFrom("source_sessions").where("id_hash", "=", idHash).execute();
    return null;
  }
  if (
    row.lookup === null ||
    row.reply_pq === null ||
    row.reply_classic === null ||
    row.reply_sealed === null
  ) {
    return null;
  }
  const opened = open(parts.key, Buffer.from(row.reply_sealed, "base64"), idHash);
  if (opened === null) return null;
  const ids = JSON.parse(opened.toString("utf8")) as Partial<ReplyIdentities>;
  opened.fill(0);
  if (typeof ids.pq !== "string" || typeof ids.classic !== "string") return null;
  const idle = Math.min(now + inst.config.sessionIdleSeconds, row.absolute_expires);
  // Slide the idle deadline at most once a minute: a write (and an fsync) per
  // page view would cost more than the precision is worth.
  if (idle - row.idle_expires >= IDLE_SLIDE_SECONDS) {
    await relaxed(inst.db, (conn) =>
      conn
        .updateTable("source_sessions")
        .set({ idle_expires: idle })
        .where("id_hash", "=", idHash)
        .execute(),
    );
  }
  return {
    token: cookie,
    keys: { lookup: row.lookup, replyPq: row.reply_pq, replyClassic: row.reply_classic },
    identities: { pq: ids.pq, classic: ids.classic },
  };
}

export async function endSourceSession(inst: Instance, cookie: unknown): Promise<void> {
  const parts = parseCookie(cookie);
  if (!parts) return;
  await inst.db
    .deleteFrom("source_sessions")
    .where("id_hash", "=", sessionBinding(parts.token))
    .execute();
}

/** Expired sessions are swept at most this often (each sweep is a write, and a scan). */
const PURGE_EVERY_SECONDS = 60;
const lastPurge = new WeakMap<Db, number>();

/** Expired rows open nothing (loadSourceSession checks both deadlines); this only tidies. */
async function purgeExpiredSessions(db: Db, now: number): Promise<void> {
  if (now - (lastPurge.get(db) ?? -Infinity) < PURGE_EVERY_SECONDS) return;
  lastPurge.set(db, now);
  await relaxed(db, (conn) =>
    conn
      .deleteFrom("source_sessions")
      .where((eb) => eb.or([eb("idle_expires", "<=", now), eb("absolute_expires", "<=", now)]))
      .execute(),
  );
}

/**
 * Deletes a source and everything of theirs: submissions, files, replies,
 * sessions. Rows go in one transaction; the blobs are then shredded.
 * @returns what was removed, or null when no source has this designation.
 */
export async function deleteSource(
  inst: Instance,
  designation: string,
): Promise<{ submissions: number; replies: number; blobs: number } | null> {
  const source = await inst.db
    .selectFrom("sources")
    .select(["id", "lookup"])
    .where("designation", "=", designation.trim().toLowerCase())
    .executeTakeFirst();
  if (!source) return null;
  const { ids, submissions, replies } = await inst.db.transaction().execute(async (tx) => {
    const subs = await tx
      .selectFrom("submissions")
      .select("id")
      .where("source_id", "=", source.id)
      .execute();
    const blobRows = subs.length
      ? await tx
          .selectFrom("blobs")
          .select("id")
          .where(
            "submission_id",
            "in",
            subs.map((s) => s.id),
          )
          .execute()
      : [];
    const replyRows = await tx
      .selectFrom("replies")
      .select("id")
      .where("source_id", "=", source.id)
      .execute();
    if (subs.length)
      await tx
        .deleteFrom("blobs")
        .where(
          "submission_id",
          "in",
          subs.map((s) => s.id),
        )
        .execute();
    await tx.deleteFrom("submissions").where("source_id", "=", source.id).execute();
    await tx.deleteFrom("replies").where("source_id", "=", source.id).execute();
    await tx.deleteFrom("source_sessions").where("lookup", "=", source.lookup).execute();
    await tx.deleteFrom("sources").where("id", "=", source.id).execute();
    return {
      ids: [...blobRows.map((b) => b.id), ...replyRows.map((r) => r.id)],
      submissions: subs.length,
      replies: replyRows.length,
    };
  });
  for (const id of ids) await inst.blobs.shred(id);
  return { submissions, replies, blobs: ids.length };
}

/**
 * The value a source's `activity` takes when something of theirs is stored:
 * one more than any source's, so the inbox can sort by it without a clock.
 */
export const nextActivity = sql<number>`(select coalesce(max(activity), 0) + 1 from sources)`;

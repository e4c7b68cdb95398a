/**
 * Sources: who they are to the server (a lookup hash and two reply public
 * keys derived from the codename), and their sessions.
 *
 * The codename itself is forgotten as soon as these are derived: it is never
 * stored, logged, or put in a cookie or URL (DESIGN P3).
 */
import { createHash, randomBytes } from "node:crypto";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import {
  issueStamped,
  lookupHash,
  open,
  replyIdentity,
  seal,
  verifyStamped,
} from "../crypto/index.ts";
import { toRecipient } from "../runtime/crypto-pool.ts";
import { forgetDeleted, relaxed, type Db } from "../store/db.ts";
import { findChannelBySlug } from "../store/queries/channels.ts";
import { deleteSourceRows } from "../store/queries/source-deletion.ts";
import {
  deleteSourceSession,
  findSourceSession,
  purgeSourceSessions,
  replaceSourceSession,
  resealSourceSession,
} from "../store/queries/source-sessions.ts";
import {
  findSourceIdByDesignation,
  findSourceIdByLookup,
  findSourceReplyKeys,
} from "../store/queries/sources.ts";
import { unixSeconds } from "../runtime/clock.ts";
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
  const row = await findSourceReplyKeys(inst.db, lookup);
  if (row === undefined) return null;
  return {
    keys: { lookup, replyPq: row.reply_pq, replyClassic: row.reply_classic },
    identities: replyIdentities(inst, entropy),
  };
}

export async function sourceExists(db: Db, lookup: string): Promise<boolean> {
  return (await findSourceIdByLookup(db, lookup)) !== undefined;
}

// ---- new codenames ------------------------------------------------------------
//
// Showing a new codename stores nothing and costs no key generation (issue #11,
// finding 14): its page carries the codename back in its continue form with a
// proof that this server issued it, to this browser, within the hour. Only on
// continue are the reply keys made and a session row written. The proof keeps
// that form from being an oracle that tests codenames without spending the
// login budget: it opens only for codenames the server drew itself.

/** How long a codename page may be continued from. */
export const NEW_CODENAME_SECONDS = 3600;
const PROOF_LABEL = "postern/v1/new-codename";

/** A proof that this server issued `entropy` to the browser bound by `binding`. */
export function codenameProof(
  inst: Instance,
  binding: string,
  entropy: Uint8Array,
  now = Date.now(),
): string {
  const secret = inst.secrets.instanceSecret;
  return issueStamped(secret, PROOF_LABEL, [entropy, binding], NEW_CODENAME_SECONDS, now);
}

/** Constant-time check of a codename proof; false when malformed, forged, or expired. */
export function checkCodenameProof(
  inst: Instance,
  binding: string,
  entropy: Uint8Array,
  proof: unknown,
  now = Date.now(),
): boolean {
  const secret = inst.secrets.instanceSecret;
  return verifyStamped(secret, PROOF_LABEL, [entropy, binding], proof, now);
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

/** What is sealed under the cookie's key: the reply identities and both deadlines. */
interface SealedSession {
  readonly pq: string;
  readonly classic: string;
  /** Unix seconds. Sealed, so that no row dates a source's login (issue #11). */
  readonly idle: number;
  readonly absolute: number;
}

const HOUR = 3600;

/** The hour from which a session ending at `expires` may be purged (it has surely ended). */
function purgeHour(s: SealedSession): number {
  return Math.ceil(Math.min(s.idle, s.absolute) / HOUR);
}

function sealSession(key: Buffer, idHash: string, s: SealedSession): string {
  return seal(key, Buffer.from(JSON.stringify(s)), idHash).toString("base64");
}

function openSession(key: Buffer, idHash: string, sealed: string): SealedSession | null {
  const opened = open(key, Buffer.from(sealed, "base64"), idHash);
  if (opened === null) return null;
  let v: Partial<Record<keyof SealedSession, unknown>>;
  try {
    v = JSON.parse(opened.toString("utf8")) as typeof v;
  } catch {
    return null;
  } finally {
    opened.fill(0);
  }
  if (
    typeof v.pq !== "string" ||
    typeof v.classic !== "string" ||
    typeof v.idle !== "number" ||
    typeof v.absolute !== "number"
  ) {
    return null;
  }
  return { pq: v.pq, classic: v.classic, idle: v.idle, absolute: v.absolute };
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
  const sealed: SealedSession = {
    ...identities,
    idle: now + inst.config.sessionIdleSeconds,
    absolute: now + inst.config.sessionAbsoluteSeconds,
  };
  await purgeExpiredSessions(inst.db, now);
  // Relaxed: a power cut may cost this session (the source logs in again), nothing else.
  await relaxed(inst.db, (conn) =>
    replaceSourceSession(conn, old ? sessionBinding(old.token) : null, {
      id_hash: idHash,
      lookup: keys.lookup,
      reply_pq: keys.replyPq,
      reply_classic: keys.replyClassic,
      reply_sealed: sealSession(key, idHash, sealed),
      purge_hour: purgeHour(sealed),
    }),
  );
  const cookie = `${token}.${key.toString("base64url")}`;
  key.fill(0);
  return cookie;
}

/** Sessions' idle deadlines move forward in steps of this many seconds. */
export const IDLE_SLIDE_SECONDS = 60;

/** The live session for a cookie, its idle timer renewed; null when none, expired, or not openable. */
export async function loadSourceSession(
  inst: Instance,
  cookie: unknown,
): Promise<SourceSession | null> {
  const parts = parseCookie(cookie);
  const key = parts?.key;
  if (parts === null || key == null || typeof cookie !== "string") return null;
  const now = unixSeconds();
  const idHash = sessionBinding(parts.token);
  const row = await findSourceSession(inst.db, idHash);
  if (!row) return null;
  if (
    row.lookup === null ||
    row.reply_pq === null ||
    row.reply_classic === null ||
    row.reply_sealed === null
  ) {
    return null;
  }
  const s = openSession(key, idHash, row.reply_sealed);
  if (s === null) return null;
  if (s.idle <= now || s.absolute <= now) {
    await deleteSourceSession(inst.db, idHash);
    return null;
  }
  const idle = Math.min(now + inst.config.sessionIdleSeconds, s.absolute);
  // Slide the idle deadline at most once a minute: a write (and an fsync) per
  // page view would cost more than the precision is worth. The row is keyed by
  // the same hash and sealed anew under the same key.
  if (idle - s.idle >= IDLE_SLIDE_SECONDS) {
    const next = { ...s, idle };
    await relaxed(inst.db, (conn) =>
      resealSourceSession(conn, idHash, sealSession(key, idHash, next), purgeHour(next)),
    );
  }
  return {
    token: cookie,
    keys: { lookup: row.lookup, replyPq: row.reply_pq, replyClassic: row.reply_classic },
    identities: { pq: s.pq, classic: s.classic },
  };
}

export async function endSourceSession(inst: Instance, cookie: unknown): Promise<void> {
  const parts = parseCookie(cookie);
  if (!parts) return;
  await deleteSourceSession(inst.db, sessionBinding(parts.token));
}

/** Expired sessions are swept at most this often (each sweep is a write, and a scan). */
const PURGE_EVERY_SECONDS = 60;
const lastPurge = new WeakMap<Db, number>();

/**
 * Expired rows open nothing (loadSourceSession checks the sealed deadlines);
 * this only tidies, by the clear purge hour, so a row outlives its session by
 * less than an hour.
 */
async function purgeExpiredSessions(db: Db, now: number): Promise<void> {
  if (now - (lastPurge.get(db) ?? -Infinity) < PURGE_EVERY_SECONDS) return;
  lastPurge.set(db, now);
  await relaxed(db, (conn) => purgeSourceSessions(conn, Math.floor(now / HOUR)));
}

export interface Deleted {
  readonly submissions: number;
  readonly replies: number;
  /** Blob files shredded (manifests, files and replies). */
  readonly blobs: number;
}

/**
 * Deletes a source's submissions and replies in `channelIds` (every channel
 * when null), shredding their blobs; the source row itself, its sessions and
 * stars go only when nothing of it is left in any channel. Rows go in one
 * transaction, then the blobs are shredded and the WAL is emptied, so no byte
 * of what was deleted stays in any database file (issue #11).
 */
export async function deleteSourceItems(
  inst: Instance,
  sourceId: string,
  channelIds: readonly string[] | null,
): Promise<Deleted> {
  const rows = await deleteSourceRows(inst.db, sourceId, channelIds);
  const ids = [...rows.blobIds, ...rows.replyIds];
  for (const id of ids) await inst.blobs.shred(id);
  await forgetDeleted(inst.db);
  return { submissions: rows.submissions, replies: rows.replyIds.length, blobs: ids.length };
}

/**
 * Deletes a source and everything of theirs in every channel (the operator's
 * `postern source delete`), or only in the channel named `channelSlug`.
 * @returns what was removed, or null when no source has this designation (or
 *   no channel this slug).
 */
export async function deleteSource(
  inst: Instance,
  designation: string,
  channelSlug?: string,
): Promise<Deleted | null> {
  const sourceId = await findSourceIdByDesignation(inst.db, designation.trim().toLowerCase());
  if (sourceId === undefined) return null;
  let channels: string[] | null = null;
  if (channelSlug !== undefined) {
    const ch = await findChannelBySlug(inst.db, channelSlug);
    if (!ch) return null;
    channels = [ch.id];
  }
  return deleteSourceItems(inst, sourceId, channels);
}

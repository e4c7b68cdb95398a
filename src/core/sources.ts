/**
 * Sources: who they are to the server (a lookup hash and two reply public
 * keys derived from the codename), and their sessions.
 *
 * The codename itself is forgotten as soon as these are derived: it is never
 * stored, logged, or put in a cookie or URL (DESIGN P3).
 */
import { createHash, randomBytes } from "node:crypto";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import { lookupHash, replyIdentity, toRecipient } from "../crypto/index.ts";
import type { Db } from "../store/db.ts";
import { unixSeconds } from "./clock.ts";
import type { Instance } from "./instance.ts";

export interface SourceKeys {
  /** hex lookup hash (DESIGN §3), as stored in `sources.lookup`. */
  readonly lookup: string;
  /** age recipients replies are encrypted to, one per channel kind. */
  readonly replyPq: string;
  readonly replyClassic: string;
}

export async function deriveSourceKeys(inst: Instance, entropy: Uint8Array): Promise<SourceKeys> {
  const { codenameSalt, instanceSecret } = inst.secrets;
  return {
    lookup: lookupHash(entropy, codenameSalt, instanceSecret).toString("hex"),
    replyPq: await toRecipient(replyIdentity(entropy, codenameSalt, "pq")),
    replyClassic: await toRecipient(replyIdentity(entropy, codenameSalt, "classic")),
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

const COOKIE_VALUE = /^[A-Za-z0-9_-]{43}$/;

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What rows and CSRF tokens are keyed by: a hash, so the table alone cannot hijack a session. */
export function sessionBinding(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function isSessionToken(v: unknown): v is string {
  return typeof v === "string" && COOKIE_VALUE.test(v);
}

export interface SourceSession {
  readonly token: string;
  readonly keys: SourceKeys;
}

/** Starts a session for a codename; returns the new cookie token. */
export async function startSourceSession(inst: Instance, keys: SourceKeys): Promise<string> {
  const token = newSessionToken();
  const now = unixSeconds();
  await purgeExpiredSessions(inst.db, now);
  await inst.db
    .insertInto("source_sessions")
    .values({
      id_hash: sessionBinding(token),
      lookup: keys.lookup,
      reply_pq: keys.replyPq,
      reply_classic: keys.replyClassic,
      idle_expires: now + inst.config.sessionIdleSeconds,
      absolute_expires: now + inst.config.sessionAbsoluteSeconds,
    })
    .execute();
  return token;
}

/** The live session for a cookie token, its idle timer renewed; null when none or expired. */
export async function loadSourceSession(
  inst: Instance,
  token: unknown,
): Promise<SourceSession | null> {
  if (!isSessionToken(token)) return null;
  const now = unixSeconds();
  const idHash = sessionBinding(token);
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
  if (row.lookup === null || row.reply_pq === null || row.reply_classic === null) return null;
  await inst.db
    .updateTable("source_sessions")
    .set({
      idle_expires: Math.min(now + inst.config.sessionIdleSeconds, row.absolute_expires),
    })
    .where("id_hash", "=", idHash)
    .execute();
  return {
    token,
    keys: { lookup: row.lookup, replyPq: row.reply_pq, replyClassic: row.reply_classic },
  };
}

export async function endSourceSession(inst: Instance, token: unknown): Promise<void> {
  if (!isSessionToken(token)) return;
  await inst.db
    .deleteFrom("source_sessions")
    .where("id_hash", "=", sessionBinding(token))
    .execute();
}

async function purgeExpiredSessions(db: Db, now: number): Promise<void> {
  await db
    .deleteFrom("source_sessions")
    .where((eb) => eb.or([eb("idle_expires", "<=", now), eb("absolute_expires", "<=", now)]))
    .execute();
}

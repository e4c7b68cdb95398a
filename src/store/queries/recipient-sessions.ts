/** The `recipient_sessions` table: web-app sessions, keyed by the hash of their cookie. */
import type { Db } from "../db.ts";

export interface RecipientSessionRow {
  readonly id_hash: string;
  readonly account_id: string;
  /** "enrol" or "full". */
  readonly scope: string;
  readonly csrf: string;
  /** Unix seconds. */
  readonly idle_expires: number;
  readonly absolute_expires: number;
}

export async function insertRecipientSession(db: Db, row: RecipientSessionRow): Promise<void> {
  await db
    .insertInto("recipient_sessions")
    .values({
      id_hash: row.id_hash,
      account_id: row.account_id,
      scope: row.scope,
      csrf: row.csrf,
      idle_expires: row.idle_expires,
      absolute_expires: row.absolute_expires,
    })
    .execute();
}

export async function findRecipientSession(
  db: Db,
  idHash: string,
): Promise<RecipientSessionRow | undefined> {
  return db
    .selectFrom("recipient_sessions")
    .selectAll()
    .where("id_hash", "=", idHash)
    .executeTakeFirst();
}

export async function slideRecipientSession(db: Db, idHash: string, idle: number): Promise<void> {
  await db
    .updateTable("recipient_sessions")
    .set({ idle_expires: idle })
    .where("id_hash", "=", idHash)
    .execute();
}

export async function deleteRecipientSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom("recipient_sessions").where("id_hash", "=", idHash).execute();
}

/** Ends every session of an account. */
export async function deleteSessionsOf(db: Db, accountId: string): Promise<void> {
  await db.deleteFrom("recipient_sessions").where("account_id", "=", accountId).execute();
}

/** Deletes the sessions idle since `now` or before. */
export async function purgeRecipientSessions(db: Db, now: number): Promise<void> {
  await db.deleteFrom("recipient_sessions").where("idle_expires", "<=", now).execute();
}

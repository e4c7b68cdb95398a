/**
 * The `source_sessions` table: one row per source session, keyed by the hash
 * of the cookie's token; the reply identities in it are sealed under a key
 * that only the cookie holds (src/core/sources.ts).
 */
import { transaction, type Db } from "../db.ts";

export interface SourceSessionRow {
  readonly id_hash: string;
  readonly lookup: string | null;
  readonly reply_pq: string | null;
  readonly reply_classic: string | null;
  readonly reply_sealed: string | null;
  readonly purge_hour: number;
}

/**
 * Writes a new session, and in the same transaction ends the one whose hash
 * is `replacing` (the browser's previous session), if any.
 */
export async function replaceSourceSession(
  db: Db,
  replacing: string | null,
  row: SourceSessionRow,
): Promise<void> {
  await transaction(db, async (tx) => {
    if (replacing !== null) {
      await tx.deleteFrom("source_sessions").where("id_hash", "=", replacing).execute();
    }
    await tx
      .insertInto("source_sessions")
      .values({
        id_hash: row.id_hash,
        lookup: row.lookup,
        reply_pq: row.reply_pq,
        reply_classic: row.reply_classic,
        reply_sealed: row.reply_sealed,
        purge_hour: row.purge_hour,
      })
      .execute();
  });
}

export async function findSourceSession(
  db: Db,
  idHash: string,
): Promise<SourceSessionRow | undefined> {
  return db
    .selectFrom("source_sessions")
    .selectAll()
    .where("id_hash", "=", idHash)
    .executeTakeFirst();
}

/** Seals a session's renewed deadlines anew. */
export async function resealSourceSession(
  db: Db,
  idHash: string,
  sealed: string,
  purgeHour: number,
): Promise<void> {
  await db
    .updateTable("source_sessions")
    .set({ reply_sealed: sealed, purge_hour: purgeHour })
    .where("id_hash", "=", idHash)
    .execute();
}

export async function deleteSourceSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom("source_sessions").where("id_hash", "=", idHash).execute();
}

/** Deletes every session whose purge hour has come. */
export async function purgeSourceSessions(db: Db, hour: number): Promise<void> {
  await db.deleteFrom("source_sessions").where("purge_hour", "<=", hour).execute();
}

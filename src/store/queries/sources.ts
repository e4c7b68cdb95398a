/**
 * The `sources` table: one row per codename that has sent something, found by
 * its lookup hash (never by the codename) or by its random designation.
 */
import { sql } from "kysely";
import type { Db, Tx } from "../db.ts";

/**
 * The value a source's `activity` takes when something of theirs is stored:
 * one more than any source's, so the inbox can sort by it without a clock.
 */
const nextActivity = sql<number>`(select coalesce(max(activity), 0) + 1 from sources)`;

/** A returning source's reply recipients, by lookup hash. */
export async function findSourceReplyKeys(
  db: Db,
  lookup: string,
): Promise<{ reply_pq: string; reply_classic: string } | undefined> {
  return db
    .selectFrom("sources")
    .select(["reply_pq", "reply_classic"])
    .where("lookup", "=", lookup)
    .executeTakeFirst();
}

/** The same, by the source's id. */
export async function findSourceReplyKeysById(
  db: Db,
  id: string,
): Promise<{ reply_pq: string; reply_classic: string } | undefined> {
  return db
    .selectFrom("sources")
    .select(["reply_pq", "reply_classic"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function findSourceIdByLookup(db: Db, lookup: string): Promise<string | undefined> {
  const r = await db
    .selectFrom("sources")
    .select("id")
    .where("lookup", "=", lookup)
    .executeTakeFirst();
  return r?.id;
}

export async function findSourceIdByDesignation(
  db: Db,
  designation: string,
): Promise<string | undefined> {
  const r = await db
    .selectFrom("sources")
    .select("id")
    .where("designation", "=", designation)
    .executeTakeFirst();
  return r?.id;
}

export interface SourceRow {
  readonly id: string;
  readonly lookup: string;
  readonly designation: string;
  readonly reply_pq: string;
  readonly reply_classic: string;
}

export async function findSourceByDesignation(
  db: Db,
  designation: string,
): Promise<SourceRow | undefined> {
  return db
    .selectFrom("sources")
    .select(["id", "lookup", "designation", "reply_pq", "reply_classic"])
    .where("designation", "=", designation)
    .executeTakeFirst();
}

/**
 * Makes the row of a source's first submission; nothing when the lookup has
 * one already. @throws a unique violation of UNIQUE.sourceDesignation when
 * the designation is taken (store/unique.ts).
 */
export async function insertSourceIfNew(
  tx: Tx,
  row: {
    id: string;
    lookup: string;
    designation: string;
    reply_pq: string;
    reply_classic: string;
    day: string;
  },
): Promise<void> {
  await tx
    .insertInto("sources")
    .values({
      id: row.id,
      lookup: row.lookup,
      designation: row.designation,
      reply_pq: row.reply_pq,
      reply_classic: row.reply_classic,
      created_day: row.day,
      last_day: row.day,
      submission_count: 0,
    })
    .onConflict((oc) => oc.column("lookup").doNothing())
    .execute();
}

/**
 * Counts a new submission on its source: the numbers it takes (its `seq`
 * among the source's submissions, its `ord` among submissions and replies,
 * the instance-wide `activity`).
 */
export async function countSubmission(
  tx: Tx,
  lookup: string,
  day: string,
): Promise<{ id: string; submission_count: number; events: number; activity: number }> {
  return tx
    .updateTable("sources")
    .set((eb) => ({
      submission_count: eb("submission_count", "+", 1),
      events: eb("events", "+", 1),
      activity: nextActivity,
      last_day: day,
    }))
    .where("lookup", "=", lookup)
    .returning(["id", "submission_count", "events", "activity"])
    .executeTakeFirstOrThrow();
}

/** Counts a new reply on its source; undefined when the source is gone. */
export async function countReply(
  tx: Tx,
  sourceId: string,
  day: string,
): Promise<{ reply_count: number; events: number; activity: number } | undefined> {
  return tx
    .updateTable("sources")
    .set((eb) => ({
      reply_count: eb("reply_count", "+", 1),
      events: eb("events", "+", 1),
      activity: nextActivity,
      last_day: day,
    }))
    .where("id", "=", sourceId)
    .returning(["reply_count", "events", "activity"])
    .executeTakeFirst();
}

/** Every source, newest activity first (the CLI's inbox by source). */
export async function listSourcesByActivity(
  db: Db,
): Promise<{ designation: string; activity: number; last_day: string; reply_count: number }[]> {
  return db
    .selectFrom("sources")
    .select(["designation", "activity", "last_day", "reply_count"])
    .orderBy("activity", "desc")
    .execute();
}

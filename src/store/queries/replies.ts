/** The `replies` table: one row per reply to a source (its id is its blob's). */
import type { Db, Tx } from "../db.ts";

export interface ReplyRow {
  readonly id: string;
  readonly source_id: string;
  readonly channel_id: string;
  readonly day: string;
  readonly seq: number;
  readonly ord: number;
  readonly activity: number;
  /** Ciphertext bytes. */
  readonly size: number;
}

export async function insertReply(tx: Tx, row: ReplyRow): Promise<void> {
  await tx
    .insertInto("replies")
    .values({
      id: row.id,
      source_id: row.source_id,
      channel_id: row.channel_id,
      day: row.day,
      seq: row.seq,
      ord: row.ord,
      activity: row.activity,
      size: row.size,
    })
    .execute();
}

/** Replies to the source with this lookup hash, oldest first. */
export async function repliesToLookup(
  db: Db,
  lookup: string,
): Promise<{ id: string; day: string; seq: number }[]> {
  return db
    .selectFrom("replies")
    .innerJoin("sources", "sources.id", "replies.source_id")
    .select(["replies.id as id", "replies.day as day", "replies.seq as seq"])
    .where("sources.lookup", "=", lookup)
    .orderBy("replies.seq")
    .execute();
}

/** Whether reply `id` is to the source with this lookup hash. */
export async function isReplyTo(db: Db, id: string, lookup: string): Promise<boolean> {
  const row = await db
    .selectFrom("replies")
    .innerJoin("sources", "sources.id", "replies.source_id")
    .select("replies.id")
    .where("replies.id", "=", id)
    .where("sources.lookup", "=", lookup)
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteReplyRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom("replies").where("id", "=", id).execute();
}

/** A source's replies in some channels. */
export async function repliesIn(
  db: Db,
  sourceId: string,
  channelIds: readonly string[],
): Promise<
  { id: string; seq: number; day: string; ord: number; size: number; channel_id: string }[]
> {
  return db
    .selectFrom("replies")
    .select(["id", "seq", "day", "ord", "size", "channel_id"])
    .where("source_id", "=", sourceId)
    .where("channel_id", "in", channelIds)
    .execute();
}

/** Per source among `sourceIds`: its replies in `channelIds`, their latest activity and day. */
export async function replyTotals(
  db: Db,
  sourceIds: readonly string[],
  channelIds: readonly string[],
): Promise<{ source_id: string; n: number | string; activity: number; day: string }[]> {
  return db
    .selectFrom("replies")
    .select((eb) => [
      "source_id",
      eb.fn.countAll<number | string>().as("n"),
      eb.fn.max("activity").as("activity"),
      eb.fn.max("day").as("day"),
    ])
    .where("source_id", "in", sourceIds)
    .where("channel_id", "in", channelIds)
    .groupBy("source_id")
    .execute();
}

/**
 * The channel of a source's latest submission that the age recipient
 * `recipient` is on (where `postern reply` answers).
 */
export async function latestSharedChannel(
  db: Db,
  sourceId: string,
  recipient: string,
): Promise<{ id: string; slug: string; kind: string } | undefined> {
  return db
    .selectFrom("submissions")
    .innerJoin("channels", "channels.id", "submissions.channel_id")
    .innerJoin("channel_recipients", "channel_recipients.channel_id", "channels.id")
    .innerJoin("recipients", "recipients.id", "channel_recipients.recipient_id")
    .select(["channels.id as id", "channels.slug as slug", "channels.kind as kind"])
    .where("submissions.source_id", "=", sourceId)
    .where("recipients.recipient", "=", recipient)
    .orderBy("submissions.seq", "desc")
    .executeTakeFirst();
}

/**
 * What a recipient's inbox is made of: submissions with their source's
 * designation and channel, in the web app (per account and channel) and on
 * the command line (everything, with sizes).
 */
import type { Db } from "../db.ts";

/**
 * Every submission in `channelIds` (of `sourceIds` only, when given), with
 * its source's designation and whether `accountId` read it.
 */
export async function submissionsInChannels(
  db: Db,
  accountId: string,
  channelIds: readonly string[],
  sourceIds?: readonly string[],
): Promise<
  {
    sourceId: string;
    channelId: string;
    activity: number;
    day: string;
    designation: string;
    readId: string | null;
  }[]
> {
  let q = db
    .selectFrom("submissions")
    .innerJoin("sources", "sources.id", "submissions.source_id")
    .leftJoin("reads", (j) =>
      j.onRef("reads.submission_id", "=", "submissions.id").on("reads.account_id", "=", accountId),
    )
    .select([
      "submissions.source_id as sourceId",
      "submissions.channel_id as channelId",
      "submissions.activity as activity",
      "submissions.day as day",
      "sources.designation as designation",
      "reads.submission_id as readId",
    ])
    .where("submissions.channel_id", "in", channelIds);
  if (sourceIds) q = q.where("submissions.source_id", "in", sourceIds);
  return q.execute();
}

export interface InboxRow {
  readonly id: string;
  readonly day: string;
  readonly seq: number;
  /** The source's designation. */
  readonly source: string;
  /** The channel's slug. */
  readonly channel: string;
  /** Blobs, manifest included. */
  readonly blobCount: number | string;
  /** Ciphertext bytes of its blobs. */
  readonly bytes: number | string | null;
}

/** Every submission, by day, designation and number. */
export async function inboxRows(db: Db): Promise<InboxRow[]> {
  return db
    .selectFrom("submissions")
    .innerJoin("sources", "sources.id", "submissions.source_id")
    .innerJoin("channels", "channels.id", "submissions.channel_id")
    .leftJoin("blobs", "blobs.submission_id", "submissions.id")
    .select((eb) => [
      "submissions.id as id",
      "submissions.day as day",
      "submissions.seq as seq",
      "sources.designation as source",
      "channels.slug as channel",
      eb.fn.count<number | string>("blobs.id").as("blobCount"),
      eb.fn.sum<number | string | null>("blobs.size").as("bytes"),
    ])
    .groupBy([
      "submissions.id",
      "submissions.day",
      "submissions.seq",
      "sources.designation",
      "channels.slug",
    ])
    .orderBy("submissions.day")
    .orderBy("sources.designation")
    .orderBy("submissions.seq")
    .execute();
}

/** Every reply, by day, with its source's designation and its channel's slug. */
export async function replyRows(
  db: Db,
): Promise<{ id: string; day: string; seq: number; source: string; channel: string }[]> {
  return db
    .selectFrom("replies")
    .innerJoin("sources", "sources.id", "replies.source_id")
    .innerJoin("channels", "channels.id", "replies.channel_id")
    .select([
      "replies.id as id",
      "replies.day as day",
      "replies.seq as seq",
      "sources.designation as source",
      "channels.slug as channel",
    ])
    .orderBy("replies.day")
    .execute();
}

/** How many replies each source (by designation) has. */
export async function replyCountsByDesignation(
  db: Db,
): Promise<{ designation: string; n: number }[]> {
  return db
    .selectFrom("replies")
    .innerJoin("sources", "sources.id", "replies.source_id")
    .select(["sources.designation as designation", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("sources.designation")
    .execute();
}

/**
 * The `submissions` and `blobs` tables: one row per submission (its source,
 * channel, day and numbers) and one per ciphertext file of it.
 */
import type { Db, Tx } from "../db.ts";

export interface SubmissionRow {
  readonly id: string;
  readonly source_id: string;
  readonly channel_id: string;
  readonly day: string;
  readonly seq: number;
  readonly ord: number;
  readonly activity: number;
}

export interface BlobRow {
  readonly id: string;
  readonly submission_id: string;
  /** "manifest" or "file". */
  readonly role: string;
  readonly position: number;
  readonly size: number;
}

export async function insertSubmission(tx: Tx, row: SubmissionRow): Promise<void> {
  await tx
    .insertInto("submissions")
    .values({
      id: row.id,
      source_id: row.source_id,
      channel_id: row.channel_id,
      day: row.day,
      seq: row.seq,
      ord: row.ord,
      activity: row.activity,
    })
    .execute();
}

export async function insertBlobs(tx: Tx, rows: readonly BlobRow[]): Promise<void> {
  await tx
    .insertInto("blobs")
    .values(
      rows.map((b) => ({
        id: b.id,
        submission_id: b.submission_id,
        role: b.role,
        position: b.position,
        size: b.size,
      })),
    )
    .execute();
}

/** A source's submissions in some channels, each with whether `accountId` read it. */
export async function submissionsReadBy(
  db: Db,
  accountId: string,
  sourceId: string,
  channelIds: readonly string[],
): Promise<
  {
    id: string;
    seq: number;
    day: string;
    ord: number;
    channelId: string;
    readId: string | null;
  }[]
> {
  return db
    .selectFrom("submissions")
    .leftJoin("reads", (j) =>
      j.onRef("reads.submission_id", "=", "submissions.id").on("reads.account_id", "=", accountId),
    )
    .select([
      "submissions.id as id",
      "submissions.seq as seq",
      "submissions.day as day",
      "submissions.ord as ord",
      "submissions.channel_id as channelId",
      "reads.submission_id as readId",
    ])
    .where("submissions.source_id", "=", sourceId)
    .where("submissions.channel_id", "in", channelIds)
    .execute();
}

/** Ids of a source's submissions in some channels. */
export async function submissionIdsIn(
  db: Db,
  sourceId: string,
  channelIds: readonly string[],
): Promise<string[]> {
  const rows = await db
    .selectFrom("submissions")
    .select("id")
    .where("source_id", "=", sourceId)
    .where("channel_id", "in", channelIds)
    .execute();
  return rows.map((r) => r.id);
}

/** The blobs of some submissions, by position. */
export async function blobsOfSubmissions(
  db: Db,
  submissionIds: readonly string[],
): Promise<BlobRow[]> {
  return db
    .selectFrom("blobs")
    .select(["id", "submission_id", "role", "position", "size"])
    .where("submission_id", "in", submissionIds)
    .orderBy("position")
    .execute();
}

/** The blobs of one submission, by position. */
export async function blobsOfSubmission(
  db: Db,
  submissionId: string,
): Promise<{ id: string; role: string; position: number }[]> {
  return db
    .selectFrom("blobs")
    .select(["id", "role", "position"])
    .where("submission_id", "=", submissionId)
    .orderBy("position")
    .execute();
}

/**
 * The blob `blobId` when it is a submission's file or a reply in one of
 * `channelIds`.
 */
export async function findBlobInChannels(
  db: Db,
  blobId: string,
  channelIds: readonly string[],
): Promise<string | undefined> {
  const row = await db
    .selectFrom("blobs")
    .innerJoin("submissions", "submissions.id", "blobs.submission_id")
    .select("blobs.id as id")
    .where("blobs.id", "=", blobId)
    .where("submissions.channel_id", "in", channelIds)
    .union(
      db
        .selectFrom("replies")
        .select("id")
        .where("id", "=", blobId)
        .where("channel_id", "in", channelIds),
    )
    .executeTakeFirst();
  return row?.id;
}

/** Which of `ids` a row claims as its blob (a submission's blob or a reply). */
export async function claimedBlobIds(db: Db, ids: readonly string[]): Promise<string[]> {
  const rows = await db
    .selectFrom("blobs")
    .select("id")
    .where("id", "in", ids)
    .union(db.selectFrom("replies").select("id").where("id", "in", ids))
    .execute();
  return rows.map((r) => r.id);
}

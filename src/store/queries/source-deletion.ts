/**
 * Removing a source's rows: what it sent and was answered in some channels,
 * and the source itself once nothing of it is left anywhere.
 */
import { transaction, type Db } from "../db.ts";

export interface DeletedRows {
  /** Blob ids of the deleted submissions (manifests and files). */
  readonly blobIds: string[];
  /** Ids of the deleted replies (each is also its blob's id). */
  readonly replyIds: string[];
  readonly submissions: number;
}

/**
 * Deletes, in one transaction, a source's submissions (with their blobs' and
 * reads' rows) and replies in `channelIds` (every channel when null); then,
 * when nothing of the source is left in any channel, its sessions, stars and
 * row. The blob files are the caller's to shred.
 */
export async function deleteSourceRows(
  db: Db,
  sourceId: string,
  channelIds: readonly string[] | null,
): Promise<DeletedRows> {
  return transaction(db, async (tx) => {
    let subQ = tx.selectFrom("submissions").select("id").where("source_id", "=", sourceId);
    let repQ = tx.selectFrom("replies").select("id").where("source_id", "=", sourceId);
    if (channelIds !== null) {
      if (channelIds.length === 0) return { blobIds: [], replyIds: [], submissions: 0 };
      subQ = subQ.where("channel_id", "in", channelIds);
      repQ = repQ.where("channel_id", "in", channelIds);
    }
    const subIds = (await subQ.execute()).map((r) => r.id);
    const replyIds = (await repQ.execute()).map((r) => r.id);
    const blobIds = subIds.length
      ? (
          await tx.selectFrom("blobs").select("id").where("submission_id", "in", subIds).execute()
        ).map((b) => b.id)
      : [];
    if (subIds.length) {
      await tx.deleteFrom("blobs").where("submission_id", "in", subIds).execute();
      await tx.deleteFrom("reads").where("submission_id", "in", subIds).execute();
      await tx.deleteFrom("submissions").where("id", "in", subIds).execute();
    }
    if (replyIds.length) await tx.deleteFrom("replies").where("id", "in", replyIds).execute();
    const left = await tx
      .selectFrom("submissions")
      .select("id")
      .where("source_id", "=", sourceId)
      .union(tx.selectFrom("replies").select("id").where("source_id", "=", sourceId))
      .limit(1)
      .execute();
    if (left.length === 0) {
      const src = await tx
        .selectFrom("sources")
        .select("lookup")
        .where("id", "=", sourceId)
        .executeTakeFirst();
      if (src) {
        await tx.deleteFrom("source_sessions").where("lookup", "=", src.lookup).execute();
        await tx.deleteFrom("stars").where("source_id", "=", sourceId).execute();
        await tx.deleteFrom("sources").where("id", "=", sourceId).execute();
      }
    }
    return { blobIds, replyIds, submissions: subIds.length };
  });
}

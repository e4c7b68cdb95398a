/**
 * The `reads` and `stars` tables: which submissions an account marked read,
 * which sources it starred. Private to each account.
 */
import type { Db } from "../db.ts";

export async function markSubmissionsRead(
  db: Db,
  accountId: string,
  submissionIds: readonly string[],
): Promise<void> {
  await db
    .insertInto("reads")
    .values(submissionIds.map((id) => ({ account_id: accountId, submission_id: id })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function markSubmissionsUnread(
  db: Db,
  accountId: string,
  submissionIds: readonly string[],
): Promise<void> {
  await db
    .deleteFrom("reads")
    .where("account_id", "=", accountId)
    .where("submission_id", "in", submissionIds)
    .execute();
}

/** Submissions marked read: by `accountId`, or by anyone when it is undefined. */
export async function readSubmissionIds(db: Db, accountId?: string): Promise<string[]> {
  let q = db.selectFrom("reads").select("submission_id").distinct();
  if (accountId !== undefined) q = q.where("account_id", "=", accountId);
  return (await q.execute()).map((r) => r.submission_id);
}

export async function starSource(db: Db, accountId: string, sourceId: string): Promise<void> {
  await db
    .insertInto("stars")
    .values({ account_id: accountId, source_id: sourceId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function unstarSource(db: Db, accountId: string, sourceId: string): Promise<void> {
  await db
    .deleteFrom("stars")
    .where("account_id", "=", accountId)
    .where("source_id", "=", sourceId)
    .execute();
}

/** Which of `sourceIds` the account starred. */
export async function starredAmong(
  db: Db,
  accountId: string,
  sourceIds: readonly string[],
): Promise<string[]> {
  const rows = await db
    .selectFrom("stars")
    .select("source_id")
    .where("account_id", "=", accountId)
    .where("source_id", "in", sourceIds)
    .execute();
  return rows.map((r) => r.source_id);
}

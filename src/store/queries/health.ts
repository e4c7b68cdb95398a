/** Whether the database answers (the recipient API's health check). */
import type { Db } from "../db.ts";

/** One read of one row: it fails as any query would (locked, unreadable, gone). */
export async function pingDatabase(db: Db): Promise<void> {
  await db.selectFrom("channels").select("id").limit(1).execute();
}

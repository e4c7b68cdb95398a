/** The `invites` table: one-use links to enrol, keyed by the hash of their token. */
import type { Db, Tx } from "../db.ts";

export interface InviteRow {
  readonly id_hash: string;
  readonly name: string;
  readonly role: string;
  readonly channel_id: string | null;
  /** Unix seconds. */
  readonly expires: number;
}

export async function deleteExpiredInvites(db: Db, now: number): Promise<void> {
  await db.deleteFrom("invites").where("expires", "<=", now).execute();
}

export async function insertInvite(db: Db, row: InviteRow): Promise<void> {
  await db
    .insertInto("invites")
    .values({
      id_hash: row.id_hash,
      name: row.name,
      role: row.role,
      channel_id: row.channel_id,
      expires: row.expires,
    })
    .execute();
}

/** An invite by the hash of its token, with the channel it names (if any). */
export async function findInviteByHash(
  db: Db,
  idHash: string,
): Promise<
  | {
      id_hash: string;
      name: string;
      role: string;
      expires: number;
      channelId: string | null;
      slug: string | null;
      channelName: string | null;
      kind: string | null;
    }
  | undefined
> {
  return db
    .selectFrom("invites")
    .leftJoin("channels", "channels.id", "invites.channel_id")
    .select([
      "invites.id_hash as id_hash",
      "invites.name as name",
      "invites.role as role",
      "invites.expires as expires",
      "channels.id as channelId",
      "channels.slug as slug",
      "channels.name as channelName",
      "channels.kind as kind",
    ])
    .where("invites.id_hash", "=", idHash)
    .executeTakeFirst();
}

/** Used once: deleted in the transaction that makes its account. */
export async function deleteInvite(tx: Tx, idHash: string): Promise<void> {
  await tx.deleteFrom("invites").where("id_hash", "=", idHash).execute();
}

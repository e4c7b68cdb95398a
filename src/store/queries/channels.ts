/**
 * The `channels` and `recipients` tables: destinations, and the age public
 * keys (with a name) that channels encrypt to. Which key is on which channel
 * is `channel_recipients` (channel-keys.ts).
 */
import type { Db, Tx } from "../db.ts";

export interface ChannelRow {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly kind: string;
}

export async function findChannelBySlug(db: Db, slug: string): Promise<ChannelRow | undefined> {
  return db
    .selectFrom("channels")
    .select(["id", "slug", "name", "kind"])
    .where("slug", "=", slug)
    .executeTakeFirst();
}

export async function listChannelRows(db: Db): Promise<ChannelRow[]> {
  return db.selectFrom("channels").select(["id", "slug", "name", "kind"]).orderBy("slug").execute();
}

export async function insertChannel(db: Db, row: ChannelRow & { day: string }): Promise<void> {
  await db
    .insertInto("channels")
    .values({ id: row.id, slug: row.slug, name: row.name, kind: row.kind, created_day: row.day })
    .execute();
}

/** The channels a key is on, by slug, with each one's count of key-list changes. */
export async function channelsOfRecipient(
  db: Db,
  recipientId: string,
): Promise<(ChannelRow & { events: number })[]> {
  return db
    .selectFrom("channel_recipients")
    .innerJoin("channels", "channels.id", "channel_recipients.channel_id")
    .select([
      "channels.id as id",
      "channels.slug as slug",
      "channels.name as name",
      "channels.kind as kind",
      "channels.events as events",
    ])
    .where("channel_recipients.recipient_id", "=", recipientId)
    .orderBy("channels.slug")
    .execute();
}

/** The age recipients on a channel, in a stable order. */
export async function channelRecipientKeys(db: Db, channelId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("channel_recipients")
    .innerJoin("recipients", "recipients.id", "channel_recipients.recipient_id")
    .select("recipients.recipient")
    .where("channel_recipients.channel_id", "=", channelId)
    .orderBy("recipients.id")
    .execute();
  return rows.map((r) => r.recipient);
}

/** Every age recipient on at least one channel, each once, sorted. */
export async function recipientKeysInUse(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom("recipients")
    .innerJoin("channel_recipients", "channel_recipients.recipient_id", "recipients.id")
    .select("recipients.recipient")
    .distinct()
    .orderBy("recipients.recipient")
    .execute();
  return rows.map((r) => r.recipient);
}

/** The key's row by its age recipient string. */
export async function findRecipientByKey(
  db: Db,
  recipient: string,
): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom("recipients")
    .select(["id", "name"])
    .where("recipient", "=", recipient)
    .executeTakeFirst();
}

export async function findRecipientIdsByName(db: Db, name: string): Promise<string[]> {
  const rows = await db.selectFrom("recipients").select("id").where("name", "=", name).execute();
  return rows.map((r) => r.id);
}

export async function insertRecipient(
  tx: Tx,
  row: { id: string; name: string; recipient: string; kind: string; day: string },
): Promise<void> {
  await tx
    .insertInto("recipients")
    .values({
      id: row.id,
      name: row.name,
      recipient: row.recipient,
      kind: row.kind,
      created_day: row.day,
    })
    .execute();
}

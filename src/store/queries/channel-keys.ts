/**
 * Which keys are on which channel (`channel_recipients`), the log of every
 * change of that list (`channel_events`) and each member's acknowledgement
 * of it (`channel_acks`). Only src/core/channel-events.ts calls the writers
 * here, so that no change of a key list escapes its log.
 */
import type { Db, Tx } from "../db.ts";

/** @returns false when the key was already on the channel. */
export async function insertChannelKey(
  tx: Tx,
  channelId: string,
  recipientId: string,
): Promise<boolean> {
  const r = await tx
    .insertInto("channel_recipients")
    .values({ channel_id: channelId, recipient_id: recipientId })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0n) !== 0;
}

/** @returns false when the key was not on the channel. */
export async function deleteChannelKey(
  tx: Tx,
  channelId: string,
  recipientId: string,
): Promise<boolean> {
  const r = await tx
    .deleteFrom("channel_recipients")
    .where("channel_id", "=", channelId)
    .where("recipient_id", "=", recipientId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) !== 0;
}

/**
 * Numbers the next change of a channel's key list, by a counter on the
 * channel's row: the update also serializes concurrent changes of one
 * channel (PostgreSQL locks the row).
 */
export async function nextChannelEvent(tx: Tx, channelId: string): Promise<number> {
  const { events } = await tx
    .updateTable("channels")
    .set((eb) => ({ events: eb("events", "+", 1) }))
    .where("id", "=", channelId)
    .returning("events")
    .executeTakeFirstOrThrow();
  return events;
}

/** A key and, when it is an account's, that account. */
export async function findKeyOwner(
  tx: Tx,
  recipientId: string,
): Promise<{ recipient: string; name: string; accountId: string | null; username: string | null }> {
  return tx
    .selectFrom("recipients")
    .leftJoin("accounts", "accounts.recipient_id", "recipients.id")
    .select([
      "recipients.recipient as recipient",
      "recipients.name as name",
      "accounts.id as accountId",
      "accounts.username as username",
    ])
    .where("recipients.id", "=", recipientId)
    .executeTakeFirstOrThrow();
}

export interface ChannelEventRow {
  readonly channel_id: string;
  readonly seq: number;
  readonly day: string;
  readonly action: string;
  readonly recipient: string;
  readonly owner: string;
  readonly owner_kind: string;
  readonly actor_kind: string;
  readonly actor: string | null;
}

export async function insertChannelEvent(tx: Tx, row: ChannelEventRow): Promise<void> {
  await tx
    .insertInto("channel_events")
    .values({
      channel_id: row.channel_id,
      seq: row.seq,
      day: row.day,
      action: row.action,
      recipient: row.recipient,
      owner: row.owner,
      owner_kind: row.owner_kind,
      actor_kind: row.actor_kind,
      actor: row.actor,
    })
    .execute();
}

/** The latest `limit` changes of a channel's key list, newest first. */
export async function latestChannelEvents(
  db: Db,
  channelId: string,
  limit: number,
): Promise<ChannelEventRow[]> {
  return db
    .selectFrom("channel_events")
    .selectAll()
    .where("channel_id", "=", channelId)
    .orderBy("seq", "desc")
    .limit(limit)
    .execute();
}

/** The keys on a channel, each with its account's username when it is one. */
export async function channelKeyOwners(
  db: Db,
  channelId: string,
): Promise<{ recipient: string; name: string; username: string | null }[]> {
  return db
    .selectFrom("channel_recipients")
    .innerJoin("recipients", "recipients.id", "channel_recipients.recipient_id")
    .leftJoin("accounts", "accounts.recipient_id", "recipients.id")
    .select(["recipients.recipient as recipient", "recipients.name as name", "username"])
    .where("channel_recipients.channel_id", "=", channelId)
    .orderBy("recipients.recipient")
    .execute();
}

/** The last change of a channel an account acknowledged; null when none. */
export async function findChannelAck(
  db: Db,
  accountId: string,
  channelId: string,
): Promise<number | null> {
  const r = await db
    .selectFrom("channel_acks")
    .select("seq")
    .where("account_id", "=", accountId)
    .where("channel_id", "=", channelId)
    .executeTakeFirst();
  return r ? r.seq : null;
}

export async function setChannelAck(
  tx: Tx,
  accountId: string,
  channelId: string,
  seq: number,
): Promise<void> {
  await tx
    .insertInto("channel_acks")
    .values({ account_id: accountId, channel_id: channelId, seq })
    .onConflict((oc) => oc.columns(["account_id", "channel_id"]).doUpdateSet({ seq }))
    .execute();
}

/** The channel `slug` when the key `recipientId` is on it. */
export async function findChannelOfMember(
  tx: Tx,
  recipientId: string,
  slug: string,
): Promise<{ id: string; slug: string; name: string; kind: string; events: number } | undefined> {
  return tx
    .selectFrom("channel_recipients")
    .innerJoin("channels", "channels.id", "channel_recipients.channel_id")
    .select(["channels.id as id", "slug", "name", "kind", "events"])
    .where("channel_recipients.recipient_id", "=", recipientId)
    .where("channels.slug", "=", slug)
    .executeTakeFirst();
}

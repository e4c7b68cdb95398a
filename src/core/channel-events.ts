/**
 * A channel's key list and its membership log (issue #11).
 *
 * Everything sent to a channel is encrypted to every key on it, so whoever
 * can put a key there (an admin in the web app, the operator on the command
 * line) can read what is sent afterwards. That power stays; it is made
 * visible: every change of `channel_recipients` goes through the two
 * functions below, which log it in the same transaction (what, whose, by
 * whom, the UTC day), and each member's last acknowledged change is kept so
 * the app can warn them of any change since, even one undone later (a key
 * added, used, then removed).
 */
import type { Transaction } from "kysely";
import type { Db } from "../store/db.ts";
import type { Database } from "../store/schema.ts";
import {
  CHANNEL_EVENTS_SHOWN,
  type ChannelEvent,
  type ChannelKey,
  type ChannelKeys,
  type EventActorKind,
  type KeyOwnerKind,
} from "../protocol/api.ts";
import { utcDay } from "../runtime/clock.ts";

/** Who changes a key list. */
export type Actor =
  | { readonly kind: "admin"; readonly username: string }
  | { readonly kind: "operator" }
  | { readonly kind: "invite" };

export const OPERATOR: Actor = { kind: "operator" };
export const INVITE: Actor = { kind: "invite" };

/** Key lists change only inside a transaction, so the change and its log entry land together. */
export type Tx = Transaction<Database>;

/**
 * Puts a key on a channel and logs it. When the key is an account's, that
 * account has seen the list it joins: its acknowledgement moves to this change.
 * @returns false (nothing logged) when the key was already on the channel.
 */
export async function addKeyToChannel(
  tx: Tx,
  channelId: string,
  recipientId: string,
  by: Actor,
): Promise<boolean> {
  const r = await tx
    .insertInto("channel_recipients")
    .values({ channel_id: channelId, recipient_id: recipientId })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  if (Number(r.numInsertedOrUpdatedRows ?? 0n) === 0) return false;
  const { seq, accountId } = await logChange(tx, channelId, recipientId, "added", by);
  if (accountId !== null) {
    await tx
      .insertInto("channel_acks")
      .values({ account_id: accountId, channel_id: channelId, seq })
      .onConflict((oc) => oc.columns(["account_id", "channel_id"]).doUpdateSet({ seq }))
      .execute();
  }
  return true;
}

/**
 * Takes a key off a channel and logs it.
 * @returns false (nothing logged) when the key was not on the channel.
 */
export async function removeKeyFromChannel(
  tx: Tx,
  channelId: string,
  recipientId: string,
  by: Actor,
): Promise<boolean> {
  const r = await tx
    .deleteFrom("channel_recipients")
    .where("channel_id", "=", channelId)
    .where("recipient_id", "=", recipientId)
    .executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) return false;
  await logChange(tx, channelId, recipientId, "removed", by);
  return true;
}

async function logChange(
  tx: Tx,
  channelId: string,
  recipientId: string,
  action: "added" | "removed",
  by: Actor,
): Promise<{ seq: number; accountId: string | null }> {
  // Numbered by a counter on the channel row: the update also serializes
  // concurrent changes of one channel (PostgreSQL locks the row).
  const { events: seq } = await tx
    .updateTable("channels")
    .set((eb) => ({ events: eb("events", "+", 1) }))
    .where("id", "=", channelId)
    .returning("events")
    .executeTakeFirstOrThrow();
  const key = await tx
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
  await tx
    .insertInto("channel_events")
    .values({
      channel_id: channelId,
      seq,
      day: utcDay(),
      action,
      recipient: key.recipient,
      owner: key.username ?? key.name,
      owner_kind: key.username === null ? "key" : "account",
      actor_kind: by.kind,
      actor: by.kind === "admin" ? by.username : null,
    })
    .execute();
  return { seq, accountId: key.accountId };
}

// ---- what a member sees ---------------------------------------------------------

export interface Member {
  readonly id: string;
  readonly recipientId: string | null;
}

/** The channels `account` is a member of, each with its keys, latest changes and acknowledgement. */
export async function channelKeyLists(db: Db, account: Member): Promise<ChannelKeys[]> {
  if (account.recipientId === null) return [];
  const channels = await db
    .selectFrom("channel_recipients")
    .innerJoin("channels", "channels.id", "channel_recipients.channel_id")
    .select(["channels.id as id", "slug", "name", "kind", "events"])
    .where("channel_recipients.recipient_id", "=", account.recipientId)
    .orderBy("channels.slug")
    .execute();
  const out: ChannelKeys[] = [];
  for (const c of channels) out.push(await keysOf(db, account.id, c));
  return out;
}

/**
 * Records that `account` checked `slug`'s keys as of change `seq` (never
 * past the latest change, never back from an earlier acknowledgement).
 * @returns the channel as now seen, or null when the account is not a member.
 */
export async function acknowledgeKeys(
  db: Db,
  account: Member,
  slug: string,
  seq: number,
): Promise<ChannelKeys | null> {
  const recipientId = account.recipientId;
  if (recipientId === null) return null;
  const channel = await db.transaction().execute(async (tx) => {
    const c = await tx
      .selectFrom("channel_recipients")
      .innerJoin("channels", "channels.id", "channel_recipients.channel_id")
      .select(["channels.id as id", "slug", "name", "kind", "events"])
      .where("channel_recipients.recipient_id", "=", recipientId)
      .where("channels.slug", "=", slug)
      .executeTakeFirst();
    if (!c) return null;
    const was = await ackOf(tx, account.id, c.id);
    const next = Math.max(was ?? 0, Math.min(seq, c.events));
    await tx
      .insertInto("channel_acks")
      .values({ account_id: account.id, channel_id: c.id, seq: next })
      .onConflict((oc) => oc.columns(["account_id", "channel_id"]).doUpdateSet({ seq: next }))
      .execute();
    return c;
  });
  return channel === null ? null : keysOf(db, account.id, channel);
}

async function ackOf(db: Db, accountId: string, channelId: string): Promise<number | null> {
  const r = await db
    .selectFrom("channel_acks")
    .select("seq")
    .where("account_id", "=", accountId)
    .where("channel_id", "=", channelId)
    .executeTakeFirst();
  return r ? r.seq : null;
}

async function keysOf(
  db: Db,
  accountId: string,
  c: { id: string; slug: string; name: string; kind: string; events: number },
): Promise<ChannelKeys> {
  const keys = await db
    .selectFrom("channel_recipients")
    .innerJoin("recipients", "recipients.id", "channel_recipients.recipient_id")
    .leftJoin("accounts", "accounts.recipient_id", "recipients.id")
    .select(["recipients.recipient as recipient", "recipients.name as name", "username"])
    .where("channel_recipients.channel_id", "=", c.id)
    .orderBy("recipients.recipient")
    .execute();
  const events = await db
    .selectFrom("channel_events")
    .selectAll()
    .where("channel_id", "=", c.id)
    .orderBy("seq", "desc")
    .limit(CHANNEL_EVENTS_SHOWN)
    .execute();
  const seq = c.events;
  const ackedSeq = await ackOf(db, accountId, c.id);
  return {
    slug: c.slug,
    name: c.name,
    kind: c.kind === "classic" ? "classic" : "pq",
    keys: keys.map((k): ChannelKey => ({
      recipient: k.recipient,
      owner: k.username ?? k.name,
      ownerKind: k.username === null ? "key" : "account",
    })),
    events: events.map((e): ChannelEvent => ({
      seq: e.seq,
      day: e.day,
      action: e.action === "removed" ? "removed" : "added",
      recipient: e.recipient,
      owner: e.owner,
      ownerKind: ownerKind(e.owner_kind),
      by: actorKind(e.actor_kind),
      admin: e.actor,
    })),
    seq,
    ackedSeq,
    changed: ackedSeq === null || seq > ackedSeq,
  };
}

function ownerKind(v: string): KeyOwnerKind {
  return v === "account" ? "account" : "key";
}

function actorKind(v: string): EventActorKind {
  return v === "admin" || v === "invite" ? v : "operator";
}

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
import { transaction, type Db, type Tx } from "../store/db.ts";
import { channelsOfRecipient } from "../store/queries/channels.ts";
import {
  channelKeyOwners,
  deleteChannelKey,
  findChannelAck,
  findChannelOfMember,
  findKeyOwner,
  insertChannelEvent,
  insertChannelKey,
  latestChannelEvents,
  nextChannelEvent,
  setChannelAck,
} from "../store/queries/channel-keys.ts";
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

// Key lists change only inside a transaction (a `Tx`), so the change and its
// log entry land together.

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
  if (!(await insertChannelKey(tx, channelId, recipientId))) return false;
  const { seq, accountId } = await logChange(tx, channelId, recipientId, "added", by);
  if (accountId !== null) await setChannelAck(tx, accountId, channelId, seq);
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
  if (!(await deleteChannelKey(tx, channelId, recipientId))) return false;
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
  // Numbered by a counter on the channel row, which serializes concurrent changes.
  const seq = await nextChannelEvent(tx, channelId);
  const key = await findKeyOwner(tx, recipientId);
  await insertChannelEvent(tx, {
    channel_id: channelId,
    seq,
    day: utcDay(),
    action,
    recipient: key.recipient,
    owner: key.username ?? key.name,
    owner_kind: key.username === null ? "key" : "account",
    actor_kind: by.kind,
    actor: by.kind === "admin" ? by.username : null,
  });
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
  const channels = await channelsOfRecipient(db, account.recipientId);
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
  const channel = await transaction(db, async (tx) => {
    const c = await findChannelOfMember(tx, recipientId, slug);
    if (!c) return null;
    const was = await findChannelAck(tx, account.id, c.id);
    const next = Math.max(was ?? 0, Math.min(seq, c.events));
    await setChannelAck(tx, account.id, c.id, next);
    return c;
  });
  return channel === null ? null : keysOf(db, account.id, channel);
}

async function keysOf(
  db: Db,
  accountId: string,
  c: { id: string; slug: string; name: string; kind: string; events: number },
): Promise<ChannelKeys> {
  const keys = await channelKeyOwners(db, c.id);
  const events = await latestChannelEvents(db, c.id, CHANNEL_EVENTS_SHOWN);
  const seq = c.events;
  const ackedSeq = await findChannelAck(db, accountId, c.id);
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

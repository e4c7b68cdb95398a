/** Channels (destinations such as "Investigations desk") and their recipients. */
import { assertSingleKind, parseRecipient, type KeyKind } from "../crypto/index.ts";
import { newId } from "../store/blob-store.ts";
import { transaction, type Db } from "../store/db.ts";
import {
  channelRecipientKeys,
  findChannelBySlug,
  findRecipientByKey,
  findRecipientIdsByName,
  insertChannel,
  insertRecipient,
  listChannelRows,
  recipientKeysInUse,
} from "../store/queries/channels.ts";
import { addKeyToChannel, OPERATOR, removeKeyFromChannel } from "./channel-events.ts";
import { utcDay } from "../runtime/clock.ts";
import { isPlainName, PLAIN_NAME_RULE } from "./plain-name.ts";
import { PosternError } from "../protocol/errors.ts";

export interface Channel {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly kind: KeyKind;
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

function toChannel(r: { id: string; slug: string; name: string; kind: string }): Channel {
  return { id: r.id, slug: r.slug, name: r.name, kind: r.kind === "classic" ? "classic" : "pq" };
}

export async function addChannel(
  db: Db,
  slug: string,
  name: string,
  kind: KeyKind,
): Promise<Channel> {
  if (!SLUG.test(slug)) {
    throw new PosternError(
      "slug_invalid",
      "slug must be 1–40 of a-z, 0-9 and '-', not starting or ending with '-'",
    );
  }
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 200)
    throw new PosternError("name_invalid", "name must be 1–200 characters");
  if (!isPlainName(trimmed)) throw new PosternError("name_invalid", `the name ${PLAIN_NAME_RULE}`);
  const existing = await findChannelBySlug(db, slug);
  if (existing) throw new PosternError("channel_exists", `channel "${slug}" already exists`);
  const row = { id: newId(), slug, name: trimmed, kind };
  await insertChannel(db, { ...row, day: utcDay() });
  return toChannel(row);
}

export async function listChannels(db: Db): Promise<Channel[]> {
  const rows = await listChannelRows(db);
  return rows.map(toChannel);
}

export async function findChannel(db: Db, slug: string): Promise<Channel | null> {
  const r = await findChannelBySlug(db, slug);
  return r ? toChannel(r) : null;
}

/** The age recipients every file sent to `channel` is encrypted to. */
export async function channelRecipients(db: Db, channelId: string): Promise<string[]> {
  return channelRecipientKeys(db, channelId);
}

/**
 * Adds a named recipient to a channel, creating the recipient if new (the
 * command line's `recipient add`: logged as the operator's change).
 * Refuses a key of the other kind than the channel's (DESIGN §3).
 */
export async function addRecipient(
  db: Db,
  args: { name: string; recipient: string; channelSlug: string },
): Promise<{ id: string; kind: KeyKind; recipient: string }> {
  const name = args.name.trim();
  if (name.length === 0 || name.length > 200)
    throw new PosternError("name_invalid", "name must be 1–200 characters");
  if (!isPlainName(name)) throw new PosternError("name_invalid", `the name ${PLAIN_NAME_RULE}`);
  let parsed: { recipient: string; kind: KeyKind };
  try {
    parsed = await parseRecipient(args.recipient);
  } catch {
    throw new PosternError("recipient_invalid", "not a valid age recipient (age1… or age1pq1…)");
  }
  const channel = await findChannel(db, args.channelSlug);
  if (!channel) throw new PosternError("no_such_channel", `no channel "${args.channelSlug}"`);
  if (parsed.kind !== channel.kind) {
    throw new PosternError(
      "key_kind_mismatch",
      channel.kind === "pq"
        ? `channel "${channel.slug}" is post-quantum: it needs an age1pq1… recipient (postern keygen)`
        : `channel "${channel.slug}" is classic: it needs an age1… recipient (postern keygen --classic)`,
    );
  }
  assertSingleKind([...(await channelRecipients(db, channel.id)), parsed.recipient]);
  return transaction(db, async (tx) => {
    let row = await findRecipientByKey(tx, parsed.recipient);
    if (!row) {
      row = { id: newId(), name };
      await insertRecipient(tx, {
        ...row,
        recipient: parsed.recipient,
        kind: parsed.kind,
        day: utcDay(),
      });
    }
    await addKeyToChannel(tx, channel.id, row.id, OPERATOR);
    return { id: row.id, kind: parsed.kind, recipient: parsed.recipient };
  });
}

/** Takes keys named `name` off a channel (logged as the operator's change). @returns how many were removed. */
export async function removeRecipientByName(
  db: Db,
  name: string,
  channelSlug: string,
): Promise<number> {
  const channel = await findChannel(db, channelSlug);
  if (!channel) throw new PosternError("no_such_channel", `no channel "${channelSlug}"`);
  return transaction(db, async (tx) => {
    const ids = await findRecipientIdsByName(tx, name.trim());
    let removed = 0;
    for (const id of ids) {
      if (await removeKeyFromChannel(tx, channel.id, id, OPERATOR)) removed++;
    }
    return removed;
  });
}

/** Every age recipient that at least one channel encrypts to, each once (the outreach statement lists them). */
export async function activeRecipients(db: Db): Promise<string[]> {
  return recipientKeysInUse(db);
}

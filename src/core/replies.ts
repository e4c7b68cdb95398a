/**
 * Replies to a source. A reply is one age file holding UTF-8 text, encrypted
 * on the recipient's side to the source's reply key (of the channel's kind)
 * and to every recipient of the channel, so that the conversation stays
 * readable to the desk. The server stores ciphertext only; for a source
 * without JavaScript it decrypts replies in memory for one response, with the
 * identities held in the split-key session (DESIGN §3).
 */
import { open as openFile } from "node:fs/promises";
import { join } from "node:path";
import { frameHeader } from "../crypto/index.ts";
import { decryptBytes, encryptBytes, toRecipient } from "../runtime/crypto-pool.ts";
import { newId } from "../store/blob-store.ts";
import { durable, forgetDeleted, NotDurableError, transaction } from "../store/db.ts";
import {
  deleteReplyRow,
  insertReply,
  isReplyTo,
  latestSharedChannel,
  repliesToLookup,
} from "../store/queries/replies.ts";
import { countReply, findSourceByDesignation } from "../store/queries/sources.ts";
import { channelRecipients } from "./channels.ts";
import { countChars } from "./submissions.ts";
import { utcDay } from "../runtime/clock.ts";
import type { Instance } from "./instance.ts";
import type { ReplyIdentities } from "./sources.ts";
import { PosternError } from "../protocol/errors.ts";

/** A reply's ciphertext may not exceed this (text up to the message limit fits easily). */
export { MAX_REPLY_BYTES } from "../protocol/api.ts";
import { MAX_REPLY_BYTES } from "../protocol/api.ts";

export interface ReplyRow {
  readonly id: string;
  readonly day: string;
  readonly seq: number;
}

/**
 * Stores an encrypted reply to a source (all or nothing: blob durable and in
 * place before the row commits).
 * @throws PosternError reply_too_large, reply_invalid (not a bounded age
 *   file), source_gone (deleted meanwhile).
 */
export async function storeReply(
  inst: Instance,
  args: { sourceId: string; channelId: string; file: Buffer },
): Promise<ReplyRow> {
  if (args.file.length > MAX_REPLY_BYTES)
    throw new PosternError("reply_too_large", "reply too large");
  try {
    if (frameHeader(args.file) === null) throw new PosternError("reply_invalid", "not an age file");
  } catch (e) {
    throw e instanceof PosternError ? e : new PosternError("reply_invalid", "not an age file");
  }
  const id = newId();
  const temp = join(inst.blobs.tmp, `${id}.part`);
  try {
    const fh = await openFile(temp, "wx", 0o600);
    try {
      await fh.writeFile(args.file);
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch (e) {
    // A full disk fails the write after the file exists: remove what went in.
    await inst.blobs.discardTemp(temp);
    throw e;
  }
  try {
    await inst.blobs.commit(temp, id);
    const day = utcDay();
    return await durable(inst.db, (conn) =>
      transaction(conn, async (tx) => {
        const src = await countReply(tx, args.sourceId, utcDay());
        if (!src) throw new PosternError("source_gone", "this source no longer exists");
        await insertReply(tx, {
          id,
          source_id: args.sourceId,
          channel_id: args.channelId,
          day,
          seq: src.reply_count,
          ord: src.events,
          activity: src.activity,
          size: args.file.length,
        });
        return { id, day, seq: src.reply_count };
      }),
    );
  } catch (e) {
    await inst.blobs.discardTemp(temp);
    // A row that reached the database keeps its blob, even if we cannot say so.
    if (!(e instanceof NotDurableError)) await inst.blobs.remove(id);
    throw e;
  }
}

/** Replies to the source with this lookup hash, oldest first. */
export async function listReplies(inst: Instance, lookup: string): Promise<ReplyRow[]> {
  return repliesToLookup(inst.db, lookup);
}

/** Decrypts one reply in memory with the source's reply identities. */
export async function openReply(
  inst: Instance,
  id: string,
  identities: ReplyIdentities,
): Promise<string> {
  const file = await inst.blobs.readSmall(id, MAX_REPLY_BYTES);
  return (await decryptBytes([identities.pq, identities.classic], file, MAX_REPLY_BYTES)).toString(
    "utf8",
  );
}

/**
 * Deletes a reply the source has read. Only a reply of this source: anything
 * else is "not found", whether it exists or not.
 */
export async function deleteReply(inst: Instance, lookup: string, id: string): Promise<boolean> {
  if (!/^[0-9a-f]{32}$/.test(id)) return false;
  if (!(await isReplyTo(inst.db, id, lookup))) return false;
  await deleteReplyRow(inst.db, id);
  await inst.blobs.shred(id);
  // The deleted row's old page copies leave the WAL too (issue #11, finding 5).
  await forgetDeleted(inst.db);
  return true;
}

/**
 * What `postern reply` does, on the recipient's machine with the data folder
 * at hand: find the source by designation and the channel they share with
 * this recipient, encrypt locally, store.
 */
export async function writeReply(
  inst: Instance,
  args: { designation: string; identity: string; message: string },
): Promise<ReplyRow & { channel: string }> {
  const text = args.message.replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw new PosternError("reply_empty", "the reply is empty");
  if (countChars(text) > inst.config.limits.maxMessageChars) {
    throw new PosternError(
      "reply_too_long",
      `the reply is longer than ${inst.config.limits.maxMessageChars} characters`,
    );
  }
  const source = await findSourceByDesignation(inst.db, args.designation.trim().toLowerCase());
  if (!source)
    throw new PosternError("no_such_source", `no source is called "${args.designation}"`);
  const me = await toRecipient(args.identity);
  // The channel of the source's latest submission that this recipient belongs to.
  const channel = await latestSharedChannel(inst.db, source.id, me);
  if (!channel)
    throw new PosternError(
      "not_a_channel_recipient",
      "this key is not a recipient of any channel this source wrote to",
    );
  const to = [
    ...(await channelRecipients(inst.db, channel.id)),
    channel.kind === "classic" ? source.reply_classic : source.reply_pq,
  ];
  const file = await encryptBytes(to, Buffer.from(text, "utf8"));
  const row = await storeReply(inst, { sourceId: source.id, channelId: channel.id, file });
  return { ...row, channel: channel.slug };
}

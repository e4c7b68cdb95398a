/**
 * What a logged-in recipient sees: sources grouped from submissions in the
 * channels their key belongs to, each conversation's items in order, and
 * ciphertext to fetch. The server decrypts nothing here; it decides only who
 * may fetch which ciphertext. An admin who is not a recipient of a channel
 * sees nothing of it.
 */
import { frameHeader, stanzaTypes } from "../crypto/index.ts";
import type {
  ChannelInfo,
  ConversationItem,
  ConversationResponse,
  SourceSummary,
} from "../protocol/api.ts";
import { submissionsInChannels } from "../store/queries/inbox.ts";
import {
  markSubmissionsRead,
  markSubmissionsUnread,
  starredAmong,
  starSource,
  unstarSource,
} from "../store/queries/reads-stars.ts";
import { repliesIn, replyTotals } from "../store/queries/replies.ts";
import { findSourceReplyKeysById } from "../store/queries/sources.ts";
import {
  blobsOfSubmissions,
  findBlobInChannels,
  submissionIdsIn,
  submissionsReadBy,
} from "../store/queries/submissions.ts";
import { PosternError } from "../protocol/errors.ts";
import { accountChannels, type Account } from "./accounts.ts";
import { channelRecipients } from "./channels.ts";
import type { Instance } from "./instance.ts";
import { MAX_REPLY_BYTES, storeReply } from "./replies.ts";
import { deleteSourceItems } from "./sources.ts";

const ID = /^[0-9a-f]{32}$/;

type Readable = Map<string, ChannelInfo & { id: string }>;

async function readable(inst: Instance, acct: Account): Promise<Readable> {
  const chans = await accountChannels(inst.db, acct.recipientId);
  return new Map(chans.map((c) => [c.id, c]));
}

const info = (c: ChannelInfo): ChannelInfo => ({ slug: c.slug, name: c.name, kind: c.kind });

/**
 * One summary per source with a submission in `chans`. Everything in it — the
 * counts, the last day, the place in the inbox — comes from what was sent to
 * and answered in those channels only: what a source sent elsewhere does not
 * show, not even as a gap in the numbering (issue #11).
 */
async function summaries(
  inst: Instance,
  acct: Account,
  chans: Readable,
  sourceIds?: readonly string[],
): Promise<SourceSummary[]> {
  if (chans.size === 0) return [];
  const visible = [...chans.keys()];
  const rows = await submissionsInChannels(inst.db, acct.id, visible, sourceIds);
  const by = new Map<
    string,
    {
      designation: string;
      /** Of the latest visible submission: its channel is the summary's. */
      latest: number;
      activity: number;
      lastDay: string;
      channelId: string;
      submissions: number;
      unread: number;
    }
  >();
  for (const r of rows) {
    const s = by.get(r.sourceId) ?? {
      designation: r.designation,
      latest: -1,
      activity: -1,
      lastDay: r.day,
      channelId: r.channelId,
      submissions: 0,
      unread: 0,
    };
    s.submissions++;
    if (r.readId === null) s.unread++;
    if (r.activity > s.latest) {
      s.latest = r.activity;
      s.channelId = r.channelId;
    }
    s.activity = Math.max(s.activity, r.activity);
    if (r.day > s.lastDay) s.lastDay = r.day;
    by.set(r.sourceId, s);
  }
  if (by.size === 0) return [];
  const ids = [...by.keys()];
  const [replies, stars] = await Promise.all([
    replyTotals(inst.db, ids, visible),
    starredAmong(inst.db, acct.id, ids),
  ]);
  const replyCount = new Map<string, number>();
  for (const r of replies) {
    replyCount.set(r.source_id, Number(r.n));
    const s = by.get(r.source_id);
    if (!s) continue;
    s.activity = Math.max(s.activity, r.activity);
    if (r.day > s.lastDay) s.lastDay = r.day;
  }
  const starred = new Set(stars);
  return [...by.entries()]
    .sort(([, a], [, b]) => b.activity - a.activity)
    .map(([id, s]) => {
      const ch = chans.get(s.channelId);
      if (!ch) throw new PosternError("internal");
      return {
        id,
        designation: s.designation,
        channel: info(ch),
        unread: s.unread,
        submissions: s.submissions,
        replies: replyCount.get(id) ?? 0,
        starred: starred.has(id),
        lastDay: s.lastDay,
      };
    });
}

/** The inbox, newest activity first; optionally one channel only. */
export async function listSources(
  inst: Instance,
  acct: Account,
  channelSlug?: string,
): Promise<SourceSummary[]> {
  const chans = await readable(inst, acct);
  if (channelSlug !== undefined) {
    for (const [id, c] of chans) if (c.slug !== channelSlug) chans.delete(id);
  }
  return summaries(inst, acct, chans);
}

/** One source this account may read, or `not_found` (whether it exists or not). */
async function visibleSource(
  inst: Instance,
  acct: Account,
  sourceId: unknown,
): Promise<{ summary: SourceSummary; chans: Readable }> {
  if (typeof sourceId !== "string" || !ID.test(sourceId)) throw new PosternError("not_found");
  const chans = await readable(inst, acct);
  const [summary] = await summaries(inst, acct, chans, [sourceId]);
  if (!summary) throw new PosternError("not_found");
  return { summary, chans };
}

async function replyTo(inst: Instance, summary: SourceSummary, chans: Readable) {
  const channel = [...chans.values()].find((c) => c.slug === summary.channel.slug);
  const src = await findSourceReplyKeysById(inst.db, summary.id);
  if (!channel || !src) throw new PosternError("source_gone");
  return {
    channel,
    to: [
      ...(await channelRecipients(inst.db, channel.id)),
      channel.kind === "classic" ? src.reply_classic : src.reply_pq,
    ],
  };
}

export async function conversation(
  inst: Instance,
  acct: Account,
  sourceId: unknown,
): Promise<ConversationResponse> {
  const { summary, chans } = await visibleSource(inst, acct, sourceId);
  const ids = [...chans.keys()];
  const subs = await submissionsReadBy(inst.db, acct.id, summary.id, ids);
  const blobs = subs.length
    ? await blobsOfSubmissions(
        inst.db,
        subs.map((s) => s.id),
      )
    : [];
  const reps = await repliesIn(inst.db, summary.id, ids);
  const slug = (id: string): string => chans.get(id)?.slug ?? "";
  // Numbered among what this viewer sees: the source's own numbers would show
  // how much it sent to channels the viewer is not a member of.
  subs.sort((a, b) => a.ord - b.ord || a.seq - b.seq);
  reps.sort((a, b) => a.ord - b.ord || a.seq - b.seq);
  const items: { ord: number; kind: string; seq: number; item: ConversationItem }[] = [];
  let subSeq = 0;
  for (const s of subs) {
    const mine = blobs.filter((b) => b.submission_id === s.id);
    const manifest = mine.find((b) => b.role === "manifest");
    if (!manifest) continue;
    const seq = ++subSeq;
    const item: ConversationItem = {
      kind: "submission",
      id: s.id,
      seq,
      day: s.day,
      channel: slug(s.channelId),
      read: s.readId !== null,
      manifest: { id: manifest.id, size: manifest.size },
      files: mine.filter((b) => b.role === "file").map((b) => ({ id: b.id, size: b.size })),
    };
    items.push({ ord: s.ord, kind: item.kind, seq, item });
  }
  let replySeq = 0;
  for (const r of reps) {
    const seq = ++replySeq;
    const item: ConversationItem = {
      kind: "reply",
      id: r.id,
      seq,
      day: r.day,
      channel: slug(r.channel_id),
      size: r.size,
    };
    items.push({ ord: r.ord, kind: item.kind, seq, item });
  }
  // Submissions before replies on a tie (rows from before ordering existed).
  items.sort(
    (a, b) =>
      a.ord - b.ord || (a.kind === b.kind ? a.seq - b.seq : a.kind === "submission" ? -1 : 1),
  );
  const { to } = await replyTo(inst, summary, chans);
  return {
    source: summary,
    items: items.map((x) => x.item),
    replyTo: to,
  };
}

/** The blob's id and size if this account may fetch it; null otherwise. */
export async function blobFor(
  inst: Instance,
  acct: Account,
  blobId: unknown,
): Promise<{ id: string; size: number } | null> {
  if (typeof blobId !== "string" || !ID.test(blobId)) return null;
  const chans = [...(await readable(inst, acct)).keys()];
  if (chans.length === 0) return null;
  const id = await findBlobInChannels(inst.db, blobId, chans);
  if (id === undefined) return null;
  try {
    return { id, size: await inst.blobs.size(id) };
  } catch {
    return null;
  }
}

const STANZA_OF = { pq: "mlkem768x25519", classic: "X25519" } as const;

/**
 * Stores a reply encrypted in the browser. The header must hold exactly one
 * stanza per recipient the reply is due to, each of the channel's kind. (age
 * hides which key a stanza is for, so the server checks count and kind, not
 * identity: SECURITY.md.)
 */
export async function storeBrowserReply(
  inst: Instance,
  acct: Account,
  sourceId: unknown,
  file: Buffer,
): Promise<{ id: string }> {
  if (file.length > MAX_REPLY_BYTES) throw new PosternError("reply_too_large");
  let summary: SourceSummary;
  let chans: Readable;
  try {
    ({ summary, chans } = await visibleSource(inst, acct, sourceId));
  } catch (e) {
    // Not visible (any more): gone. A storage failure is not an answer about the source.
    if (e instanceof PosternError) throw new PosternError("source_gone");
    throw e;
  }
  const { channel, to } = await replyTo(inst, summary, chans);
  let types: string[];
  try {
    const frame = frameHeader(file);
    if (frame === null || frame.bytes.length >= file.length) throw new Error("no payload");
    types = stanzaTypes(frame.bytes);
  } catch {
    throw new PosternError("reply_invalid");
  }
  if (types.length !== to.length || types.some((t) => t !== STANZA_OF[channel.kind])) {
    throw new PosternError("reply_invalid");
  }
  try {
    const row = await storeReply(inst, { sourceId: summary.id, channelId: channel.id, file });
    return { id: row.id };
  } catch (e) {
    // Deleted meanwhile. Anything else (a full disk, a locked database) is the
    // storage's failure, answered as such by the error handler.
    if (e instanceof PosternError) throw new PosternError("source_gone");
    throw e;
  }
}

export async function markRead(
  inst: Instance,
  acct: Account,
  sourceId: unknown,
  read: boolean,
): Promise<void> {
  const { summary, chans } = await visibleSource(inst, acct, sourceId);
  const ids = await submissionIdsIn(inst.db, summary.id, [...chans.keys()]);
  if (ids.length === 0) return;
  if (read) await markSubmissionsRead(inst.db, acct.id, ids);
  else await markSubmissionsUnread(inst.db, acct.id, ids);
}

export async function setStar(
  inst: Instance,
  acct: Account,
  sourceId: unknown,
  starred: boolean,
): Promise<void> {
  const { summary } = await visibleSource(inst, acct, sourceId);
  if (starred) await starSource(inst.db, acct.id, summary.id);
  else await unstarSource(inst.db, acct.id, summary.id);
}

/**
 * Deletes what this account can see of a source: its submissions and replies
 * in the channels the account is a member of, blobs shredded. What the source
 * sent to other channels stays, for those channels' members; the source itself
 * goes only when nothing of it is left anywhere (issue #11, finding 1). The
 * answer does not say which happened: that would tell the caller whether the
 * source wrote elsewhere.
 */
export async function deleteVisibleSource(
  inst: Instance,
  acct: Account,
  sourceId: unknown,
): Promise<{ submissions: number; replies: number }> {
  const { summary, chans } = await visibleSource(inst, acct, sourceId);
  const r = await deleteSourceItems(inst, summary.id, [...chans.keys()]);
  return { submissions: r.submissions, replies: r.replies };
}

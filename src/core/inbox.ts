/**
 * The recipients' side of the store, for the CLI: list what arrived and copy
 * ciphertext out (`inbox pull`). Nothing here can decrypt; that happens on the
 * recipient's machine (`decrypt.ts`).
 */
import { constants as fsConstants } from "node:fs";
import { chmod, copyFile, mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { findAccountIdByUsername } from "../store/queries/accounts.ts";
import { inboxRows, replyCountsByDesignation, replyRows } from "../store/queries/inbox.ts";
import { readSubmissionIds } from "../store/queries/reads-stars.ts";
import { listSourcesByActivity } from "../store/queries/sources.ts";
import { blobsOfSubmission } from "../store/queries/submissions.ts";
import type { Instance } from "./instance.ts";
import { PosternError } from "../protocol/errors.ts";

export interface InboxEntry {
  readonly id: string;
  readonly day: string;
  readonly seq: number;
  /** The source's random designation ("amber heron"). */
  readonly source: string;
  readonly channel: string;
  readonly files: number;
  /** Ciphertext bytes, manifest included. */
  readonly bytes: number;
}

export async function listInbox(inst: Instance): Promise<InboxEntry[]> {
  const rows = await inboxRows(inst.db);
  return rows.map((r) => ({
    id: r.id,
    day: r.day,
    seq: r.seq,
    source: r.source,
    channel: r.channel,
    files: Math.max(0, Number(r.blobCount) - 1),
    bytes: Number(r.bytes ?? 0),
  }));
}

/** One source, as `inbox list --json` prints it (issue #3 contract). */
export interface InboxSource {
  readonly designation: string;
  /** The channel of the source's latest submission. */
  readonly channel: string;
  /**
   * Submissions not marked read: by that account with `--as`, otherwise by
   * any account.
   */
  readonly unread: number;
  readonly submissions: number;
  readonly replies: number;
  readonly lastDay: string;
  /** The submissions themselves, oldest first. */
  readonly entries: readonly InboxEntry[];
}

/** The inbox grouped by source, newest activity first. */
export async function listInboxBySource(
  inst: Instance,
  asUsername?: string,
): Promise<InboxSource[]> {
  const entries = await listInbox(inst);
  let accountId: string | undefined;
  if (asUsername !== undefined) {
    const a = await findAccountIdByUsername(inst.db, asUsername.trim().toLowerCase());
    if (!a) throw new PosternError("no_such_account", `no account "${asUsername}"`);
    accountId = a;
  }
  const read = new Set(await readSubmissionIds(inst.db, accountId));
  const sources = await listSourcesByActivity(inst.db);
  const replies = await replyCountsByDesignation(inst.db);
  const replyCount = new Map(replies.map((r) => [r.designation, r.n]));
  return sources.flatMap((s) => {
    const mine = entries.filter((e) => e.source === s.designation).sort((a, b) => a.seq - b.seq);
    const last = mine[mine.length - 1];
    if (!last) return [];
    return [
      {
        designation: s.designation,
        channel: last.channel,
        unread: mine.filter((e) => !read.has(e.id)).length,
        submissions: mine.length,
        replies: replyCount.get(s.designation) ?? 0,
        lastDay: s.last_day,
        entries: mine,
      },
    ];
  });
}

/** What `inbox pull` writes beside the ciphertext in each submission folder. */
export interface PulledSubmission {
  readonly postern: 1;
  readonly id: string;
  readonly day: string;
  readonly seq: number;
  readonly source: string;
  readonly channel: string;
  readonly manifest: string;
  readonly files: readonly string[];
}

/**
 * Everything `inbox pull` writes comes from the server's database and disk,
 * which SECURITY.md treats as untrusted: a tampered row must not name a folder
 * or file outside `--out` (issue #11, finding 2). Ids become folder and file
 * names only when they have the shape we make; anything else is refused.
 */
const ID = /^[0-9a-f]{32}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DESIGNATION = /^[a-z]{1,16} [a-z]{1,16}$/;
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

function checkedRow(e: {
  id: string;
  day: string;
  seq: number;
  source: string;
  channel: string;
}): boolean {
  return (
    ID.test(e.id) &&
    DAY.test(e.day) &&
    Number.isSafeInteger(e.seq) &&
    e.seq > 0 &&
    DESIGNATION.test(e.source) &&
    SLUG.test(e.channel)
  );
}

/** `outDir/name`, or null when `name` would land anywhere else. */
function inside(outDir: string, name: string): string | null {
  if (!ID.test(name)) return null;
  const root = resolve(outDir);
  const dest = resolve(root, name);
  return dirname(dest) === root ? dest : null;
}

export interface PullReport {
  readonly pulled: number;
  readonly skipped: number;
  readonly replies: number;
  /** Rows refused because an id, day, designation or slug had a shape we never make. */
  readonly refused: number;
}

/**
 * Copies every submission not yet in `outDir` as `outDir/<id>/` with
 * `manifest.age`, one `<blob>.age` per file and `submission.json` (all 0600).
 * Each folder appears whole (written aside, then renamed) or not at all.
 */
export async function pullInbox(
  inst: Instance,
  outDir: string,
  onEach?: (e: InboxEntry, skipped: boolean) => void,
): Promise<PullReport> {
  await mkdir(outDir, { recursive: true, mode: 0o700 });
  let pulled = 0;
  let skipped = 0;
  let refused = 0;
  for (const e of await listInbox(inst)) {
    const dest = checkedRow(e) ? inside(outDir, e.id) : null;
    if (dest === null) {
      refused++;
      continue;
    }
    if (await exists(join(dest, "submission.json"))) {
      skipped++;
      onEach?.(e, true);
      continue;
    }
    const blobs = await blobsOfSubmission(inst.db, e.id);
    const manifests = blobs.filter((b) => b.role === "manifest").length;
    if (
      manifests !== 1 ||
      blobs.some((b) => !ID.test(b.id) || (b.role !== "manifest" && b.role !== "file"))
    ) {
      refused++;
      continue;
    }
    await placeWhole(dest, async (dir) => {
      const files: string[] = [];
      let manifest = "";
      for (const b of blobs) {
        const name = b.role === "manifest" ? "manifest.age" : `${b.id}.age`;
        await copyOwnerOnly(inst.blobs.pathOf(b.id), join(dir, name));
        if (b.role === "manifest") manifest = name;
        else files.push(name);
      }
      const meta: PulledSubmission = { postern: 1, ...pick(e), manifest, files };
      await writeFile(join(dir, "submission.json"), JSON.stringify(meta, null, 2) + "\n", {
        mode: 0o600,
      });
    });
    pulled++;
    onEach?.(e, false);
  }
  const r = await pullReplies(inst, outDir);
  return { pulled, skipped, replies: r.pulled, refused: refused + r.refused };
}

/** A copy readable by its owner only, whatever the source file's mode. */
async function copyOwnerOnly(from: string, to: string): Promise<void> {
  await copyFile(from, to, fsConstants.COPYFILE_EXCL);
  await chmod(to, 0o600);
}

function pick(e: InboxEntry): Pick<PulledSubmission, "id" | "day" | "seq" | "source" | "channel"> {
  return { id: e.id, day: e.day, seq: e.seq, source: e.source, channel: e.channel };
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/** What `inbox pull` writes beside each reply's ciphertext. */
export type PulledReply = Omit<PulledSubmission, "manifest" | "files">;

/**
 * Fills a folder aside (`.NAME.partial` next to `dest`) and renames it into
 * place, so a pulled folder appears whole or not at all.
 */
async function placeWhole(dest: string, fill: (dir: string) => Promise<void>): Promise<void> {
  const partial = join(dirname(dest), `.${basename(dest)}.partial`);
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true, mode: 0o700 });
  await fill(partial);
  await rm(dest, { recursive: true, force: true });
  await rename(partial, dest);
}

/** Copies replies not yet pulled as `outDir/replies/<id>/reply.age` + `reply.json`. */
async function pullReplies(
  inst: Instance,
  outDir: string,
): Promise<{ pulled: number; refused: number }> {
  const rows = await replyRows(inst.db);
  let pulled = 0;
  let refused = 0;
  const repliesDir = join(outDir, "replies");
  for (const r of rows) {
    const dest = checkedRow(r) ? inside(repliesDir, r.id) : null;
    if (dest === null) {
      refused++;
      continue;
    }
    if (await exists(join(dest, "reply.json"))) continue;
    await placeWhole(dest, async (dir) => {
      await copyOwnerOnly(inst.blobs.pathOf(r.id), join(dir, "reply.age"));
      const meta: PulledReply = { postern: 1, ...r };
      await writeFile(join(dir, "reply.json"), JSON.stringify(meta, null, 2) + "\n", {
        mode: 0o600,
      });
    });
    pulled++;
  }
  return { pulled, refused };
}

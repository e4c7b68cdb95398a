/**
 * Shared pieces of the fault suites (issue #6 part 2): the server as a child
 * process (bench/lib/serve-process.ts), a ledger of what clients sent and
 * what the server acknowledged, and the audit of a data folder that every
 * fault test ends with: no temp file, every blob file has its row and every
 * row its file, and everything visible decrypts whole.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rmdir } from "node:fs/promises";
import { join } from "node:path";
import { base32nopad } from "@scure/base";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { blobFiles, plainHash } from "../../bench/lib/blobs.ts";
import { sha256Of, taggedContent, type FilePart } from "../../bench/lib/multipart.ts";
import { parseManifest } from "../../src/core/decrypt.ts";
import { BlobStore } from "../../src/store/blob-store.ts";
import type { Database } from "../../src/store/schema.ts";
import { decryptBytes, generateIdentity, totpCode, totpStep } from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";
import { RecipientClient } from "../helpers/recipient-client.ts";

export {
  killPostern,
  makeDataFolder,
  startPostern,
  stopPostern,
  type Postern,
} from "../../bench/lib/serve-process.ts";

export const MiB = 1024 * 1024;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** What the clients sent, and what the server acknowledged. */
export class Ledger {
  readonly block = randomBytes(MiB);
  /** Submission tag → the sizes of its files; `acked` once the "received" page came. */
  readonly submissions = new Map<string, { sizes: number[]; acked: boolean }>();
  /** Reply text → the id the server answered 201 with, or null while unanswered. */
  readonly replies = new Map<string, string | null>();
  #next = 0;

  tag(kind: string): string {
    return `fault-${kind}-${++this.#next}`;
  }

  file(tag: string, i: number, size: number): FilePart {
    return {
      name: `${tag}-${i}.bin`,
      size,
      content: taggedContent(this.block, `${tag}/${i}`, size),
    };
  }

  /** The whole file as one buffer (small files only). */
  bytes(tag: string, i: number, size: number): Buffer {
    return Buffer.concat([...this.file(tag, i, size).content()]);
  }
}

/** Ids an audit has already decrypted: their files are then only checked to be there. */
export interface Seen {
  readonly submissions: Set<string>;
  readonly tags: Set<string>;
  readonly replies: Set<string>;
}

export const newSeen = (): Seen => ({
  submissions: new Set(),
  tags: new Set(),
  replies: new Set(),
});

export interface Audit {
  readonly tempFiles: string[];
  /** Blob files no row claims (after the start-up sweep there must be none). */
  readonly orphans: string[];
  /** Rows whose file is missing or has another size. */
  readonly missing: string[];
  /** Visible but not whole: a row that does not decrypt to what was sent. */
  readonly corrupt: string[];
  /** Acknowledged submissions (tags) and replies (ids) that are not there. */
  readonly lost: string[];
  readonly submissions: number;
  readonly replies: number;
  /** Submissions that are there whole although their "received" page never came. */
  readonly landedUnacknowledged: number;
}

const errText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Audits a data folder against the ledger: temp files, orphans, rows without
 * files, and every submission and reply not yet in `seen` decrypted with
 * `identity` (a recipient of the channel) and compared with what was sent.
 * Opens its own read-only database connection (it writes nothing, so it
 * works on a full disk): call it while the server is idle.
 */
export async function audit(
  dir: string,
  identity: string,
  ledger: Ledger,
  seen: Seen = newSeen(),
): Promise<Audit> {
  const tempFiles = await readdir(join(dir, "blobs", "tmp"));
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({
      database: new BetterSqlite3(join(dir, "postern.sqlite"), { readonly: true }),
    }),
  });
  const blobs = new BlobStore(join(dir, "blobs"));
  try {
    const files = await blobFiles(blobs.root);
    const blobRows = await db
      .selectFrom("blobs")
      .select(["id", "submission_id", "role", "size"])
      .orderBy("position")
      .execute();
    const replyRows = await db.selectFrom("replies").select(["id", "size"]).execute();
    const rows = [...blobRows, ...replyRows];
    const rowIds = new Set(rows.map((r) => r.id));
    const orphans = [...files.keys()].filter((id) => !rowIds.has(id));
    const missing = rows.filter((r) => files.get(r.id) !== r.size).map((r) => r.id);

    const corrupt: string[] = [];
    let landedUnacknowledged = 0;
    const subs = await db.selectFrom("submissions").select("id").execute();
    for (const { id } of subs) {
      if (seen.submissions.has(id)) continue;
      const mine = blobRows.filter((b) => b.submission_id === id);
      try {
        const manifestRow = mine.find((b) => b.role === "manifest");
        if (manifestRow === undefined) throw new Error("no manifest row");
        const manifest = parseManifest(
          (await decryptBytes([identity], await readFile(blobs.pathOf(manifestRow.id)))).toString(
            "utf8",
          ),
        );
        const tag = /^(fault-sub-\d+)\b/.exec(manifest.message)?.[1] ?? "";
        const sent = ledger.submissions.get(tag);
        if (sent === undefined) throw new Error("a submission nobody sent");
        if (manifest.files.length !== sent.sizes.length) throw new Error("files missing");
        if (mine.filter((b) => b.role === "file").length !== sent.sizes.length)
          throw new Error("file rows missing");
        for (const [i, f] of manifest.files.entries()) {
          const size = sent.sizes[i] ?? -1;
          const got = await plainHash(blobs.pathOf(f.blob), identity);
          if (got.size !== size || f.size !== size) throw new Error(`file ${i}: size differs`);
          if (got.hash !== sha256Of(ledger.file(tag, i, size).content))
            throw new Error(`file ${i}: content differs`);
        }
        seen.submissions.add(id);
        seen.tags.add(tag);
        if (!sent.acked) landedUnacknowledged++;
      } catch (e) {
        corrupt.push(`submission ${id}: ${errText(e)}`);
      }
    }
    const texts = new Set(ledger.replies.keys());
    for (const r of replyRows) {
      if (seen.replies.has(r.id)) continue;
      try {
        const text = (await decryptBytes([identity], await readFile(blobs.pathOf(r.id)))).toString(
          "utf8",
        );
        if (!texts.has(text)) throw new Error("a reply nobody sent");
        seen.replies.add(r.id);
      } catch (e) {
        corrupt.push(`reply ${r.id}: ${errText(e)}`);
      }
    }
    const replyIds = new Set(replyRows.map((r) => r.id));
    const lost = [
      ...[...ledger.submissions]
        .filter(([tag, s]) => s.acked && !seen.tags.has(tag))
        .map(([tag]) => tag),
      ...[...ledger.replies.values()]
        .filter((id): id is string => id !== null && !replyIds.has(id))
        .map((id) => `reply ${id}`),
    ];
    return {
      tempFiles,
      orphans,
      missing,
      corrupt,
      lost,
      submissions: subs.length,
      replies: replyRows.length,
      landedUnacknowledged,
    };
  } finally {
    await db.destroy();
  }
}

/** The audit findings that must all be empty, by name (for one deepEqual). */
export function problems(a: Audit): Record<string, string[]> {
  return {
    tempFiles: a.tempFiles,
    orphans: a.orphans,
    missing: a.missing,
    corrupt: a.corrupt,
    lost: a.lost,
  };
}

export const NO_PROBLEMS = { tempFiles: [], orphans: [], missing: [], corrupt: [], lost: [] };

/** A recipient enrolled through the child server's API with an invite token. */
export async function enrolWithToken(
  base: string,
  token: string,
  username: string,
): Promise<{ client: RecipientClient; identity: string }> {
  const client = new RecipientClient(base);
  const check = await client.call<{ kdf: Record<string, unknown> }>(
    "POST",
    "/api/v1/invite/check",
    { token },
  );
  if (check.status !== 200) throw new Error(`invite/check ${check.status}`);
  const identity = await generateIdentity("pq");
  const enrol = await client.call<{ totpSecret: string }>("POST", "/api/v1/enrol", {
    token,
    username,
    kdf: check.body.kdf,
    auth: randomBytes(32).toString("base64url"),
    recipient: await toRecipient(identity),
    wrapped: randomBytes(120).toString("base64url"),
  });
  if (enrol.status !== 200) throw new Error(`enrol ${enrol.status}`);
  const secret = base32nopad.decode(enrol.body.totpSecret);
  const confirm = await client.call("POST", "/api/v1/enrol/totp", {
    totp: totpCode(secret, totpStep(Date.now() / 1000)),
  });
  if (confirm.status !== 200) throw new Error(`enrol/totp ${confirm.status}`);
  return { client, identity };
}

/**
 * Mounts a tmpfs of `size` (e.g. "24m") at `path`. Returns why it cannot
 * (not root, no mount permission) instead of throwing, for `t.skip`.
 */
export async function mountTmpfs(path: string, size: string): Promise<string | null> {
  if (process.getuid?.() !== 0) return "needs root to mount a small tmpfs";
  await mkdir(path, { recursive: true });
  const r = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size},mode=0700`, "tmpfs", path], {
    encoding: "utf8",
  });
  if (r.status !== 0) {
    await rmdir(path).catch(() => undefined);
    return `mount -t tmpfs failed: ${(r.stderr || r.error?.message || "").trim()}`;
  }
  return null;
}

export async function unmount(path: string): Promise<void> {
  spawnSync("umount", ["-l", path]);
  await rmdir(path).catch(() => undefined);
}

/**
 * `npm run soak`: the long crash soak (issue #6 part 2, DESIGN P6).
 *
 * `postern serve` runs in a child process while `--sources` sources send
 * messages, half of them with a file of 1–20 MiB, and `--recipients`
 * recipients reply. At a random moment (`--min-ms` to `--max-ms` into each
 * round) the server gets SIGKILL; it is restarted, and with the workload
 * paused (the start-up sweep has run before the listeners opened):
 *
 *   - no temp file is left in DIR/blobs/tmp;
 *   - every blob file has a row (no orphan) and every row its file;
 *   - every submission row decrypts with a recipient's identity: manifest,
 *     then each file, whose size and SHA-256 match what was sent. A
 *     submission whose "received" page came back (acknowledged) must be
 *     there; one that was in flight may be there or not, but whole;
 *   - every reply row decrypts to a text that was sent, and every reply
 *     answered 201 is there.
 *
 * The file contents are regenerated from a tag and a size (multipart.ts), so
 * nothing is kept in memory but hashes' inputs. SIGKILL tests a crash of the
 * process, not a power cut: the page cache survives it.
 *
 * Flags (or SOAK_* environment variables): --kills 5 --sources 50
 * --recipients 2 --min-ms 5000 --max-ms 30000 --file-share 0.5 --keep (keep
 * the data folder). Writes bench/results/soak.json; exits 1 when anything
 * was lost or left behind.
 */
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import type http from "node:http";
import os from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { parseManifest } from "../src/core/decrypt.ts";
import { Instance } from "../src/core/instance.ts";
import { decryptBytes } from "../src/crypto/index.ts";
import { blobFiles, plainHash } from "./lib/blobs.ts";
import { keepAliveAgent } from "./lib/http-client.ts";
import { sha256Of, taggedContent, type FilePart } from "./lib/multipart.ts";
import { Recipient } from "./lib/recipient.ts";
import {
  killPostern,
  makeDataFolder,
  ROOT,
  startPostern,
  stopPostern,
  type Postern,
} from "./lib/serve-process.ts";
import { Source } from "./lib/source.ts";
import { printTable, Recorder, round } from "./lib/stats.ts";

const MiB = 1024 * 1024;

interface Params {
  readonly kills: number;
  readonly sources: number;
  readonly recipients: number;
  readonly min_ms: number;
  readonly max_ms: number;
  readonly file_share: number;
  readonly file_min_MiB: number;
  readonly file_max_MiB: number;
  readonly keep: boolean;
}

function params(): Params {
  const { values } = parseArgs({
    options: {
      kills: { type: "string" },
      sources: { type: "string" },
      recipients: { type: "string" },
      "min-ms": { type: "string" },
      "max-ms": { type: "string" },
      "file-share": { type: "string" },
      keep: { type: "boolean" },
    },
  });
  const num = (
    flag: Exclude<keyof typeof values, "keep">,
    env: string,
    fallback: number,
    max: number,
  ): number => {
    const raw = values[flag] ?? process.env[env];
    if (raw === undefined) return fallback;
    const v = Number(raw);
    if (!Number.isFinite(v) || v < 0 || v > max)
      throw new RangeError(`--${flag} must be a number from 0 to ${max}`);
    return v;
  };
  const min = num("min-ms", "SOAK_MIN_MS", 5000, 3_600_000);
  return {
    kills: Math.round(num("kills", "SOAK_KILLS", 5, 100_000)),
    sources: Math.max(1, Math.round(num("sources", "SOAK_SOURCES", 50, 1000))),
    recipients: Math.max(1, Math.round(num("recipients", "SOAK_RECIPIENTS", 2, 20))),
    min_ms: min,
    max_ms: Math.max(min, num("max-ms", "SOAK_MAX_MS", 30_000, 3_600_000)),
    file_share: num("file-share", "SOAK_FILE_SHARE", 0.5, 1),
    file_min_MiB: 1,
    file_max_MiB: 20,
    keep: values.keep === true || process.env.SOAK_KEEP === "1",
  };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const errText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** What the clients sent, and what the server acknowledged. */
class Ledger {
  readonly block = randomBytes(MiB);
  /** Submission tag → the sizes of its files; `acked` once the "received" page came. */
  readonly submissions = new Map<string, { sizes: number[]; acked: boolean }>();
  /** Reply text → the id the server answered with (201), or null while unanswered. */
  readonly replies = new Map<string, string | null>();
  #next = 0;

  tag(kind: string): string {
    return `soak-${kind}-${++this.#next}`;
  }

  file(tag: string, i: number, size: number): FilePart {
    return {
      name: `${tag}-${i}.bin`,
      size,
      content: taggedContent(this.block, `${tag}/${i}`, size),
    };
  }
}

/** One round between two restarts: the clients stop once it is over. */
interface Round {
  over: boolean;
  unexpected: number;
  samples: string[];
}

function unexpected(round: Round, e: unknown): void {
  if (round.over) return;
  round.unexpected++;
  if (round.samples.length < 10) round.samples.push(errText(e));
}

interface SourceState {
  readonly source: Source;
  /** True once a submission of this codename was acknowledged: it can log in. */
  known: boolean;
  /** The session may be gone or unknown (after a failure): log in again first. */
  stale: boolean;
}

async function sourceRound(s: SourceState, p: Params, ledger: Ledger, round: Round): Promise<void> {
  while (!round.over) {
    try {
      if (s.source.codename === null || (s.stale && !s.known)) await s.source.begin();
      else if (s.stale) await s.source.login();
      s.stale = false;
      const csrf = await s.source.submitPage();
      const tag = ledger.tag("sub");
      const sizes: number[] = [];
      if (Math.random() < p.file_share) {
        const mib = p.file_min_MiB + Math.random() * (p.file_max_MiB - p.file_min_MiB);
        sizes.push(Math.round(mib * MiB));
      }
      const entry = { sizes, acked: false };
      ledger.submissions.set(tag, entry);
      await s.source.submit(
        "submit",
        csrf,
        `${tag} says hello`,
        sizes.map((size, i) => ledger.file(tag, i, size)),
      );
      entry.acked = true;
      s.known = true;
    } catch (e) {
      unexpected(round, e);
      s.stale = true;
      await sleep(200);
    }
  }
}

async function recipientRound(r: Recipient, ledger: Ledger, round: Round): Promise<void> {
  while (!round.over) {
    try {
      const inbox = await r.inbox();
      const chosen = inbox[Math.floor(Math.random() * inbox.length)];
      if (chosen !== undefined) {
        const conv = await r.conversation(chosen.id);
        const text = ledger.tag("reply");
        ledger.replies.set(text, null);
        ledger.replies.set(text, await r.reply(chosen.id, conv.replyTo, text));
      }
    } catch (e) {
      unexpected(round, e);
    }
    await sleep(200 + Math.random() * 300);
  }
}

/** What one check after a restart found. */
interface Check {
  readonly tempFiles: number;
  readonly orphans: number;
  readonly missingBlobs: number;
  readonly newlyVerified: number;
  readonly landedUnacknowledged: number;
  readonly corrupt: string[];
  readonly lost: string[];
  readonly repliesVerified: number;
  readonly repliesLost: string[];
}

/** Ids the check has already decrypted (their files are only checked to be there). */
interface Seen {
  readonly submissions: Set<string>;
  readonly submissionTags: Set<string>;
  readonly replies: Set<string>;
}

async function check(dir: string, identity: string, ledger: Ledger, seen: Seen): Promise<Check> {
  const tempFiles = (await readdir(join(dir, "blobs", "tmp"))).length;
  const inst = await Instance.open(dir);
  try {
    const files = await blobFiles(inst.blobs.root);
    const blobRows = await inst.db
      .selectFrom("blobs")
      .select(["id", "submission_id", "role", "position", "size"])
      .orderBy("position")
      .execute();
    const replyRows = await inst.db.selectFrom("replies").select(["id", "size"]).execute();
    const rowIds = new Set([...blobRows.map((b) => b.id), ...replyRows.map((r) => r.id)]);
    const orphans = [...files.keys()].filter((id) => !rowIds.has(id)).length;
    const missingBlobs = [...blobRows, ...replyRows].filter(
      (r) => files.get(r.id) !== r.size,
    ).length;

    const corrupt: string[] = [];
    let newlyVerified = 0;
    let landedUnacknowledged = 0;
    const subs = await inst.db.selectFrom("submissions").select("id").execute();
    for (const { id } of subs) {
      if (seen.submissions.has(id)) continue;
      const mine = blobRows.filter((b) => b.submission_id === id);
      const manifestRow = mine.find((b) => b.role === "manifest");
      try {
        if (manifestRow === undefined) throw new Error("no manifest row");
        const manifest = parseManifest(
          (
            await decryptBytes([identity], await readFile(inst.blobs.pathOf(manifestRow.id)))
          ).toString("utf8"),
        );
        const tag = /^(soak-sub-\d+) /.exec(manifest.message)?.[1] ?? "";
        const sent = ledger.submissions.get(tag);
        if (sent === undefined) throw new Error("a submission nobody sent");
        if (manifest.files.length !== sent.sizes.length) throw new Error("files missing");
        const fileRows = mine.filter((b) => b.role === "file");
        if (fileRows.length !== sent.sizes.length) throw new Error("file rows missing");
        for (const [i, f] of manifest.files.entries()) {
          const size = sent.sizes[i] ?? -1;
          const got = await plainHash(inst.blobs.pathOf(f.blob), identity);
          if (got.size !== size || f.size !== size) throw new Error(`file ${i}: size differs`);
          if (got.hash !== sha256Of(ledger.file(tag, i, size).content))
            throw new Error(`file ${i}: content differs`);
        }
        seen.submissions.add(id);
        seen.submissionTags.add(tag);
        newlyVerified++;
        if (!sent.acked) landedUnacknowledged++;
      } catch (e) {
        corrupt.push(`${id}: ${errText(e)}`);
      }
    }
    const lost = [...ledger.submissions]
      .filter(([tag, s]) => s.acked && !seen.submissionTags.has(tag))
      .map(([tag]) => tag);

    let repliesVerified = 0;
    const texts = new Set(ledger.replies.keys());
    for (const r of replyRows) {
      if (seen.replies.has(r.id)) continue;
      try {
        const text = (
          await decryptBytes([identity], await readFile(inst.blobs.pathOf(r.id)))
        ).toString("utf8");
        if (!texts.has(text)) throw new Error("a reply nobody sent");
        seen.replies.add(r.id);
        repliesVerified++;
      } catch (e) {
        corrupt.push(`reply ${r.id}: ${errText(e)}`);
      }
    }
    const replyIds = new Set(replyRows.map((r) => r.id));
    const repliesLost = [...ledger.replies.values()].filter(
      (id): id is string => id !== null && !replyIds.has(id),
    );
    return {
      tempFiles,
      orphans,
      missingBlobs,
      newlyVerified,
      landedUnacknowledged,
      corrupt,
      lost,
      repliesVerified,
      repliesLost,
    };
  } finally {
    await inst.close();
  }
}

async function main(): Promise<void> {
  const p = params();
  const started = performance.now();
  const work = await mkdtemp(join(os.tmpdir(), "postern-soak-"));
  const dir = join(work, "data");
  process.stdout.write(
    `Postern crash soak: ${p.kills} kills, ${p.sources} sources, ${p.recipients} recipients, ` +
      `kill ${p.min_ms}–${p.max_ms} ms into each round; data in ${dir}\n`,
  );
  const tokens = await makeDataFolder(dir, p.recipients);
  const ledger = new Ledger();
  const seen: Seen = { submissions: new Set(), submissionTags: new Set(), replies: new Set() };
  const rec = new Recorder();
  const sourceAgent: http.Agent = keepAliveAgent(p.sources);
  const recipientAgent: http.Agent = keepAliveAgent(p.recipients);
  let server: Postern | null = null;
  const onSignal = (): void => {
    server?.child.kill("SIGKILL");
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const totals = {
    kills: 0,
    temp_files_left: 0,
    orphans: 0,
    missing_blobs: 0,
    corrupt: [] as string[],
    landed_unacknowledged: 0,
    unexpected_errors: 0,
    unexpected_samples: [] as string[],
    swept: [] as number[],
  };
  let last: Check | null = null;
  try {
    server = await startPostern(dir);
    const recipients: Recipient[] = [];
    for (const [i, token] of tokens.entries())
      recipients.push(
        await Recipient.enrol(server.recipientUrl, recipientAgent, rec, token, `soak${i + 1}`),
      );
    const identity = recipients[0]!.identity;
    const sources: SourceState[] = Array.from({ length: p.sources }, () => ({
      source: new Source(server!.sourceUrl, sourceAgent, rec),
      known: false,
      stale: false,
    }));

    for (let k = 0; k <= p.kills; k++) {
      if (k > 0) server = await startPostern(dir);
      last = await check(dir, identity, ledger, seen);
      if (k > 0) {
        // Logged before the listeners opened, so it is in by now.
        const swept = /event=startup_sweep removed=(\d+)/.exec(server.log.join("\n"))?.[1];
        totals.swept.push(Number(swept ?? 0));
      }
      totals.temp_files_left += last.tempFiles;
      totals.orphans += last.orphans;
      totals.missing_blobs += last.missingBlobs;
      totals.corrupt.push(...last.corrupt);
      totals.landed_unacknowledged += last.landedUnacknowledged;
      const acked = [...ledger.submissions.values()].filter((s) => s.acked).length;
      process.stdout.write(
        `${k === 0 ? "start" : `restart ${k}`}: swept ${totals.swept[k - 1] ?? 0}, ` +
          `${acked} acknowledged, ${seen.submissions.size} verified ` +
          `(+${last.newlyVerified}, ${last.landedUnacknowledged} unacknowledged but whole), ` +
          `lost ${last.lost.length}, orphans ${last.orphans}, temp ${last.tempFiles}, ` +
          `replies ${seen.replies.size} verified / lost ${last.repliesLost.length}` +
          (last.corrupt.length > 0 ? `, CORRUPT ${last.corrupt.length}` : "") +
          "\n",
      );
      if (k === p.kills) break;

      const round: Round = { over: false, unexpected: 0, samples: [] };
      for (const s of sources) s.source.base = server.sourceUrl;
      for (const r of recipients) r.base = server.recipientUrl;
      const running = Promise.all([
        ...sources.map((s) => sourceRound(s, p, ledger, round)),
        ...recipients.map((r) => recipientRound(r, ledger, round)),
      ]);
      await sleep(p.min_ms + Math.random() * (p.max_ms - p.min_ms));
      round.over = true;
      await killPostern(server);
      totals.kills++;
      await running;
      totals.unexpected_errors += round.unexpected;
      totals.unexpected_samples.push(
        ...round.samples.slice(0, 10 - totals.unexpected_samples.length),
      );
      // Keep-alive sockets to the dead process are useless.
      sourceAgent.destroy();
      recipientAgent.destroy();
    }
    await stopPostern(server);
  } finally {
    if (server !== null) await killPostern(server);
    sourceAgent.destroy();
    recipientAgent.destroy();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    if (!p.keep) await rm(work, { recursive: true, force: true });
  }

  const subs = [...ledger.submissions.values()];
  const acked = subs.filter((s) => s.acked);
  const lost = last?.lost.length ?? NaN;
  const repliesAcked = [...ledger.replies.values()].filter((id) => id !== null).length;
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    params: p,
    kills: totals.kills,
    attempted: subs.length,
    acknowledged: acked.length,
    acknowledged_with_file: acked.filter((s) => s.sizes.length > 0).length,
    acknowledged_bytes_MB: round(
      acked.reduce((n, s) => n + s.sizes.reduce((a, b) => a + b, 0), 0) / 1e6,
    ),
    verified: seen.submissions.size,
    landed_unacknowledged: totals.landed_unacknowledged,
    lost,
    replies_attempted: ledger.replies.size,
    replies_acknowledged: repliesAcked,
    replies_verified: seen.replies.size,
    replies_lost: last?.repliesLost.length ?? NaN,
    orphans: totals.orphans,
    temp_files_left: totals.temp_files_left,
    missing_blobs: totals.missing_blobs,
    corrupt: totals.corrupt.length,
    corrupt_samples: totals.corrupt.slice(0, 10),
    swept_per_restart: totals.swept,
    unexpected_errors: totals.unexpected_errors,
    unexpected_samples: totals.unexpected_samples,
    runtime_s: round((performance.now() - started) / 1000),
  };
  const bad =
    results.lost !== 0 ||
    results.replies_lost !== 0 ||
    results.orphans !== 0 ||
    results.temp_files_left !== 0 ||
    results.missing_blobs !== 0 ||
    results.corrupt !== 0;
  printTable([
    { name: "kills", value: `${results.kills}` },
    {
      name: "submissions sent / acknowledged",
      value: `${results.attempted} / ${results.acknowledged}`,
    },
    {
      name: "  with a file / file bytes",
      value: `${results.acknowledged_with_file} / ${results.acknowledged_bytes_MB} MB`,
    },
    { name: "verified (decrypted, hashes match)", value: `${results.verified}` },
    {
      name: "  of which in flight at a kill, landed whole",
      value: `${results.landed_unacknowledged}`,
    },
    { name: "lost", value: `${results.lost}`, target: "0", pass: results.lost === 0 },
    {
      name: "replies sent / 201 / verified",
      value: `${results.replies_attempted} / ${results.replies_acknowledged} / ${results.replies_verified}`,
    },
    {
      name: "replies lost",
      value: `${results.replies_lost}`,
      target: "0",
      pass: results.replies_lost === 0,
    },
    {
      name: "corrupt (visible but not whole)",
      value: `${results.corrupt}`,
      target: "0",
      pass: results.corrupt === 0,
    },
    {
      name: "orphan blobs after sweep",
      value: `${results.orphans}`,
      target: "0",
      pass: results.orphans === 0,
    },
    {
      name: "temp files after sweep",
      value: `${results.temp_files_left}`,
      target: "0",
      pass: results.temp_files_left === 0,
    },
    {
      name: "rows without their blob",
      value: `${results.missing_blobs}`,
      target: "0",
      pass: results.missing_blobs === 0,
    },
    { name: "files swept per restart", value: results.swept_per_restart.join(" ") },
    { name: "errors while the server was up", value: `${results.unexpected_errors}` },
  ]);
  if (acked.every((s) => s.sizes.length === 0))
    process.stdout.write(
      "Warning: no submission with a file was acknowledged; use longer rounds.\n",
    );
  for (const s of [...results.corrupt_samples, ...results.unexpected_samples])
    process.stdout.write(`  ${s}\n`);
  const out = join(ROOT, "bench", "results", "soak.json");
  await mkdir(join(ROOT, "bench", "results"), { recursive: true });
  await writeFile(`${out}.tmp`, JSON.stringify(results, null, 2) + "\n");
  await rename(`${out}.tmp`, out);
  process.stdout.write(`Wrote ${out} (${results.runtime_s} s)\n`);
  if (bad) process.exitCode = 1;
}

await main();

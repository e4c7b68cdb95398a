// Disk full (issue #6 part 2): the data folder lives on a 24 MiB tmpfs the
// test mounts (as root; skipped with the reason otherwise). An upload larger
// than the space, then submissions and a reply with the disk filled by a
// ballast file, then with the free space stepping up 4 KiB at a time through
// every point where a submission can run out (temp file, manifest, rename,
// database). Each time the source gets the localized "try again later" page
// (storage_unavailable, 503) or an acknowledgement, never anything between:
// no temp file, no blob without its row or row without its blob, and what
// was stored before still decrypts. Once the ballast is gone the same server
// takes submissions and replies again, without a restart.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, open, rm, stat, truncate } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encryptBytes } from "../../src/crypto/index.ts";
import { translator } from "../../src/i18n/index.ts";
import type { ConversationResponse, SourcesResponse } from "../../src/protocol/api.ts";
import type { RecipientClient } from "../helpers/recipient-client.ts";
import { errorCode, received, SourceClient, type Page } from "../helpers/source-client.ts";
import {
  audit,
  enrolWithToken,
  killPostern,
  Ledger,
  makeDataFolder,
  MiB,
  mountTmpfs,
  newSeen,
  NO_PROBLEMS,
  problems,
  startPostern,
  unmount,
  type Postern,
} from "./harness.ts";

const work = await mkdtemp(join(tmpdir(), "postern-fault-disk-"));
const mount = join(work, "mnt");
const skip = (await mountTmpfs(mount, "24m")) ?? false;
const dir = join(mount, "data");
const ballast = join(mount, "ballast");

let server: Postern | null = null;
let recipient: { client: RecipientClient; identity: string };
const ledger = new Ledger();
const seen = newSeen();
/** The source with a stored submission (and a reply), and its session. */
const alice = { client: null as SourceClient | null };

before(async () => {
  if (skip !== false) return;
  const [token] = await makeDataFolder(dir, 1);
  server = await startPostern(dir);
  recipient = await enrolWithToken(server.recipientUrl, token ?? "", "disk1");
});
after(async () => {
  if (server !== null) await killPostern(server);
  if (skip === false) await unmount(mount);
  await rm(work, { recursive: true, force: true });
});

function src(): SourceClient {
  assert.ok(server);
  return new SourceClient(server.sourceUrl);
}

/** A submission of `tag` with files of these sizes, recorded in the ledger. */
async function submit(client: SourceClient, sizes: number[], locale = "en"): Promise<Page> {
  const tag = ledger.tag("sub");
  const entry = { sizes, acked: false };
  ledger.submissions.set(tag, entry);
  const page = await client.submit(
    {
      message: `${tag} on a small disk`,
      files: sizes.map((size, i) => ({
        name: `${tag}-${i}.bin`,
        data: ledger.bytes(tag, i, size),
      })),
    },
    { locale },
  );
  entry.acked = received(page);
  return page;
}

/** The first source in the inbox, encrypted to as the web app does; returns the answer. */
async function reply(text: string): Promise<{ status: number; body: unknown }> {
  const c = recipient.client;
  const list = await c.call<SourcesResponse>("GET", "/api/v1/sources");
  assert.equal(list.status, 200);
  const id = list.body.sources[0]?.id ?? "";
  const conv = await c.call<ConversationResponse>("GET", `/api/v1/sources/${id}`);
  assert.equal(conv.status, 200);
  ledger.replies.set(text, null);
  const file = await encryptBytes(conv.body.replyTo, Buffer.from(text));
  const r = await c.call<{ id?: string }>("POST", `/api/v1/sources/${id}/replies`, file);
  if (r.status === 201) ledger.replies.set(text, r.body.id ?? null);
  return r;
}

function assertTryLater(page: Page, locale: string): void {
  assert.equal(errorCode(page), "storage_unavailable", page.html.slice(0, 300));
  assert.equal(page.status, 503);
  assert.match(page.html, new RegExp(`<html[^>]* lang="${locale}"`));
  assert.ok(page.html.includes(translator(locale)("error.storage_unavailable.title")));
}

async function assertWhole(what: string): Promise<void> {
  assert.deepEqual(problems(await audit(dir, recipient.identity, ledger, seen)), NO_PROBLEMS, what);
}

/** Fills the file system with a ballast file until the kernel says ENOSPC. */
async function fillDisk(): Promise<void> {
  const fh = await open(ballast, "w");
  const block = Buffer.alloc(64 * 1024, 7);
  try {
    for (;;) await fh.write(block);
  } catch (e) {
    if ((e as { code?: string }).code !== "ENOSPC") throw e;
    // The last block may have gone in part: now byte-exact full.
    for (;;) {
      try {
        await fh.write(block.subarray(0, 512));
      } catch {
        break;
      }
    }
  } finally {
    await fh.close();
  }
}

test("before: a submission and a reply are stored", { skip }, async () => {
  alice.client = src();
  await alice.client.newSource();
  assert.ok(received(await submit(alice.client, [MiB])));
  assert.equal((await reply(ledger.tag("reply"))).status, 201);
  await assertWhole("before");
});

test("an upload larger than the disk gets the try-again-later page", { skip }, async () => {
  const c = src();
  await c.newSource("fr");
  const page = await submit(c, [40 * MiB], "fr");
  assertTryLater(page, "fr");
  await assertWhole("after the big upload");
});

test("with the disk full: submissions and replies are refused cleanly", { skip }, async () => {
  assert.ok(alice.client);
  await fillDisk();
  try {
    assertTryLater(await submit(alice.client, [256 * 1024]), "en");
    assertTryLater(await submit(alice.client, []), "en");
    const r = await reply(ledger.tag("reply"));
    assert.equal(r.status, 503, JSON.stringify(r.body));
    assert.deepEqual(r.body, { error: "storage_unavailable" });
    // Reading still works: the source's page shows the stored reply.
    const page = await alice.client.request("/en/submit");
    assert.equal(page.status, 200);
    await assertWhole("with the disk full");
  } finally {
    await rm(ballast, { force: true });
  }
});

test(
  "every point where space runs out: acknowledged whole or refused whole",
  { skip },
  async (t) => {
    assert.ok(alice.client);
    await fillDisk();
    const outcomes: string[] = [];
    try {
      let size = (await stat(ballast)).size;
      // Until two submissions got through: the last refusals ran out in the database.
      for (let step = 1; step <= 128 && outcomes.filter((o) => o === "ok").length < 2; step++) {
        size = Math.max(0, size - 4096);
        await truncate(ballast, size);
        const page = await submit(alice.client, [2048]);
        if (received(page)) outcomes.push("ok");
        else {
          assertTryLater(page, "en");
          outcomes.push("503");
        }
        // A reply now and then: it takes space a submission's transaction would
        // need (committed frames stay in the WAL until a checkpoint). Every 8th
        // step, so that freed space still outgrows what replies take: a
        // submission's transaction writes ~10 pages (3 tables, 7 indexes).
        if (step % 8 !== 0) {
          await assertWhole(`with ${step * 4} KiB freed`);
          continue;
        }
        const r = await reply(ledger.tag("reply"));
        if (r.status === 201) outcomes.push("reply");
        else
          assert.deepEqual(
            [r.status, r.body],
            [503, { error: "storage_unavailable" }],
            server?.log.slice(-3).join("\n"),
          );
        await assertWhole(`with ${step * 4} KiB freed`);
      }
    } finally {
      await rm(ballast, { force: true });
    }
    // The log's last lines: the refusals ran out in the file system and in SQLite's WAL.
    const causes = new Set(server?.log.flatMap((l) => /cause_code=(\S+)/.exec(l)?.[1] ?? []));
    t.diagnostic(`outcomes: ${outcomes.join(" ")}; causes: ${[...causes].join(" ")}`);
    assert.ok(causes.has("ENOSPC") && causes.has("SQLITE_FULL"), [...causes].join(" "));
    assert.ok(outcomes.includes("503") && outcomes.includes("ok"), outcomes.join(" "));
  },
);

test("space freed: the same server takes submissions and replies again", { skip }, async () => {
  assert.ok(alice.client);
  assert.ok(received(await submit(alice.client, [2 * MiB])));
  const fresh = src();
  await fresh.newSource();
  assert.ok(received(await submit(fresh, [MiB])));
  assert.equal((await reply(ledger.tag("reply"))).status, 201);
  await assertWhole("after");
  assert.ok(server);
  assert.equal(server.child.exitCode, null, "the server kept running");
});

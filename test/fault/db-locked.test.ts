// The database locked or unavailable for a while (issue #6 part 2), against
// `postern serve` in a child process:
//   - another connection holds the write lock (BEGIN EXCLUSIVE) for longer
//     than the busy timeout: everything that writes (a submission, a login, a
//     new source, a reply) fails cleanly with storage_unavailable (the
//     localized page, or JSON 503 on the recipient API) and leaves no row,
//     blob or temp file; what only reads (WAL readers are not blocked) goes on;
//   - another process holds every WAL lock byte (what a hung writer or a
//     broken file lock looks like): readers fail cleanly too;
//   - once the lock is gone, the same requests succeed with no restart.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { encryptBytes } from "../../src/crypto/index.ts";
import type { ConversationResponse, SourcesResponse } from "../../src/protocol/api.ts";
import type { RecipientClient } from "../helpers/recipient-client.ts";
import { errorCode, received, SourceClient, type Page } from "../helpers/source-client.ts";
import {
  audit,
  enrolWithToken,
  killPostern,
  Ledger,
  makeDataFolder,
  newSeen,
  NO_PROBLEMS,
  problems,
  startPostern,
  type Postern,
} from "./harness.ts";

const work = await mkdtemp(join(tmpdir(), "postern-fault-db-"));
const dir = join(work, "data");
const dbFile = join(dir, "postern.sqlite");
const ledger = new Ledger();
const seen = newSeen();
let server: Postern;
let recipient: { client: RecipientClient; identity: string };
let alice: SourceClient;
let codename: string;

before(async () => {
  const [token] = await makeDataFolder(dir, 1);
  server = await startPostern(dir);
  recipient = await enrolWithToken(server.recipientUrl, token ?? "", "locked1");
  alice = new SourceClient(server.sourceUrl);
  codename = await alice.newSource();
  assert.ok(received(await submit(alice)));
  assert.equal((await reply()).status, 201);
});
after(async () => {
  await killPostern(server);
  await rm(work, { recursive: true, force: true });
});

async function submit(client: SourceClient): Promise<Page> {
  const tag = ledger.tag("sub");
  const entry = { sizes: [64 * 1024], acked: false };
  ledger.submissions.set(tag, entry);
  const page = await client.submit({
    message: `${tag} while the database is busy`,
    files: [{ name: `${tag}.bin`, data: ledger.bytes(tag, 0, 64 * 1024) }],
  });
  entry.acked = received(page);
  return page;
}

async function sources(): Promise<{ status: number; body: SourcesResponse }> {
  return recipient.client.call<SourcesResponse>("GET", "/api/v1/sources");
}

async function reply(): Promise<{ status: number; body: unknown }> {
  const c = recipient.client;
  const id = (await sources()).body.sources[0]?.id ?? "";
  const conv = await c.call<ConversationResponse>("GET", `/api/v1/sources/${id}`);
  assert.equal(conv.status, 200);
  const text = ledger.tag("reply");
  ledger.replies.set(text, null);
  const file = await encryptBytes(conv.body.replyTo, Buffer.from(text));
  const r = await c.call<{ id?: string }>("POST", `/api/v1/sources/${id}/replies`, file);
  if (r.status === 201) ledger.replies.set(text, r.body.id ?? null);
  return r;
}

function assertUnavailable(page: Page, what: string): void {
  assert.equal(errorCode(page), "storage_unavailable", `${what}: ${page.html.slice(0, 200)}`);
  assert.equal(page.status, 503, what);
}

function assertApiUnavailable(r: { status: number; body: unknown }, what: string): void {
  assert.deepEqual([r.status, r.body], [503, { error: "storage_unavailable" }], what);
}

async function assertWhole(what: string): Promise<void> {
  assert.deepEqual(problems(await audit(dir, recipient.identity, ledger, seen)), NO_PROBLEMS, what);
}

/** Everything that must work again once the lock is gone. */
async function assertServing(): Promise<void> {
  assert.ok(received(await submit(alice)), "submission");
  const again = new SourceClient(server.sourceUrl);
  const page = await again.login(codename);
  assert.equal(page.status, 200, "login");
  assert.match(page.html, /name="csrf"/);
  assert.match(await new SourceClient(server.sourceUrl).newSource(), /^\S+( \S+){11}$/);
  assert.equal((await sources()).status, 200, "inbox");
  assert.equal((await reply()).status, 201, "reply");
  await assertWhole("after the lock");
  assert.equal(server.child.exitCode, null, "the server kept running");
}

test("write lock held past the busy timeout: writes fail cleanly, reads go on", async () => {
  const holder = new BetterSqlite3(dbFile, { timeout: 0 });
  holder.exec("BEGIN EXCLUSIVE");
  try {
    assertUnavailable(await submit(alice), "submission");
    assertUnavailable(await new SourceClient(server.sourceUrl).login(codename), "login");
    // The codename page needs no database; continuing from it writes the session.
    const fresh = new SourceClient(server.sourceUrl);
    const shown = await fresh.codenamePage();
    assert.equal(shown.page.status, 200, "codename page");
    assertUnavailable(await fresh.continueFrom(shown), "new source");
    assertApiUnavailable(await reply(), "reply");
    // WAL: readers do not wait for the writer.
    const page = await alice.request("/en/submit");
    assert.equal(page.status, 200, "page view");
    assert.equal((await sources()).status, 200, "inbox");
    await assertWhole("under the lock");
  } finally {
    holder.exec("ROLLBACK");
    holder.close();
  }
  await assertServing();
});

/**
 * SQLite's WAL locks are POSIX record locks on bytes 120–127 of the -shm file
 * (sqlite.org/walformat.html §2.3): write, checkpoint, recover, read marks
 * 0–4. Node cannot take one, Python's fcntl can.
 */
function holdWalLocks(): Promise<ChildProcess> {
  const py = spawn(
    "python3",
    [
      "-c",
      "import fcntl, os, sys\n" +
        "fd = os.open(sys.argv[1], os.O_RDWR)\n" +
        "fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 8, 120, 0)\n" +
        "print('locked', flush=True)\n" +
        "sys.stdin.read()\n",
      `${dbFile}-shm`,
    ],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    py.stdout.once("data", () => resolve(py));
    py.once("exit", (code) => reject(new Error(`python3 exited (${code})`)));
  });
}

const noPython = spawnSync("python3", ["-c", "import fcntl"]).status !== 0;

test(
  "every WAL lock held: readers fail cleanly too, and recover",
  { skip: noPython ? "python3 (to take the -shm file's fcntl locks) is not installed" : false },
  async () => {
    const py = await holdWalLocks();
    try {
      // SQLite retries a WAL read lock for ~10 s before SQLITE_PROTOCOL: one request each.
      assertUnavailable(await alice.request("/en/submit"), "page view");
      assertApiUnavailable(await sources(), "inbox");
    } finally {
      const exited = new Promise((r) => py.once("exit", r));
      py.stdin?.end();
      await exited;
    }
    await assertWhole("after the WAL locks");
    await assertServing();
  },
);

test(
  "database file read-only while serving",
  {
    skip:
      "not feasible here: as root, mode bits do not apply; chattr +i and a read-only " +
      "remount do not affect file descriptors the server already holds open for writing " +
      "(the remount fails with EBUSY)",
  },
  () => undefined,
);

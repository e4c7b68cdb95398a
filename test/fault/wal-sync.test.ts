// Submissions and replies are acknowledged only once their commit is on disk,
// and the fsync that makes it so runs off the event loop (store/db.ts,
// `durable`). If that fsync fails after SQLite committed, the person is told
// to try again later (never "received"), and the committed rows keep every
// blob they point to: nothing half-removed, nothing orphaned.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { decryptBytes, encryptBytes } from "../../src/crypto/index.ts";
import { storeReply } from "../../src/core/replies.ts";
import { walSync } from "../../src/store/db.ts";
import { startFixture, residue, type Fixture } from "../helpers/instance.ts";
import { errorCode, received, SourceClient } from "../helpers/source-client.ts";

let f: Fixture;
const realSync = walSync.sync;
before(async () => {
  f = await startFixture();
});
after(async () => {
  walSync.sync = realSync;
  await f.close();
});

async function blobsDecrypt(): Promise<number> {
  const rows = await f.inst.db.selectFrom("blobs").select("id").execute();
  for (const r of rows) {
    const file = await readFile(f.inst.blobs.pathOf(r.id));
    await decryptBytes([f.identity], file);
  }
  return rows.length;
}

test("an acknowledged submission waited for the WAL's fsync, after its commit", async () => {
  const calls: { wal: string; rows: number }[] = [];
  walSync.sync = async (wal) => {
    const n = await f.inst.db.selectFrom("submissions").select("id").execute();
    calls.push({ wal, rows: n.length });
    return realSync(wal);
  };
  try {
    const alice = new SourceClient(f.url);
    await alice.newSource();
    const before = (await residue(f)).submissions;
    assert.ok(received(await alice.submit({ message: "durable?" })));
    assert.equal(calls.length, 1, "one sync for one submission");
    assert.match(calls[0]?.wal ?? "", /postern\.sqlite-wal$/);
    assert.equal(calls[0]?.rows, before + 1, "the sync came after the commit");
  } finally {
    walSync.sync = realSync;
  }
});

test("the fsync fails after the commit: try again later, and the rows keep their blobs", async () => {
  walSync.sync = () => Promise.reject(Object.assign(new Error("I/O error"), { code: "EIO" }));
  try {
    const bob = new SourceClient(f.url);
    await bob.newSource();
    const before = await residue(f);
    const page = await bob.submit({
      message: "the disk is failing",
      files: [{ name: "a.txt", data: Buffer.from("attached") }],
    });
    assert.equal(received(page), false, "never acknowledged");
    assert.equal(errorCode(page), "storage_unavailable");
    assert.equal(page.status, 503);
    const now = await residue(f);
    // SQLite committed: the row stands, with its manifest, message and file blobs.
    assert.equal(now.submissions, before.submissions + 1);
    assert.equal(now.blobRows, now.blobFiles, "every blob row has its file");
    assert.equal(now.tempFiles, 0);
    assert.equal(await blobsDecrypt(), now.blobRows);

    // A reply on the same failing disk: refused, its row keeps its blob too.
    const src = await f.inst.db
      .selectFrom("sources")
      .select(["id", "reply_pq"])
      .executeTakeFirstOrThrow();
    const channel = await f.inst.db.selectFrom("channels").select("id").executeTakeFirstOrThrow();
    const file = await encryptBytes([src.reply_pq], Buffer.from("thanks"));
    await assert.rejects(storeReply(f.inst, { sourceId: src.id, channelId: channel.id, file }), {
      name: "NotDurableError",
      code: "EIO",
    });
    const replies = await f.inst.db.selectFrom("replies").select("id").execute();
    assert.equal(replies.length, 1);
    assert.deepEqual(await readFile(f.inst.blobs.pathOf(replies[0]?.id ?? "")), file);
  } finally {
    walSync.sync = realSync;
  }
  // The disk is back: the same source is served again, with no restart.
  const carol = new SourceClient(f.url);
  await carol.newSource();
  assert.ok(received(await carol.submit({ message: "and again" })));
});

// Deleting a whole source: every row and blob of theirs goes, blobs are
// overwritten before removal, their session ends, and others are untouched.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { stat } from "node:fs/promises";
import { writeReply } from "../../src/core/replies.ts";
import { designationOf, residue, startFixture, type Fixture } from "../helpers/instance.ts";
import { errorCode, received, SourceClient } from "../helpers/source-client.ts";

const BIN = new URL("../../bin/postern.js", import.meta.url).pathname;
let f: Fixture;
before(async () => {
  f = await startFixture();
});
after(async () => {
  await f.close();
});

test("postern source delete removes one source entirely and nothing else", async () => {
  const keep = new SourceClient(f.url);
  await keep.newSource();
  assert.ok(received(await keep.submit({ message: "stay" })));
  const kept = await residue(f);

  const gone = new SourceClient(f.url);
  const codename = await gone.newSource();
  assert.ok(
    received(
      await gone.submit({ message: "go", files: [{ name: "a.bin", data: new Uint8Array(5000) }] }),
    ),
  );
  const designation = await designationOf(f, codename);
  await writeReply(f.inst, { designation, identity: f.identity, message: "a reply" });
  const blobIds = [
    ...(await f.inst.db.selectFrom("blobs").select("id").execute()).map((r) => r.id),
    ...(await f.inst.db.selectFrom("replies").select("id").execute()).map((r) => r.id),
  ];

  const refused = spawnSync(
    process.execPath,
    [BIN, "source", "delete", "--data", f.dir, "--source", designation],
    {
      encoding: "utf8",
    },
  );
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /--yes/);
  const done = spawnSync(
    process.execPath,
    [BIN, "source", "delete", "--data", f.dir, "--source", designation, "--yes"],
    { encoding: "utf8" },
  );
  assert.equal(done.status, 0, done.stderr);
  assert.match(done.stdout, /1 submission\(s\), 1 reply\(ies\), 3 file\(s\)/);

  assert.deepEqual(await residue(f), kept, "only the other source's rows and blobs remain");
  let removed = 0;
  for (const id of blobIds) {
    if (
      await stat(f.inst.blobs.pathOf(id)).then(
        () => false,
        () => true,
      )
    )
      removed++;
  }
  assert.equal(removed, 3);
  assert.equal(
    errorCode(await gone.request("/en/submit")),
    "session_expired",
    "their session ended",
  );
  assert.equal(errorCode(await new SourceClient(f.url).login(codename)), "codename_unknown");
  const again = spawnSync(
    process.execPath,
    [BIN, "source", "delete", "--data", f.dir, "--source", designation, "--yes"],
    { encoding: "utf8" },
  );
  assert.notEqual(again.status, 0);
  assert.equal(again.stderr.trim().split("\n").length, 1);
});

/**
 * A source who wrote to two channels is two conversations, one per channel,
 * each seen and handled by that channel's members only (issue #11).
 *
 * Finding 1, the damage that must not happen: a member of channel A deletes
 * the source and its material in channel B is gone too. Finding 6: a member
 * of A learns from the numbering, the last day or the inbox order that the
 * source also wrote elsewhere. Finding 5: after the delete, the source's
 * designation and lookup hash survive in the database's WAL.
 */
import assert from "node:assert/strict";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { writeReply } from "../../src/core/replies.ts";
import type {
  ConversationResponse,
  SourceSummary,
  SourcesResponse,
} from "../../src/protocol/api.ts";
import { postern } from "../cli/helpers.ts";
import { designationOf, startFixture, type Fixture } from "../helpers/instance.ts";
import { enrolRecipient, type Enrolled } from "../helpers/recipient-client.ts";
import { errorCode, received, SourceClient } from "../helpers/source-client.ts";

let f: Fixture;
let alice: Enrolled; // a member of "default" only
let bob: Enrolled; // a member of "deskb" only
let x: { client: SourceClient; codename: string; designation: string; id: string };
let yDesignation = "";

before(async () => {
  f = await startFixture({ channels: { deskb: "Desk B" } });
  alice = await enrolRecipient(f.inst, f.recipientUrl, { username: "alice", channel: "default" });
  bob = await enrolRecipient(f.inst, f.recipientUrl, { username: "bob", channel: "deskb" });
  // X writes to default, then Y writes to default, then X writes to deskb twice.
  const xc = new SourceClient(f.url);
  const codename = await xc.newSource();
  assert.ok(received(await xc.submit({ message: "x to A", channel: "default" })));
  const yc = new SourceClient(f.url);
  const yCodename = await yc.newSource();
  assert.ok(received(await yc.submit({ message: "y to A", channel: "default" })));
  yDesignation = await designationOf(f, yCodename);
  for (const message of ["x to B", "x to B again"]) {
    assert.ok(
      received(
        await xc.submit({
          message,
          channel: "deskb",
          files: [{ name: "b.txt", data: Buffer.from(message) }],
        }),
      ),
    );
  }
  const designation = await designationOf(f, codename);
  // A reply in B (the channel of X's latest submission), from the CLI.
  const r = await writeReply(f.inst, { designation, identity: f.identity, message: "from B" });
  assert.equal(r.channel, "deskb");
  // X's B material is from a later day than anything in A.
  await f.inst.db
    .updateTable("submissions")
    .set({ day: "2099-01-02" })
    .where("channel_id", "in", (eb) =>
      eb.selectFrom("channels").select("id").where("slug", "=", "deskb"),
    )
    .execute();
  await f.inst.db.updateTable("sources").set({ last_day: "2099-01-02" }).execute();
  const row = await f.inst.db
    .selectFrom("sources")
    .select("id")
    .where("designation", "=", designation)
    .executeTakeFirstOrThrow();
  x = { client: xc, codename, designation, id: row.id };
});

after(async () => {
  await f.close();
});

const inbox = async (who: Enrolled): Promise<SourceSummary[]> =>
  (await who.client.call<SourcesResponse>("GET", "/api/v1/sources")).body.sources.slice();

test("a member sees the source as it is in their channels: order, counts, last day, numbering", async () => {
  const a = await inbox(alice);
  // Y wrote to A after X did: Y first, although X was active later (in B).
  assert.deepEqual(
    a.map((s) => s.designation),
    [yDesignation, x.designation],
  );
  const xa = a.find((s) => s.designation === x.designation)!;
  assert.equal(xa.submissions, 1);
  assert.equal(xa.replies, 0);
  assert.notEqual(xa.lastDay, "2099-01-02", "B's later day does not show in A");
  assert.equal(xa.channel.slug, "default");
  const conv = await alice.client.call<ConversationResponse>("GET", `/api/v1/sources/${x.id}`);
  assert.equal(conv.status, 200);
  assert.deepEqual(
    conv.body.items.map((i) => [i.kind, i.seq, i.channel]),
    [["submission", 1, "default"]],
  );

  const b = await inbox(bob);
  assert.deepEqual(
    b.map((s) => s.designation),
    [x.designation],
  );
  const convB = await bob.client.call<ConversationResponse>("GET", `/api/v1/sources/${x.id}`);
  // Numbered 1, 2 among what B sees, not 2, 3 among everything X sent.
  assert.deepEqual(
    convB.body.items.map((i) => [i.kind, i.seq]),
    [
      ["submission", 1],
      ["submission", 2],
      ["reply", 1],
    ],
  );
  assert.equal(b[0]?.lastDay, "2099-01-02");
});

/** Every byte of every file under the data folder (database, WAL, blobs). */
async function allBytes(dir: string): Promise<{ path: string; bytes: Buffer }[]> {
  const out: { path: string; bytes: Buffer }[] = [];
  for (const n of await readdir(dir)) {
    const p = join(dir, n);
    const st = await stat(p);
    if (st.isDirectory()) out.push(...(await allBytes(p)));
    else if (st.isFile()) out.push({ path: p, bytes: await readFile(p) });
  }
  return out;
}

test("a member of A deletes the source: only A's part goes; B's member still has everything", async () => {
  const del = await alice.client.call("POST", `/api/v1/sources/${x.id}/delete`, {});
  assert.equal(del.status, 200);
  // The answer counts what went, and does not say whether the source wrote elsewhere.
  assert.deepEqual(del.body, { ok: true, submissions: 1, replies: 0 });
  assert.deepEqual(
    (await inbox(alice)).map((s) => s.designation),
    [yDesignation],
  );
  const convB = await bob.client.call<ConversationResponse>("GET", `/api/v1/sources/${x.id}`);
  assert.equal(convB.status, 200, "B still has the conversation");
  assert.equal(convB.body.items.length, 3);
  // Every blob of B's items is still on disk and served.
  for (const item of convB.body.items) {
    const blob = item.kind === "submission" ? item.manifest.id : item.id;
    const r = await fetch(`${f.recipientUrl}/api/v1/blobs/${blob}`, {
      headers: { cookie: `postern_rs=${bob.client.cookie ?? ""}` },
    });
    assert.equal(r.status, 200, `blob of ${item.kind} ${item.seq}`);
    await r.arrayBuffer();
  }
  // The operator's listing agrees, and the source still logs in and reads B's reply.
  const list = await postern(["inbox", "list", "--data", f.dir, "--json"]);
  const sources = JSON.parse(list.stdout) as { designation: string; submissions: number }[];
  assert.equal(sources.find((s) => s.designation === x.designation)?.submissions, 2);
  const back = new SourceClient(f.url);
  const page = await back.login(x.codename);
  assert.equal(errorCode(page), null, "the source can still log in");
  assert.ok(page.html.includes("from B"));
});

test("when the last channel's member deletes it, the source is gone, and so is every byte of it", async () => {
  const lookup = (
    await f.inst.db
      .selectFrom("sources")
      .select("lookup")
      .where("id", "=", x.id)
      .executeTakeFirstOrThrow()
  ).lookup;
  const before = await allBytes(f.dir);
  assert.ok(
    before.some((file) => file.bytes.includes(x.designation)),
    "the designation is on disk before the delete",
  );
  const del = await bob.client.call("POST", `/api/v1/sources/${x.id}/delete`, {});
  assert.deepEqual(del.body, { ok: true, submissions: 2, replies: 1 });
  assert.equal(
    await f.inst.db.selectFrom("sources").select("id").where("id", "=", x.id).executeTakeFirst(),
    undefined,
  );
  assert.equal(errorCode(await x.client.request("/en/submit")), "session_expired");
  assert.equal(errorCode(await new SourceClient(f.url).login(x.codename)), "codename_unknown");
  // No byte of the designation or the lookup hash in any file: database, -wal, -shm.
  for (const file of await allBytes(f.dir)) {
    for (const needle of [x.designation, lookup]) {
      for (const enc of ["utf8", "utf16le"] as const) {
        assert.equal(
          file.bytes.indexOf(Buffer.from(needle, enc)),
          -1,
          `${needle} survives in ${file.path}`,
        );
      }
    }
  }
  assert.deepEqual(
    (await inbox(alice)).map((s) => s.designation),
    [yDesignation],
    "Y untouched",
  );
});

test("a reply the source deletes leaves no byte of its row behind", async () => {
  const yc = new SourceClient(f.url);
  const codename = await yc.newSource();
  assert.ok(received(await yc.submit({ message: "z", channel: "default" })));
  const reply = await writeReply(f.inst, {
    designation: await designationOf(f, codename),
    identity: f.identity,
    message: "read me",
  });
  const csrf = await yc.csrf("/en/submit");
  const done = await yc.request(`/en/replies/${reply.id}/delete`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrf }).toString(),
  });
  assert.equal(errorCode(done), null);
  for (const file of await allBytes(f.dir)) {
    assert.equal(file.bytes.indexOf(Buffer.from(reply.id)), -1, `${reply.id} in ${file.path}`);
  }
});

test("postern source delete --channel removes one channel's part; the source goes with the last", async () => {
  const zc = new SourceClient(f.url);
  const codename = await zc.newSource();
  for (const channel of ["default", "deskb"]) {
    assert.ok(received(await zc.submit({ message: `z to ${channel}`, channel })));
  }
  const designation = await designationOf(f, codename);
  const one = await postern([
    ...["source", "delete", "--data", f.dir, "--source", designation],
    ...["--channel", "deskb", "--yes"],
  ]);
  assert.equal(one.code, 0, one.stderr);
  assert.match(one.stdout, /1 submission\(s\), 0 reply\(ies\), 1 file\(s\)/);
  assert.deepEqual(
    (await inbox(bob)).map((s) => s.designation),
    [],
    "nothing of Z left in B",
  );
  assert.ok(
    (await inbox(alice)).some((s) => s.designation === designation),
    "Z kept in A",
  );
  const unknown = await postern([
    ...["source", "delete", "--data", f.dir, "--source", designation],
    ...["--channel", "nope", "--yes"],
  ]);
  assert.equal(unknown.code, 2);
  const last = await postern([
    ...["source", "delete", "--data", f.dir, "--source", designation],
    ...["--channel", "default", "--yes"],
  ]);
  assert.equal(last.code, 0, last.stderr);
  assert.equal(errorCode(await new SourceClient(f.url).login(codename)), "codename_unknown");
});

/**
 * `postern recipient invite` and `recipient remove`, and `inbox list --json`
 * grouped by source (issue #3): the link works once in the API, bad flags get
 * one line, and removal stops new ciphertext reaching a key.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { join } from "node:path";
import { Instance } from "../../src/core/instance.ts";
import { startFixture, type Fixture } from "../helpers/instance.ts";
import { enrolRecipient, RecipientClient } from "../helpers/recipient-client.ts";
import { received, SourceClient } from "../helpers/source-client.ts";
import { assertOk, assertOneErrorLine, postern, posternBatch, TempDirs } from "./helpers.ts";

const tmp = new TempDirs();
after(() => tmp.cleanup());

describe("recipient invite: flags", () => {
  let dir = "";
  before(async () => {
    dir = join(await tmp.make(), "inst");
    assertOk(await postern(["init", "--data", dir]));
  });

  test("prints a one-time link with the token in the fragment, once per call", async () => {
    const [a, b, bad, noChannel, badUrl, adminNoChannel] = await posternBatch([
      ["recipient", "invite", "--data", dir, "--name", "Alice", "--role", "recipient"],
      [
        "recipient",
        "invite",
        "--data",
        dir,
        "--name",
        "Bob",
        "--role",
        "admin",
        "--channel",
        "default",
        "--base-url",
        "http://abc.onion/",
      ],
      ["recipient", "invite", "--data", dir, "--name", "C", "--role", "owner"],
      ["recipient", "invite", "--data", dir, "--name", "C", "--role", "admin", "--channel", "x"],
      [
        "recipient",
        "invite",
        "--data",
        dir,
        "--name",
        "C",
        "--role",
        "admin",
        "--base-url",
        "ftp:x",
      ],
      ["recipient", "invite", "--data", dir, "--name", "Dora", "--role", "admin"],
    ]);
    assertOk(a!);
    const link = /^\s+(http:\/\/127\.0\.0\.1:8081\/invite#[A-Za-z0-9_-]{43})$/m.exec(a!.stdout);
    assert.ok(link, a!.stdout);
    assert.match(a!.stdout, /expires \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/);
    assertOk(b!);
    assert.match(b!.stdout, /^\s+http:\/\/abc\.onion\/invite#[A-Za-z0-9_-]{43}$/m);
    assert.equal(bad!.code, 2);
    assertOneErrorLine(bad!, /--role must be "admin" or "recipient"/);
    assertOneErrorLine(noChannel!, /no channel "x"/);
    assertOneErrorLine(badUrl!, /--base-url must be http/);
    assertOk(adminNoChannel!);
    const inst = await Instance.open(dir);
    try {
      const n = await inst.db
        .selectFrom("invites")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      assert.equal(n.n, 3, "one row per printed invite, none for refused ones");
      const rows = await inst.db.selectFrom("invites").select("id_hash").execute();
      for (const r of rows) assert.ok(!a!.stdout.includes(r.id_hash), "the row holds a hash");
    } finally {
      await inst.close();
    }
  });
});

describe("recipient remove and inbox list --json", () => {
  let f: Fixture;
  before(async () => {
    f = await startFixture({ noRecipient: true });
  });
  after(async () => {
    await f.close();
  });

  test("a link from the CLI enrols once in the API", async () => {
    const r = await postern([
      "recipient",
      "invite",
      "--data",
      f.dir,
      "--name",
      "Eve",
      "--role",
      "recipient",
      "--channel",
      "default",
      "--base-url",
      f.recipientUrl,
    ]);
    assertOk(r);
    const token = /#([A-Za-z0-9_-]{43})/.exec(r.stdout)?.[1] ?? "";
    const c = new RecipientClient(f.recipientUrl);
    const check = await c.call<{ name: string; role: string; channel: { slug: string } }>(
      "POST",
      "/api/v1/invite/check",
      { token },
    );
    assert.equal(check.status, 200);
    assert.equal(check.body.name, "Eve");
    assert.equal(check.body.channel.slug, "default");
  });

  test("inbox list --json: one object per source, unread per account with --as", async () => {
    const alice = await enrolRecipient(f.inst, f.recipientUrl, { username: "alice" });
    const s1 = new SourceClient(f.url);
    await s1.newSource();
    assert.ok(received(await s1.submit({ message: "one" })));
    assert.ok(received(await s1.submit({ message: "two" })));
    const s2 = new SourceClient(f.url);
    await s2.newSource();
    assert.ok(received(await s2.submit({ message: "three" })));

    const list = async (...extra: string[]) => {
      const r = await postern(["inbox", "list", "--data", f.dir, "--json", ...extra]);
      assertOk(r);
      return JSON.parse(r.stdout) as {
        designation: string;
        channel: string;
        unread: number;
        submissions: number;
        entries: unknown[];
      }[];
    };
    const all = await list();
    assert.equal(all.length, 2);
    // Newest activity first: the second source wrote last.
    assert.deepEqual(
      all.map((s) => s.submissions),
      [1, 2],
    );
    for (const s of all) {
      assert.match(s.designation, /^[a-z]+ [a-z]+$/);
      assert.equal(s.channel, "default");
      assert.equal(s.unread, s.submissions);
      assert.equal(s.entries.length, s.submissions);
    }
    const sources = await alice.client.call<{ sources: { id: string; designation: string }[] }>(
      "GET",
      "/api/v1/sources",
    );
    const older = sources.body.sources.find((s) => s.designation === all[1]!.designation)!;
    assert.equal(
      (await alice.client.call("POST", `/api/v1/sources/${older.id}/read`, { read: true })).status,
      200,
    );
    const asAlice = await list("--as", "alice");
    assert.deepEqual(
      asAlice.map((s) => s.unread),
      [1, 0],
    );
    const r = await postern(["inbox", "list", "--data", f.dir, "--json", "--as", "nobody"]);
    assertOneErrorLine(r, /no account "nobody"/);
  });

  test("recipient remove --username takes the key off the channel", async () => {
    const bob = await enrolRecipient(f.inst, f.recipientUrl, { username: "bob" });
    const before = await bob.client.call<{ channels: unknown[] }>("GET", "/api/v1/me");
    assert.equal(before.body.channels.length, 1);
    const r = await postern([
      "recipient",
      "remove",
      "--data",
      f.dir,
      "--channel",
      "default",
      "--username",
      "bob",
    ]);
    assertOk(r);
    assert.match(r.stdout, /Removed bob from channel "default"/);
    const afterRemove = await bob.client.call<{ channels: unknown[] }>("GET", "/api/v1/me");
    assert.equal(afterRemove.body.channels.length, 0);
    const none = await postern(["recipient", "remove", "--data", f.dir, "--channel", "default"]);
    assertOneErrorLine(none, /give --username or --name/);
  });
});

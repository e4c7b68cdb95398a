/**
 * Control characters in names an admin sets, and in what the CLI prints
 * (issue #11, finding 11). Damage that must not happen: a channel name typed
 * in the admin web app reaches an operator's terminal through `postern
 * channel list` and clears the screen or writes the clipboard (OSC 52).
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { Instance } from "../../src/core/instance.ts";
import { postern } from "../cli/helpers.ts";
import { startFixture, type Fixture } from "../helpers/instance.ts";
import { enrolRecipient, type Enrolled } from "../helpers/recipient-client.ts";
import { recipientState } from "../helpers/recipient-state.ts";
import { SourceClient, received } from "../helpers/source-client.ts";

const OSC52 = "\u001b]52;c;cm0gLXJmIH4K\u0007";
const HOSTILE = [
  `Desk${OSC52}`,
  "Desk\u001b[2J\u001b[H",
  "Desk\u009b2J",
  "Desk\u202eexe.txt",
  "Desk\u2066inside\u2069",
  "Desk\nsecond line",
  "Desk\u2028x",
  "Desk\u0000",
];
/** Bytes a terminal acts on: none may reach stdout or stderr raw. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

let f: Fixture;
let admin: Enrolled;

before(async () => {
  f = await startFixture();
  admin = await enrolRecipient(f.inst, f.recipientUrl, { username: "omar", role: "admin" });
});

after(async () => {
  await f.close();
});

test("the admin web app refuses control characters in channel and invite names", async () => {
  const was = await recipientState(f);
  for (const name of HOSTILE) {
    const ch = await admin.client.call("POST", "/api/v1/admin/channels", {
      slug: "desk-x",
      name,
      kind: "pq",
    });
    assert.equal(ch.status, 400, `channel ${JSON.stringify(name)}`);
    const inv = await admin.client.call("POST", "/api/v1/admin/invites", {
      name,
      role: "recipient",
      channel: "default",
    });
    assert.equal(inv.status, 400, `invite ${JSON.stringify(name)}`);
  }
  assert.deepEqual(await recipientState(f), was, "no channel, no invite stored");
  // A name in any script is still a name.
  const ok = await admin.client.call("POST", "/api/v1/admin/channels", {
    slug: "desk-fa",
    name: "میز تحقیق — 調査デスク",
    kind: "pq",
  });
  assert.equal(ok.status, 200);
});

test("the command line refuses them too: channel add, recipient add, invite, init", async () => {
  for (const args of [
    ["channel", "add", "--data", f.dir, "--slug", "desk-y", "--name", "Desk\u001b[2J"],
    ["recipient", "add", "--data", f.dir, "--name", `A${OSC52}`, "--recipient", f.recipient],
    ["recipient", "invite", "--data", f.dir, "--name", "A\u009b2J", "--role", "recipient"],
    ["init", "--data", `${f.dir}-init`, "--org-name", "Org\u202e"],
  ]) {
    const r = await postern(args);
    assert.equal(r.code, 1, `${args.slice(0, 2).join(" ")}: ${r.stderr}`);
    assert.match(r.stderr, /control characters/);
    assert.doesNotMatch(r.stdout + r.stderr, RAW, "nothing raw echoed back");
  }
  assert.equal(Instance.isInitialized(`${f.dir}-init`), false);
});

test("what the CLI prints from the data folder is escaped: channel list, inbox list", async () => {
  // Rows written before these checks existed, or by someone with the database.
  for (const [i, name] of HOSTILE.entries()) {
    await f.inst.db
      .insertInto("channels")
      .values({ id: `c${i}`.padEnd(32, "0"), slug: `old-${i}`, name, kind: "pq", created_day: "x" })
      .execute();
  }
  const s = new SourceClient(f.url);
  await s.newSource();
  assert.ok(received(await s.submit({ message: "hi", channel: "default" })), "submitted");
  await f.inst.db.updateTable("sources").set({ designation: "amber\u009b2J heron" }).execute();

  const list = await postern(["channel", "list", "--data", f.dir]);
  assert.equal(list.code, 0, list.stderr);
  assert.doesNotMatch(list.stdout, RAW);
  assert.ok(list.stdout.includes("Desk\\u001b]52;c;cm0gLXJmIH4K\\u0007"), list.stdout);
  assert.ok(list.stdout.includes("Desk\\u202eexe.txt"));
  assert.ok(!list.stdout.includes("Desk\\nsecond line"), "a newline is not escaped…");
  assert.ok(list.stdout.includes("Desk\nsecond line"), "…but it is harmless");

  const plain = await postern(["inbox", "list", "--data", f.dir]);
  assert.equal(plain.code, 0, plain.stderr);
  assert.doesNotMatch(plain.stdout, RAW);
  assert.ok(plain.stdout.includes("amber\\u009b2J heron"));
  // In --json the escape is JSON's own: the output still parses to the same name.
  const json = await postern(["inbox", "list", "--data", f.dir, "--json"]);
  assert.equal(json.code, 0, json.stderr);
  assert.doesNotMatch(json.stdout, RAW);
  const parsed = JSON.parse(json.stdout) as { designation: string }[];
  assert.equal(parsed[0]?.designation, "amber\u009b2J heron");
});

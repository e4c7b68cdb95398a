/**
 * Issue #11, finding 7: an admin can add any account, their own included, to
 * a channel and then read what is sent there afterwards. The power stays; it
 * must be seen. Every change of a channel's key list (web admin, invite,
 * command line) is logged in the same transaction, every member of that
 * channel (and only they) sees it, and each member is told the list changed
 * until they acknowledge it — even when the change was undone meanwhile.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { addChannel } from "../../src/core/channels.ts";
import { generateIdentity, recipientFingerprint } from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";
import type { ChannelEvent, ChannelKeys, ChannelsResponse } from "../../src/protocol/api.ts";
import { postern } from "../cli/helpers.ts";
import { startFixture, type Fixture } from "../helpers/instance.ts";
import { enrolRecipient, type Enrolled, RecipientClient } from "../helpers/recipient-client.ts";
import { assertError, unchanged } from "../helpers/recipient-state.ts";

async function channels(c: RecipientClient): Promise<readonly ChannelKeys[]> {
  const r = await c.call<ChannelsResponse>("GET", "/api/v1/channels");
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body.channels;
}

/** `who`'s view of channel `slug`; fails when they are not shown it. */
async function channel(who: Enrolled, slug: string): Promise<ChannelKeys> {
  const c = (await channels(who.client)).find((x) => x.slug === slug);
  assert.ok(c, `${who.username} sees channel ${slug}`);
  return c;
}

async function ack(who: Enrolled, slug: string, seq: number): Promise<ChannelKeys> {
  const r = await who.client.call<ChannelKeys>("POST", `/api/v1/channels/${slug}/ack`, { seq });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
}

async function setMember(admin: Enrolled, username: string, channelSlug: string, member: boolean) {
  const r = await admin.client.call("POST", "/api/v1/admin/members", {
    username,
    channel: channelSlug,
    member,
  });
  assert.equal(r.status, 200, JSON.stringify(r.body));
}

function latest(c: ChannelKeys): ChannelEvent {
  const e = c.events[0];
  assert.ok(e, `channel ${c.slug} has events`);
  return e;
}

async function rowCount(f: Fixture, table: "channel_events" | "channel_acks"): Promise<number> {
  const r = await f.inst.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe("channel keys and the membership log, across two channels", () => {
  let f: Fixture;
  let alice: Enrolled; // recipient of "default" (channel A)
  let carol: Enrolled; // recipient of "default", joined after alice
  let bob: Enrolled; // recipient of "b" (channel B)
  let omar: Enrolled; // admin, member of nothing
  before(async () => {
    f = await startFixture({ noRecipient: true });
    await addChannel(f.inst.db, "b", "Desk B", "pq");
    alice = await enrolRecipient(f.inst, f.recipientUrl, { username: "alice" });
    carol = await enrolRecipient(f.inst, f.recipientUrl, { username: "carol" });
    bob = await enrolRecipient(f.inst, f.recipientUrl, { username: "bob", channel: "b" });
    omar = await enrolRecipient(f.inst, f.recipientUrl, {
      username: "omar",
      role: "admin",
      channel: null,
    });
  });
  after(async () => {
    await f.close();
  });

  test("joins through an invite are logged; the joiner's list counts as acknowledged", async () => {
    const a = await channel(alice, "default");
    assert.deepEqual(a.keys.map((k) => k.owner).sort(), ["alice", "carol"], "both keys, by owner");
    assert.ok(a.keys.every((k) => k.ownerKind === "account"));
    assert.deepEqual(
      a.events.map((e) => [e.seq, e.action, e.owner, e.by, e.admin]),
      [
        [2, "added", "carol", "invite", null],
        [1, "added", "alice", "invite", null],
      ],
    );
    assert.equal(latest(a).recipient, carol.recipient);
    assert.match(latest(a).day, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(a.changed, true, "carol's key came after alice joined");
    assert.equal(a.ackedSeq, 1);
    assert.equal((await channel(carol, "default")).changed, false, "carol saw the list she joined");
    assert.deepEqual(await channels(omar.client), [], "an admin who is a member of nothing");
    const b = await channel(bob, "b");
    assert.deepEqual(
      (await channels(bob.client)).map((c) => c.slug),
      ["b"],
    );
    assert.equal(b.changed, false);
    await ack(alice, "default", a.seq);
    assert.equal((await channel(alice, "default")).changed, false);
  });

  test("an admin who adds themselves to A is seen by every member of A, and by nobody else", async () => {
    const bBefore = await channels(bob.client);
    await setMember(omar, "omar", "default", true);

    for (const who of [alice, carol]) {
      const a = await channel(who, "default");
      assert.equal(a.changed, true, `${who.username} is warned`);
      assert.ok(
        a.keys.some((k) => k.recipient === omar.recipient && k.owner === "omar"),
        `${who.username} sees omar's key`,
      );
      assert.deepEqual(
        { ...latest(a), day: "" },
        {
          seq: 3,
          day: "",
          action: "added",
          recipient: omar.recipient,
          owner: "omar",
          ownerKind: "account",
          by: "admin",
          admin: "omar",
        },
      );
    }
    // omar joined: he saw the list he joined.
    assert.equal((await channel(omar, "default")).changed, false);
    // B's member: B as before, nothing of A.
    const bAfter = await channels(bob.client);
    assert.deepEqual(bAfter, bBefore);
    const text = JSON.stringify(bAfter);
    for (const leak of [omar.recipient, alice.recipient, "default", "Default desk"]) {
      assert.ok(!text.includes(leak), `bob is not shown ${leak}`);
    }
  });

  test("acknowledging clears the warning for that member only, and only up to what they saw", async () => {
    const seen = await channel(alice, "default");
    // A stale acknowledgement (an earlier change) leaves the warning on.
    assert.equal((await ack(alice, "default", seen.seq - 1)).changed, true);
    const acked = await ack(alice, "default", seen.seq);
    assert.equal(acked.changed, false);
    assert.equal(acked.ackedSeq, seen.seq);
    assert.equal((await channel(alice, "default")).changed, false);
    assert.equal((await channel(carol, "default")).changed, true, "carol has not acknowledged");
    // Never back: an older seq after a newer one changes nothing.
    assert.equal((await ack(alice, "default", 0)).ackedSeq, seen.seq);
    // Never ahead: acknowledging a change that has not happened yet does not hide it.
    assert.equal((await ack(alice, "default", 1_000_000)).ackedSeq, seen.seq);
    await setMember(omar, "omar", "default", false);
    const a = await channel(alice, "default");
    assert.equal(a.changed, true, "the removal is a change to acknowledge");
    assert.deepEqual(
      [latest(a).action, latest(a).owner, latest(a).by, latest(a).admin],
      ["removed", "omar", "admin", "omar"],
    );
    assert.ok(!a.keys.some((k) => k.recipient === omar.recipient));
    assert.equal(await channels(omar.client).then((c) => c.length), 0, "omar is out");
  });

  test("a key added and removed again is still a change (the list is the same, the risk was not)", async () => {
    const before = await channel(alice, "default");
    await ack(alice, "default", before.seq);
    await setMember(omar, "omar", "default", true);
    await setMember(omar, "omar", "default", false);
    const a = await channel(alice, "default");
    assert.deepEqual(a.keys, before.keys, "the same keys as acknowledged");
    assert.equal(a.changed, true, "yet alice is warned: omar's key received what was sent between");
    assert.deepEqual(
      a.events.slice(0, 2).map((e) => e.action),
      ["removed", "added"],
    );
    await ack(alice, "default", a.seq);
  });

  test("a no-op change (already a member, not a member) is not logged", async () => {
    const was = await rowCount(f, "channel_events");
    await setMember(omar, "alice", "default", true);
    await setMember(omar, "omar", "default", false);
    assert.equal(await rowCount(f, "channel_events"), was);
    assert.equal((await channel(alice, "default")).changed, false);
  });

  test("the command line's `recipient add` and `recipient remove` are logged as the operator's", async () => {
    const key = await toRecipient(await generateIdentity("pq"));
    const add = await postern([
      "recipient",
      "add",
      "--data",
      f.dir,
      "--name",
      "Night laptop",
      "--recipient",
      key,
    ]);
    assert.equal(add.code, 0, add.stderr);
    let a = await channel(alice, "default");
    assert.equal(a.changed, true);
    assert.deepEqual(
      { ...latest(a), day: "", seq: 0 },
      {
        seq: 0,
        day: "",
        action: "added",
        recipient: key,
        owner: "Night laptop",
        ownerKind: "key",
        by: "operator",
        admin: null,
      },
    );
    assert.ok(a.keys.some((k) => k.recipient === key && k.ownerKind === "key"));
    // The operator is shown the fingerprint members see.
    assert.ok(add.stdout.includes(`Key fingerprint: ${recipientFingerprint(key)}`), add.stdout);
    assert.equal((await channel(bob, "b")).changed, false, "B is untouched");

    const byName = await postern([
      "recipient",
      "remove",
      "--data",
      f.dir,
      "--channel",
      "default",
      "--name",
      "Night laptop",
    ]);
    assert.equal(byName.code, 0, byName.stderr);
    a = await channel(alice, "default");
    assert.deepEqual(
      [latest(a).action, latest(a).recipient, latest(a).by],
      ["removed", key, "operator"],
    );

    const byUser = await postern([
      "recipient",
      "remove",
      "--data",
      f.dir,
      "--channel",
      "default",
      "--username",
      "carol",
    ]);
    assert.equal(byUser.code, 0, byUser.stderr);
    a = await channel(alice, "default");
    assert.deepEqual(
      [latest(a).action, latest(a).owner, latest(a).ownerKind, latest(a).by, latest(a).admin],
      ["removed", "carol", "account", "operator", null],
    );
    assert.deepEqual(await channels(carol.client), [], "carol no longer sees A's log");
    assert.equal((await channel(bob, "b")).events.length, 1, "B's log: bob's own join only");
  });

  test("a member of B cannot read or acknowledge A; bad requests change nothing", async () => {
    const acks = await rowCount(f, "channel_acks");
    for (const slug of ["default", "nope", "DEFAULT", "..", "%2e%2e"]) {
      await unchanged(f, `bob acks ${slug}`, async () => {
        assertError(
          await bob.client.call("POST", `/api/v1/channels/${slug}/ack`, { seq: 1 }),
          404,
          "not_found",
          slug,
        );
      });
    }
    for (const seq of [-1, 1.5, "3", null, 2 ** 60, true]) {
      assertError(
        await alice.client.call("POST", "/api/v1/channels/default/ack", { seq }),
        400,
        "bad_request",
        String(seq),
      );
    }
    assertError(
      await alice.client.call("POST", "/api/v1/channels/default/ack", { seq: 1 }, { csrf: null }),
      403,
      "csrf_invalid",
    );
    assertError(
      await alice.client.call(
        "POST",
        "/api/v1/channels/default/ack",
        { seq: 1 },
        { csrf: bob.client.csrf },
      ),
      403,
      "csrf_invalid",
      "another session's token",
    );
    assert.equal(await rowCount(f, "channel_acks"), acks, "no acknowledgement stored");
    const anon = new RecipientClient(f.recipientUrl);
    assertError(await anon.call("GET", "/api/v1/channels"), 401, "unauthenticated");
    assertError(
      await anon.call("POST", "/api/v1/channels/default/ack", { seq: 1 }),
      401,
      "unauthenticated",
    );
  });

  test("a log row holds the UTC day and names only: no instant, no address", async () => {
    const rows = await f.inst.db.selectFrom("channel_events").selectAll().execute();
    assert.ok(rows.length > 0);
    for (const r of rows) {
      assert.deepEqual(Object.keys(r).sort(), [
        "action",
        "actor",
        "actor_kind",
        "channel_id",
        "day",
        "owner",
        "owner_kind",
        "recipient",
        "seq",
      ]);
      assert.match(r.day, /^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

test("only core/channel-events.ts writes channel_recipients (so no change escapes the log)", async () => {
  const src = new URL("../../src/", import.meta.url).pathname;
  // The statements that write it live in one query file, and only
  // core/channel-events.ts calls that file's writers.
  const statements: string[] = [];
  const callers: string[] = [];
  for (const entry of await readdir(src, { recursive: true })) {
    if (!/\.tsx?$/.test(entry)) continue;
    const text = await readFile(join(src, entry), "utf8");
    if (/(insertInto|deleteFrom|updateTable|replaceInto)\(\s*"channel_recipients"/.test(text)) {
      statements.push(entry);
    }
    if (/\b(insertChannelKey|deleteChannelKey)\(/.test(text)) callers.push(entry);
  }
  const queries = join("store", "queries", "channel-keys.ts");
  assert.deepEqual(statements, [queries]);
  assert.deepEqual(callers.sort(), [join("core", "channel-events.ts"), queries].sort());
});

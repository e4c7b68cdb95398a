/**
 * Who may see what on the recipient side: channels keep their sources to
 * themselves (admins included), blob ids are not paths, a reply must be a
 * well-formed age file for exactly the keys it is due to, and a recipient
 * added to or removed from a channel gains or loses exactly what the design
 * says. Each refusal leaves no row and no file behind.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { addChannel } from "../../src/core/channels.ts";
import {
  decryptBytes,
  encryptBytes,
  frameHeader,
  generateIdentity,
  stanzaTypes,
} from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";
import { MAX_REPLY_BYTES } from "../../src/core/replies.ts";
import type {
  ConversationItem,
  ConversationResponse,
  Me,
  SourcesResponse,
} from "../../src/protocol/api.ts";
import { startFixture, type Fixture } from "../helpers/instance.ts";
import { enrolRecipient, type Enrolled, RecipientClient } from "../helpers/recipient-client.ts";
import {
  assertError,
  assertHardened,
  rawRequest,
  recipientState,
  unchanged,
} from "../helpers/recipient-state.ts";
import { received, SourceClient } from "../helpers/source-client.ts";

// ---- helpers -------------------------------------------------------------------

type Submission = Extract<ConversationItem, { kind: "submission" }>;

/**
 * A blob as the recipient's browser fetches it; answers carry the usual headers.
 * On a connection of its own: a pooled keep-alive connection whose last answer
 * was a streamed file is not always seen as idle when the server closes, which
 * then waits out the 72 s keep-alive timeout.
 */
async function fetchBlob(
  c: RecipientClient,
  id: string,
): Promise<{ status: number; bytes: Buffer; body: unknown }> {
  const r = await rawRequest(c.base, `/api/v1/blobs/${id}`, {
    headers: { cookie: `postern_rs=${c.cookie ?? ""}` },
  });
  assertHardened(r.headers, `blob ${id}`);
  if (r.status === 200) {
    assert.equal(r.headers.get("content-type"), "application/octet-stream");
    assert.equal(r.headers.get("content-length"), String(r.bytes.length));
    return { status: 200, bytes: r.bytes, body: null };
  }
  return { status: r.status, bytes: r.bytes, body: JSON.parse(r.text) as unknown };
}

async function sources(c: RecipientClient, query = ""): Promise<SourcesResponse["sources"]> {
  const r = await c.call<SourcesResponse>("GET", `/api/v1/sources${query}`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body.sources;
}

async function conversationOf(c: RecipientClient, id: string): Promise<ConversationResponse> {
  const r = await c.call<ConversationResponse>("GET", `/api/v1/sources/${id}`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
}

function submissions(conv: ConversationResponse): Submission[] {
  return conv.items.filter((i): i is Submission => i.kind === "submission");
}

/** Every blob id of a conversation: manifests, files and replies. */
function blobIds(conv: ConversationResponse): string[] {
  return conv.items.flatMap((i) =>
    i.kind === "submission" ? [i.manifest.id, ...i.files.map((b) => b.id)] : [i.id],
  );
}

async function manifestText(identity: string, file: Buffer): Promise<string> {
  const m = JSON.parse((await decryptBytes([identity], file, 1 << 20)).toString("utf8")) as {
    message: string;
  };
  return m.message;
}

async function submit(source: SourceClient, message: string, channel?: string): Promise<void> {
  const page = await source.submit({
    message,
    channel,
    files: [{ name: "f.txt", data: Buffer.from(`file of ${message}`) }],
  });
  assert.ok(received(page), `submission "${message}" received (status ${page.status})`);
}

/** The one source in `c`'s inbox whose conversation holds a submission with `message`. */
async function sourceWith(c: Enrolled, message: string): Promise<string> {
  for (const s of await sources(c.client)) {
    const conv = await conversationOf(c.client, s.id);
    for (const sub of submissions(conv)) {
      const file = await fetchBlob(c.client, sub.manifest.id);
      if ((await manifestText(c.identity, file.bytes)) === message) return s.id;
    }
  }
  throw new Error(`no source with "${message}"`);
}

// ---- access between channels ------------------------------------------------------

describe("access between channels", () => {
  let f: Fixture;
  let alice: Enrolled; // recipient of "default"
  let bob: Enrolled; // recipient of "b"
  let root: Enrolled; // admin, recipient of nothing
  let onlyB: string; // a source that wrote to "b" only
  let bConv: ConversationResponse;
  let both: string; // a source that wrote to "default", then to "b"
  before(async () => {
    f = await startFixture({ noRecipient: true });
    await addChannel(f.inst.db, "b", "Desk B", "pq");
    alice = await enrolRecipient(f.inst, f.recipientUrl, { username: "alice" });
    bob = await enrolRecipient(f.inst, f.recipientUrl, { username: "bob", channel: "b" });
    root = await enrolRecipient(f.inst, f.recipientUrl, {
      username: "root",
      role: "admin",
      channel: null,
    });
    const s1 = new SourceClient(f.url);
    await s1.newSource();
    await submit(s1, "for b only", "b");
    const s2 = new SourceClient(f.url);
    await s2.newSource();
    await submit(s2, "for default", "default");
    await submit(s2, "then for b", "b");
    onlyB = await sourceWith(bob, "for b only");
    bConv = await conversationOf(bob.client, onlyB);
    both = await sourceWith(alice, "for default");
    // A reply from bob, so the b-only source has a reply blob too.
    const r = await bob.client.call(
      "POST",
      `/api/v1/sources/${onlyB}/replies`,
      await encryptBytes(bConv.replyTo, Buffer.from("bob's reply")),
    );
    assert.equal(r.status, 201);
    bConv = await conversationOf(bob.client, onlyB);
  });
  after(async () => {
    await f.close();
  });

  test("a recipient of A cannot list, open, fetch, star, mark, answer or delete a source of B", async () => {
    const mine = await sources(alice.client);
    assert.deepEqual(
      mine.map((s) => s.id),
      [both],
    );
    assert.deepEqual(await sources(alice.client, "?channel=b"), []);
    const ids = blobIds(bConv);
    assert.equal(ids.length, 3, "manifest, file and reply");
    const reply = await encryptBytes(bConv.replyTo, Buffer.from("alice's reply"));
    await unchanged(f, "alice on a source of b", async () => {
      const c = alice.client;
      assertError(await c.call("GET", `/api/v1/sources/${onlyB}`), 404, "not_found", "open");
      for (const id of ids) assertError(await fetchBlob(c, id), 404, "not_found", `blob ${id}`);
      const post = (path: string, body: unknown) =>
        c.call("POST", `/api/v1/sources/${onlyB}/${path}`, body);
      assertError(await post("star", { starred: true }), 404, "not_found", "star");
      assertError(await post("read", { read: true }), 404, "not_found", "read");
      assertError(await post("replies", reply), 404, "source_gone", "reply");
      assertError(await post("delete", {}), 404, "not_found", "delete");
    });
    // Bob still has all of it.
    assert.equal((await conversationOf(bob.client, onlyB)).items.length, 2);
    assert.equal((await fetchBlob(bob.client, ids[0]!)).status, 200);
  });

  test("a source that wrote to both: each recipient sees only their channel's items", async () => {
    const a = await conversationOf(alice.client, both);
    assert.deepEqual(
      a.items.map((i) => i.channel),
      ["default"],
    );
    assert.equal(a.source.submissions, 1);
    assert.equal(a.source.channel.slug, "default");
    assert.equal(a.replyTo.length, 2);
    assert.ok(a.replyTo.includes(alice.recipient) && !a.replyTo.includes(bob.recipient));
    const b = await conversationOf(bob.client, both);
    assert.deepEqual(
      b.items.map((i) => i.channel),
      ["b"],
    );
    // Blob ids that exist, but in the other channel.
    for (const id of blobIds(b)) assertError(await fetchBlob(alice.client, id), 404, "not_found");
    for (const id of blobIds(a)) assertError(await fetchBlob(bob.client, id), 404, "not_found");
  });

  test("an admin who is no channel's recipient sees nothing", async () => {
    assert.deepEqual(await sources(root.client), []);
    const me = await root.client.call<Me>("GET", "/api/v1/me");
    assert.deepEqual(me.body.channels, []);
    await unchanged(f, "admin on sources", async () => {
      for (const id of [onlyB, both]) {
        assertError(await root.client.call("GET", `/api/v1/sources/${id}`), 404, "not_found");
        assertError(
          await root.client.call("POST", `/api/v1/sources/${id}/star`, { starred: true }),
          404,
          "not_found",
        );
        assertError(
          await root.client.call("POST", `/api/v1/sources/${id}/delete`, {}),
          404,
          "not_found",
        );
      }
      for (const id of blobIds(bConv)) {
        assertError(await fetchBlob(root.client, id), 404, "not_found");
      }
    });
  });

  test("a recipient gets 403 forbidden on every admin route", async () => {
    await unchanged(f, "recipient on admin routes", async () => {
      const c = alice.client;
      assertError(await c.call("GET", "/api/v1/admin/overview"), 403, "forbidden", "overview");
      const posts: [string, unknown][] = [
        ["channels", { slug: "mine", name: "Mine", kind: "pq" }],
        ["invites", { name: "Friend", role: "admin", channel: null }],
        ["members", { username: "alice", channel: "b", member: true }],
      ];
      for (const [path, body] of posts) {
        assertError(await c.call("POST", `/api/v1/admin/${path}`, body), 403, "forbidden", path);
      }
    });
    const me = await alice.client.call<Me>("GET", "/api/v1/me");
    assert.deepEqual(
      me.body.channels.map((c) => c.slug),
      ["default"],
    );
  });

  test("blob ids are not paths: traversal and near-miss ids are 404", async () => {
    const real = blobIds(await conversationOf(alice.client, both))[0]!;
    const cookie = `postern_rs=${alice.client.cookie ?? ""}`;
    const paths = [
      "/api/v1/blobs/../../secrets.json",
      "/api/v1/blobs/..%2F..%2Fsecrets.json",
      "/api/v1/blobs/%2e%2e%2f%2e%2e%2fsecrets.json",
      "/api/v1/blobs/%2e%2e",
      "/api/v1/blobs/..",
      `/api/v1/blobs/..%2F${real.slice(0, 2)}%2F${real}.age`,
      `/api/v1/blobs/${real}.age`,
      `/api/v1/blobs/${real.toUpperCase()}`,
      `/api/v1/blobs/${real}%00`,
      `/api/v1/blobs/${real.slice(1)}`,
      `/api/v1/blobs/${real}0`,
      `/api/v1/blobs/%20${real}`,
      "/api/v1/blobs/postern.sqlite",
    ];
    for (const path of paths) {
      const r = await rawRequest(f.recipientUrl, path, { headers: { cookie } });
      assert.equal(r.status, 404, `${path}: ${r.status} ${r.text}`);
      assert.deepEqual(JSON.parse(r.text), { error: "not_found" }, path);
    }
    assert.equal((await fetchBlob(alice.client, real)).status, 200, "the real id works");
  });
});

// ---- replies ----------------------------------------------------------------------------

describe("replies", () => {
  let f: Fixture;
  let alice: Enrolled;
  let sourceId: string;
  let conv: ConversationResponse;
  let good: Buffer;
  before(async () => {
    f = await startFixture({ noRecipient: true });
    alice = await enrolRecipient(f.inst, f.recipientUrl, { username: "alice" });
    const source = new SourceClient(f.url);
    await source.newSource();
    await submit(source, "hello");
    sourceId = (await sources(alice.client))[0]!.id;
    conv = await conversationOf(alice.client, sourceId);
    good = await encryptBytes(conv.replyTo, Buffer.from("a good reply"));
  });
  after(async () => {
    await f.close();
  });

  const send = (body: Uint8Array | string, type?: string) =>
    alice.client.call("POST", `/api/v1/sources/${sourceId}/replies`, body, type ? { type } : {});

  test("files that are not age, or not for exactly the right keys: reply_invalid 400", async () => {
    const header = frameHeader(good);
    assert.ok(header !== null);
    const classic = await Promise.all(
      conv.replyTo.map(async () => toRecipient(await generateIdentity("classic"))),
    );
    const stranger = await toRecipient(await generateIdentity("pq"));
    const cases: [string, Buffer][] = [
      ["not an age file", Buffer.from("hello, this is plain text")],
      ["empty", Buffer.alloc(0)],
      ["random bytes", randomBytes(4096)],
      ["truncated header", good.subarray(0, 60)],
      ["header without its last line", good.subarray(0, header.bytes.length - 10)],
      ["header only, no payload", good.subarray(0, header.bytes.length)],
      [
        "to the channel's recipients only (no source key)",
        await encryptBytes(conv.replyTo.slice(0, -1), Buffer.from("x")),
      ],
      ["to the source key only", await encryptBytes(conv.replyTo.slice(-1), Buffer.from("x"))],
      ["one stanza too many", await encryptBytes([...conv.replyTo, stranger], Buffer.from("x"))],
      ["classic stanzas for a post-quantum channel", await encryptBytes(classic, Buffer.from("x"))],
      ["junk of exactly the limit", Buffer.alloc(MAX_REPLY_BYTES, 0x61)],
    ];
    // The cases above really are what they say.
    const wrongKind = cases[9]![1];
    assert.deepEqual(
      stanzaTypes(frameHeader(wrongKind)!.bytes),
      conv.replyTo.map(() => "X25519"),
    );
    for (const [what, body] of cases) {
      await unchanged(f, what, async () => {
        assertError(await send(body), 400, "reply_invalid", what);
      });
    }
  });

  test("2 MiB + 1 byte: reply_too_large 413; JSON instead of a file: refused", async () => {
    await unchanged(f, "too large", async () => {
      assertError(await send(Buffer.alloc(MAX_REPLY_BYTES + 1, 0x61)), 413, "reply_too_large");
      const bigReply = Buffer.concat([good, Buffer.alloc(MAX_REPLY_BYTES + 1 - good.length)]);
      assertError(await send(bigReply), 413, "reply_too_large", "a real header, padded");
      assertError(await send('{"reply":"x"}', "application/json"), 400, "reply_invalid", "json");
      const plain = await send(good.toString("latin1"), "text/plain");
      assertError(plain, 400, "bad_request", "text/plain");
    });
  });

  test("a reply to a deleted or unknown source: source_gone 404", async () => {
    const other = new SourceClient(f.url);
    await other.newSource();
    await submit(other, "soon deleted");
    const gone = await sourceWith(alice, "soon deleted");
    const goneConv = await conversationOf(alice.client, gone);
    const reply = await encryptBytes(goneConv.replyTo, Buffer.from("too late"));
    const del = await alice.client.call("POST", `/api/v1/sources/${gone}/delete`, {});
    assert.equal(del.status, 200);
    const state = await recipientState(f);
    assert.equal(state.sources, 1);
    await unchanged(f, "reply to the deleted source", async () => {
      const r = await alice.client.call("POST", `/api/v1/sources/${gone}/replies`, reply);
      assertError(r, 404, "source_gone");
      for (const id of ["0".repeat(32), "not-an-id", gone.toUpperCase()]) {
        assertError(
          await alice.client.call("POST", `/api/v1/sources/${id}/replies`, reply),
          404,
          "source_gone",
          id,
        );
      }
      assertError(await alice.client.call("GET", `/api/v1/sources/${gone}`), 404, "not_found");
    });
  });

  test("and the good reply is stored: one row, one file", async () => {
    const was = await recipientState(f);
    const r = await send(good);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const now = await recipientState(f);
    assert.equal(now.replies, was.replies + 1);
    assert.equal(now.blobFiles, was.blobFiles + 1);
    assert.equal(now.tempFiles, 0);
  });
});

// ---- a second recipient, then removal --------------------------------------------------------

describe("a recipient added to a channel, then removed", () => {
  let f: Fixture;
  before(async () => {
    f = await startFixture({ noRecipient: true });
  });
  after(async () => {
    await f.close();
  });

  test("bob reads what is sent while he is a member, and nothing once removed", async () => {
    const alice = await enrolRecipient(f.inst, f.recipientUrl, { username: "alice" });
    const root = await enrolRecipient(f.inst, f.recipientUrl, {
      username: "root",
      role: "admin",
      channel: null,
    });
    const bob = await enrolRecipient(f.inst, f.recipientUrl, { username: "bob", channel: null });
    assert.deepEqual(await sources(bob.client), []);

    const source = new SourceClient(f.url);
    await source.newSource();
    await submit(source, "first");

    const add = await root.client.call("POST", "/api/v1/admin/members", {
      username: "bob",
      channel: "default",
      member: true,
    });
    assert.equal(add.status, 200, JSON.stringify(add.body));
    const me = await bob.client.call<Me>("GET", "/api/v1/me");
    assert.deepEqual(
      me.body.channels.map((c) => c.slug),
      ["default"],
    );

    await submit(source, "second");
    const list = await sources(bob.client);
    assert.equal(list.length, 1, "bob lists the source, earlier submission included");
    const sourceId = list[0]!.id;
    const bobConv = await conversationOf(bob.client, sourceId);
    assert.ok(bobConv.replyTo.includes(bob.recipient) && bobConv.replyTo.includes(alice.recipient));
    const [first, second] = submissions(bobConv);
    assert.ok(first && second);

    // Sent before bob joined: listed, fetchable as ciphertext, not decryptable by him.
    const firstManifest = await fetchBlob(bob.client, first.manifest.id);
    assert.equal(firstManifest.status, 200);
    await assert.rejects(decryptBytes([bob.identity], firstManifest.bytes, 1 << 20));
    await assert.rejects(
      decryptBytes([bob.identity], (await fetchBlob(bob.client, first.files[0]!.id)).bytes),
    );
    assert.equal(await manifestText(alice.identity, firstManifest.bytes), "first");
    // Sent after: his.
    const secondManifest = await fetchBlob(bob.client, second.manifest.id);
    assert.equal(await manifestText(bob.identity, secondManifest.bytes), "second");
    const secondFile = await fetchBlob(bob.client, second.files[0]!.id);
    assert.equal(
      (await decryptBytes([bob.identity], secondFile.bytes)).toString(),
      "file of second",
    );

    const remove = await root.client.call("POST", "/api/v1/admin/members", {
      username: "bob",
      channel: "default",
      member: false,
    });
    assert.equal(remove.status, 200, JSON.stringify(remove.body));
    assert.deepEqual(await sources(bob.client), []);
    assertError(await bob.client.call("GET", `/api/v1/sources/${sourceId}`), 404, "not_found");
    for (const id of blobIds(bobConv)) {
      assertError(await fetchBlob(bob.client, id), 404, "not_found", `old blob ${id}`);
    }

    await submit(source, "third");
    const aliceConv = await conversationOf(alice.client, sourceId);
    assert.equal(aliceConv.replyTo.length, 2);
    assert.ok(!aliceConv.replyTo.includes(bob.recipient), "replies no longer go to bob");
    const third = submissions(aliceConv)[2];
    assert.ok(third);
    const thirdManifest = await fetchBlob(alice.client, third.manifest.id);
    assert.equal(await manifestText(alice.identity, thirdManifest.bytes), "third");
    await assert.rejects(decryptBytes([bob.identity], thirdManifest.bytes, 1 << 20));
    assert.equal(
      stanzaTypes(frameHeader(thirdManifest.bytes)!.bytes).length,
      1,
      "encrypted to alice alone",
    );
    for (const b of [third.manifest, ...third.files]) {
      assertError(await fetchBlob(bob.client, b.id), 404, "not_found", `new blob ${b.id}`);
    }
    assert.deepEqual(await sources(bob.client), []);
  });
});

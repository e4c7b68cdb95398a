/**
 * The recipient API end to end, without a browser: invite → enrol → TOTP →
 * inbox → decrypt with the recipient's own key → reply → the source reads it.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { decryptBytes, encryptBytes } from "../../src/crypto/index.ts";
import type {
  ConversationResponse,
  SessionResponse,
  SourcesResponse,
} from "../../src/protocol/api.ts";
import { startFixture, type Fixture } from "../helpers/instance.ts";
import { codeAt, enrolRecipient, RecipientClient } from "../helpers/recipient-client.ts";
import { received, SourceClient } from "../helpers/source-client.ts";

for (const kind of ["pq", "classic"] as const) {
  describe(`recipient API (${kind})`, () => {
    let f: Fixture;
    before(async () => {
      f = await startFixture({ kind, noRecipient: true });
    });
    after(async () => {
      await f.close();
    });

    test("enrol, receive, decrypt, reply; the source reads the reply", async () => {
      const alice = await enrolRecipient(f.inst, f.recipientUrl, { username: "alice" });
      const me = await alice.client.call<{ channels: { slug: string }[] }>("GET", "/api/v1/me");
      assert.equal(me.status, 200);
      assert.deepEqual(
        me.body.channels.map((c) => c.slug),
        ["default"],
      );

      const source = new SourceClient(f.url);
      const codename = await source.newSource();
      const page = await source.submit({
        message: "first message <script>alert(1)</script>",
        files: [{ name: "notes.txt", type: "text/plain", data: Buffer.from("file body") }],
      });
      assert.ok(received(page));

      const list = await alice.client.call<SourcesResponse>("GET", "/api/v1/sources");
      assert.equal(list.status, 200);
      assert.equal(list.body.sources.length, 1);
      const s = list.body.sources[0]!;
      assert.match(s.designation, /^[a-z]+ [a-z]+$/);
      assert.equal(s.unread, 1);
      assert.equal(s.submissions, 1);
      assert.equal(s.channel.slug, "default");

      const conv = await alice.client.call<ConversationResponse>("GET", `/api/v1/sources/${s.id}`);
      assert.equal(conv.status, 200);
      const item = conv.body.items[0];
      assert.ok(item?.kind === "submission");
      const manifestBlob = await fetchBlob(alice.client, item.manifest.id);
      const manifest = JSON.parse(
        (await decryptBytes([alice.identity], manifestBlob, 1 << 20)).toString("utf8"),
      ) as { message: string; files: { name: string; blob: string }[] };
      assert.equal(manifest.message, "first message <script>alert(1)</script>");
      assert.equal(manifest.files[0]?.name, "notes.txt");
      const file = await decryptBytes(
        [alice.identity],
        await fetchBlob(alice.client, item.files[0]!.id),
        1 << 20,
      );
      assert.equal(file.toString(), "file body");

      // Reply, encrypted "in the browser" to what the server says it is due to.
      assert.equal(conv.body.replyTo.length, 2);
      assert.ok(conv.body.replyTo.includes(alice.recipient));
      const reply = await encryptBytes(conv.body.replyTo, Buffer.from("We got it. Thank you."));
      const sent = await alice.client.call("POST", `/api/v1/sources/${s.id}/replies`, reply);
      assert.equal(sent.status, 201, JSON.stringify(sent.body));

      const again = new SourceClient(f.url);
      const login = await again.login(codename);
      assert.match(login.html, /We got it\. Thank you\./);

      // Read state is per account.
      const read = await alice.client.call("POST", `/api/v1/sources/${s.id}/read`, { read: true });
      assert.equal(read.status, 200);
      const later = await alice.client.call<SourcesResponse>("GET", "/api/v1/sources");
      assert.equal(later.body.sources[0]!.unread, 0);
      assert.equal(later.body.sources[0]!.replies, 1);
    });

    test("login: passphrase-derived key and TOTP; a replayed code fails", async () => {
      const bob = await enrolRecipient(f.inst, f.recipientUrl, { username: "bob" });
      const c = new RecipientClient(f.recipientUrl);
      const params = await c.call<{ kdf: unknown }>("POST", "/api/v1/login/params", {
        username: "bob",
      });
      assert.deepEqual(params.body.kdf, bob.kdf);
      const code = codeAt(bob.totpSecret, 1);
      const ok = await c.call<SessionResponse>("POST", "/api/v1/login", {
        username: "bob",
        auth: bob.auth,
        totp: code,
      });
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      assert.equal(ok.body.recipient, bob.recipient);
      const replay = await new RecipientClient(f.recipientUrl).call("POST", "/api/v1/login", {
        username: "bob",
        auth: bob.auth,
        totp: code,
      });
      assert.equal(replay.status, 401);
      assert.deepEqual(replay.body, { error: "login_failed" });
    });
  });
}

async function fetchBlob(c: RecipientClient, id: string): Promise<Buffer> {
  const res = await fetch(`${c.base}/api/v1/blobs/${id}`, {
    headers: { cookie: `postern_rs=${c.cookie ?? ""}` },
  });
  assert.equal(res.status, 200);
  return Buffer.from(await res.arrayBuffer());
}

// Replies (issue #3, source side): a recipient replies from the CLI; the
// source, without JavaScript, logs in with the codename, reads the reply
// (decrypted in memory with the split-key session) and deletes it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listReplies, writeReply } from "../../src/core/replies.ts";
import { designationOf, startFixture, type Fixture } from "../helpers/instance.ts";
import { errorCode, received, SourceClient } from "../helpers/source-client.ts";

const BIN = new URL("../../bin/postern.js", import.meta.url).pathname;
let f: Fixture;
let work: string;

before(async () => {
  f = await startFixture();
  work = await mkdtemp(join(tmpdir(), "postern-replies-"));
});
after(async () => {
  await f.close();
  await rm(work, { recursive: true, force: true });
});

function replyTexts(html: string): string[] {
  return [...html.matchAll(/<div class="reply-text">([\s\S]*?)<\/div>/g)].map((m) => m[1] ?? "");
}

test("a reply reaches the source, escaped, and the source deletes it", async () => {
  const c = new SourceClient(f.url);
  const codename = await c.newSource();
  assert.ok(received(await c.submit({ message: "first contact" })));
  const marker = `REPLY-MARKER-${randomBytes(6).toString("hex")}`;
  const text = `Thank you. ${marker}\n<script>alert(1)</script> & "quotes"`;
  await writeReply(f.inst, {
    designation: await designationOf(f, codename),
    identity: f.identity,
    message: text,
  });

  const later = new SourceClient(f.url);
  const page = await later.login(codename);
  assert.match(page.html, /<section id="replies">/);
  const shown = replyTexts(page.html);
  assert.equal(shown.length, 1);
  assert.ok(shown[0]?.includes(marker));
  assert.ok(shown[0]?.includes("&lt;script>alert(1)&lt;/script> &amp;"), "reply text is escaped");
  assert.doesNotMatch(page.html, /<script>alert/);

  // Seizure: the reply's plaintext is nowhere in the data folder.
  const walk = async (d: string): Promise<string[]> => {
    const out: string[] = [];
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.isDirectory()) out.push(...(await walk(join(d, e.name))));
      else out.push(join(d, e.name));
    }
    return out;
  };
  for (const p of await walk(f.dir)) {
    assert.equal((await readFile(p)).indexOf(marker), -1, `reply plaintext in ${p}`);
  }

  const form =
    /<form class="reply-delete" method="post" action="([^"]+)"><input type="hidden" name="csrf" value="([^"]+)"/.exec(
      page.html,
    );
  assert.ok(form?.[1] && form[2], "a delete form per reply");
  // Without the token nothing is deleted.
  const bad = await later.request(form[1], {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "csrf=nope",
  });
  assert.equal(errorCode(bad), "csrf_invalid");
  const replyId = /\/replies\/([0-9a-f]{32})\/delete/.exec(form[1])?.[1] ?? "";
  await stat(f.inst.blobs.pathOf(replyId));
  const done = await later.request(form[1], {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrf: form[2] }).toString(),
  });
  assert.equal(done.status, 200);
  assert.equal(replyTexts(done.html).length, 0);
  await assert.rejects(stat(f.inst.blobs.pathOf(replyId)), "the reply's blob is gone");
  assert.equal((await f.inst.db.selectFrom("replies").selectAll().execute()).length, 0);
});

test("a source cannot delete another source's reply", async () => {
  const a = new SourceClient(f.url);
  const codenameA = await a.newSource();
  assert.ok(received(await a.submit({ message: "from a" })));
  const designation = await designationOf(f, codenameA);
  const lookupA = (
    await f.inst.db
      .selectFrom("sources")
      .select("lookup")
      .where("designation", "=", designation)
      .executeTakeFirstOrThrow()
  ).lookup;
  await writeReply(f.inst, { designation, identity: f.identity, message: "for a only" });
  const [reply] = await listReplies(f.inst, lookupA);
  assert.ok(reply);
  const b = new SourceClient(f.url);
  await b.newSource();
  assert.ok(received(await b.submit({ message: "from b" })));
  const csrf = await b.csrf("/en/submit");
  const res = await b.request(`/en/replies/${reply.id}/delete`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrf }).toString(),
  });
  assert.equal(errorCode(res), "not_found");
  assert.equal((await listReplies(f.inst, lookupA)).length, 1);
});

test("the session row alone holds no reply key, and a tampered cookie opens nothing", async () => {
  const c = new SourceClient(f.url);
  await c.newSource();
  const rows = await f.inst.db.selectFrom("source_sessions").selectAll().execute();
  for (const r of rows) {
    assert.doesNotMatch(JSON.stringify(r), /AGE-SECRET-KEY/);
  }
  const [token, key] = (c.cookie ?? "").split("=")[1]?.split(".") ?? [];
  assert.ok(token && key);
  const forged = new SourceClient(f.url);
  forged.cookie = `postern_session=${token}.${randomBytes(32).toString("base64url")}`;
  assert.equal(errorCode(await forged.request("/en/submit")), "session_expired");
  const keyless = new SourceClient(f.url);
  keyless.cookie = `postern_session=${token}`;
  assert.equal(errorCode(await keyless.request("/en/submit")), "session_expired");
});

test("postern reply encrypts on the recipient's side; pull brings replies too", async () => {
  const c = new SourceClient(f.url);
  const codename = await c.newSource();
  assert.ok(received(await c.submit({ message: "cli reply please" })));
  const designation = await designationOf(f, codename);
  const keyFile = join(work, "key.txt");
  await writeFile(keyFile, `${f.identity}\n`, { mode: 0o600 });
  const msgFile = join(work, "reply.txt");
  await writeFile(msgFile, "From the desk.\n");
  const ok = spawnSync(
    process.execPath,
    [
      BIN,
      "reply",
      "--data",
      f.dir,
      "--source",
      designation,
      "--identity",
      keyFile,
      "--message-file",
      msgFile,
    ],
    { encoding: "utf8" },
  );
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /Stored reply 1/);
  const unknown = spawnSync(
    process.execPath,
    [
      BIN,
      "reply",
      "--data",
      f.dir,
      "--source",
      "no such source",
      "--identity",
      keyFile,
      "--message-file",
      msgFile,
    ],
    { encoding: "utf8" },
  );
  assert.notEqual(unknown.status, 0);
  assert.equal(unknown.stderr.trim().split("\n").length, 1);
  const out = join(work, "pulled");
  const pull = execFileSync(
    process.execPath,
    [BIN, "inbox", "pull", "--data", f.dir, "--out", out],
    { encoding: "utf8" },
  );
  assert.match(pull, /reply/);
  const ids = await readdir(join(out, "replies"));
  assert.ok(ids.length >= 1);
  for (const id of ids) {
    const meta = JSON.parse(await readFile(join(out, "replies", id, "reply.json"), "utf8")) as {
      source: string;
    };
    assert.equal(typeof meta.source, "string");
  }
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addChannel, addRecipient } from "../../src/core/channels.ts";
import { Instance } from "../../src/core/instance.ts";
import { PosternError } from "../../src/protocol/errors.ts";
import { deriveSourceKeys } from "../../src/core/sources.ts";
import { checkFileName, SubmissionDraft } from "../../src/core/submissions.ts";
import { decryptBytes, generateIdentity, newCodenameEntropy } from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";

async function setup(): Promise<{ inst: Instance; dir: string; identity: string }> {
  const dir = await mkdtemp(join(tmpdir(), "postern-core-"));
  await Instance.create(dir, "Core Org");
  const base = await Instance.open(dir);
  await addChannel(base.db, "default", "Default", "pq");
  const identity = await generateIdentity("pq");
  await addRecipient(base.db, {
    name: "R",
    recipient: await toRecipient(identity),
    channelSlug: "default",
  });
  const inst = base.withConfig({
    ...base.config,
    limits: {
      maxFileBytes: 100_000,
      maxSubmissionBytes: 150_000,
      maxFiles: 2,
      maxMessageChars: 10,
    },
  });
  return { inst, dir, identity };
}

test("a committed submission stores only ciphertext; the manifest opens with the key", async () => {
  const { inst, dir, identity } = await setup();
  try {
    const keys = await deriveSourceKeys(inst, newCodenameEntropy());
    const d = new SubmissionDraft(inst, keys);
    d.setMessage("héllo ✓");
    const data = randomBytes(70_000);
    await d.addFile("a.bin", "application/octet-stream", Readable.from([data]));
    const { seq } = await d.commit();
    assert.equal(seq, 1);
    const rows = await inst.db.selectFrom("blobs").selectAll().orderBy("position").execute();
    assert.equal(rows.length, 2);
    const manifest = JSON.parse(
      (await decryptBytes([identity], await readFile(inst.blobs.pathOf(rows[0]!.id)))).toString(),
    ) as { message: string; files: { name: string; size: number }[] };
    assert.equal(manifest.message, "héllo ✓");
    assert.deepEqual(
      manifest.files.map((f) => [f.name, f.size]),
      [["a.bin", 70_000]],
    );
    assert.deepEqual(
      await decryptBytes([identity], await readFile(inst.blobs.pathOf(rows[1]!.id))),
      data,
    );
    // A second submission by the same source gets the next sequence number.
    const d2 = new SubmissionDraft(inst, keys);
    d2.setMessage("again");
    assert.equal((await d2.commit()).seq, 2);
    const sources = await inst.db.selectFrom("sources").selectAll().execute();
    assert.equal(sources.length, 1);
    assert.equal(sources[0]!.submission_count, 2);
  } finally {
    await inst.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test("each file of a manifest carries the SHA-256 of its blob minus the age header", async () => {
  const { inst, dir, identity } = await setup();
  try {
    const d = new SubmissionDraft(inst, await deriveSourceKeys(inst, newCodenameEntropy()));
    // Two files across chunk boundaries, written in uneven pieces, and an empty one.
    await d.addFile("a.bin", "x/y", Readable.from([randomBytes(65_537), randomBytes(3)]));
    await d.addFile("empty.txt", "text/plain", Readable.from([]));
    await d.commit();
    const rows = await inst.db.selectFrom("blobs").selectAll().orderBy("position").execute();
    const manifest = JSON.parse(
      (await decryptBytes([identity], await readFile(inst.blobs.pathOf(rows[0]!.id)))).toString(),
    ) as { v: number; files: { blob: string; sha256: unknown }[] };
    assert.equal(manifest.v, 1);
    assert.equal(manifest.files.length, 2);
    for (const f of manifest.files) {
      const blob = await readFile(inst.blobs.pathOf(f.blob));
      // c2sp.org/age: the header ends with "--- " + 43 base64 characters + LF.
      const payload = blob.subarray(blob.indexOf("\n--- ") + 49);
      assert.equal(f.sha256, createHash("sha256").update(payload).digest("hex"));
    }
  } finally {
    await inst.close();
    await rm(dir, { recursive: true, force: true });
  }
});

async function readFile(p: string): Promise<Buffer> {
  const { readFile: rf } = await import("node:fs/promises");
  return rf(p);
}

test("limits stop a file mid-stream and leave no temp file", async () => {
  const { inst, dir } = await setup();
  try {
    const keys = await deriveSourceKeys(inst, newCodenameEntropy());
    const d = new SubmissionDraft(inst, keys);
    await assert.rejects(
      d.addFile("big", "x/y", Readable.from([randomBytes(60_000), randomBytes(60_000)])),
      (e: unknown) => e instanceof PosternError && e.code === "file_too_large",
    );
    assert.deepEqual(await readdir(inst.blobs.tmp), []);
    await d.addFile("ok1", "x/y", Readable.from([randomBytes(90_000)]));
    await assert.rejects(d.addFile("ok2", "x/y", Readable.from([randomBytes(90_000)])), {
      code: "submission_too_large",
    });
    assert.throws(() => d.setMessage("12345678901"), { code: "message_too_long" });
    d.setMessage("1234567890");
    await d.discard();
    assert.deepEqual(await readdir(inst.blobs.tmp), []);
    assert.equal((await inst.db.selectFrom("submissions").selectAll().execute()).length, 0);
    const empty = new SubmissionDraft(inst, keys);
    empty.setMessage("  \n ");
    await assert.rejects(empty.commit(), { code: "empty_submission" });
  } finally {
    await inst.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test("file names are refused, not repaired", () => {
  for (const bad of [
    "",
    ".",
    "..",
    "a/b",
    "a\\b",
    "a\u0000b",
    "a\nb",
    "\u001b[31m",
    "x".repeat(256),
    "doc\u202Efdp.exe",
    "\ud800",
  ]) {
    assert.throws(() => checkFileName(bad), { code: "file_name_invalid" }, JSON.stringify(bad));
  }
  for (const good of [
    "report.pdf",
    "отчёт 2026 — 東京.pdf",
    "x".repeat(255),
    "..hidden-ish",
    "a b",
  ]) {
    assert.doesNotThrow(() => checkFileName(good), good);
  }
});

test("a channel never mixes post-quantum and classic recipients", async () => {
  const { inst, dir } = await setup();
  try {
    const classic = await toRecipient(await generateIdentity("classic"));
    await assert.rejects(
      addRecipient(inst.db, { name: "C", recipient: classic, channelSlug: "default" }),
      { name: "PosternError", code: "key_kind_mismatch" },
    );
    await addChannel(inst.db, "legacy", "Legacy", "classic");
    await addRecipient(inst.db, { name: "C", recipient: classic, channelSlug: "legacy" });
    const pq = await toRecipient(await generateIdentity("pq"));
    await assert.rejects(
      addRecipient(inst.db, { name: "P", recipient: pq, channelSlug: "legacy" }),
      { name: "PosternError", code: "key_kind_mismatch" },
    );
  } finally {
    await inst.close();
    await rm(dir, { recursive: true, force: true });
  }
});

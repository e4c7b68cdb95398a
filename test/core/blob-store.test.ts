import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { BlobStore, newId } from "../../src/store/blob-store.ts";

test("commit moves a temp file into place; sweep removes temps and unclaimed blobs only", async () => {
  const root = await mkdtemp(join(tmpdir(), "postern-blobs-"));
  try {
    const store = new BlobStore(root);
    await store.init();
    const keep = newId();
    const t = store.createTemp();
    t.stream.end("ciphertext");
    await once(t.stream, "close");
    await store.commit(t.path, keep);
    assert.equal(await readFile(store.pathOf(keep), "utf8"), "ciphertext");
    assert.deepEqual(await readdir(store.tmp), []);
    // A crash leaves a temp file and a renamed-but-uncommitted blob.
    const orphan = newId();
    const t2 = store.createTemp();
    t2.stream.end("x");
    await once(t2.stream, "close");
    await store.commit(t2.path, orphan);
    await writeFile(join(store.tmp, "dead.part"), "partial");
    const removed = await store.sweep((ids) =>
      Promise.resolve(new Set(ids.filter((i) => i === keep))),
    );
    assert.equal(removed, 2);
    assert.deepEqual(await readdir(store.tmp), []);
    assert.equal(await readFile(store.pathOf(keep), "utf8"), "ciphertext");
    await assert.rejects(readFile(store.pathOf(orphan)));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test("blob ids are validated: no path can be smuggled in", () => {
  const store = new BlobStore("/nonexistent");
  assert.throws(() => store.pathOf("../../etc/passwd"), RangeError);
  assert.throws(() => store.pathOf("A".repeat(32)), RangeError);
  assert.match(store.pathOf(newId()), /\/[0-9a-f]{2}\/[0-9a-f]{32}\.age$/);
});

test("temp files are created exclusively with mode 0600", async () => {
  const root = await mkdtemp(join(tmpdir(), "postern-blobs-"));
  try {
    const store = new BlobStore(root);
    await store.init();
    const t = store.createTemp();
    t.stream.end();
    await once(t.stream, "close");
    const { statSync } = await import("node:fs");
    assert.equal(statSync(t.path).mode & 0o777, 0o600);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test("shred overwrites a blob's bytes before unlinking it", async () => {
  const root = await mkdtemp(join(tmpdir(), "postern-blobs-"));
  try {
    const store = new BlobStore(root);
    await store.init();
    const id = newId();
    const t = store.createTemp();
    const secret = Buffer.alloc(300_000, 0x41);
    t.stream.end(secret);
    await once(t.stream, "close");
    await store.commit(t.path, id);
    // A second name for the same inode lets us see what happened to its bytes.
    const { linkSync } = await import("node:fs");
    const witness = join(root, "witness");
    linkSync(store.pathOf(id), witness);
    await store.shred(id);
    await assert.rejects(readFile(store.pathOf(id)));
    const after = await readFile(witness);
    assert.equal(after.length, secret.length);
    assert.equal(after.indexOf(Buffer.alloc(64, 0x41)), -1, "the old bytes were overwritten");
    await store.shred(id); // already gone: no error
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

/**
 * A source's designation is drawn at random (two words, 2048² names); when
 * the draw is taken the submission draws again, recognized by the conflict's
 * code and constraint (store/unique.ts), a bounded number of times, and a
 * submission that cannot get a name leaves nothing behind.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import { addChannel, addRecipient } from "../../src/core/channels.ts";
import { Instance } from "../../src/core/instance.ts";
import { deriveSourceKeys } from "../../src/core/sources.ts";
import { SubmissionDraft } from "../../src/core/submissions.ts";
import { generateIdentity, newCodenameEntropy } from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";

/** The 4 random bytes `randomDesignation` turns into `designation`. */
function bytesOf(designation: string): Buffer {
  const [a = "", b = ""] = designation.split(" ");
  const out = Buffer.alloc(4);
  out.writeUInt16BE(wordlist.indexOf(a), 0);
  out.writeUInt16BE(wordlist.indexOf(b), 2);
  return out;
}

/**
 * Makes the next `times` draws of 4 random bytes return `bytes` (the only
 * 4-byte draw on a submission's path is the designation's). @returns how
 * many were forced, and a function that restores crypto.randomBytes.
 */
function forceDraws(bytes: Buffer, times: number): { forced: () => number; restore: () => void } {
  const real = crypto.randomBytes;
  let left = times;
  const fake = (size: number): Buffer => {
    if (size === 4 && left > 0) {
      left--;
      return Buffer.from(bytes);
    }
    return real(size);
  };
  crypto.randomBytes = fake as typeof crypto.randomBytes;
  syncBuiltinESMExports();
  return {
    forced: () => times - left,
    restore: () => {
      crypto.randomBytes = real;
      syncBuiltinESMExports();
    },
  };
}

async function setup(): Promise<{ inst: Instance; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), "postern-designation-"));
  await Instance.create(dir, "Core Org");
  const inst = await Instance.open(dir);
  await addChannel(inst.db, "default", "Default", "pq");
  await addRecipient(inst.db, {
    name: "R",
    recipient: await toRecipient(await generateIdentity("pq")),
    channelSlug: "default",
  });
  return { inst, dir };
}

async function submit(inst: Instance): Promise<void> {
  const d = new SubmissionDraft(inst, await deriveSourceKeys(inst, newCodenameEntropy()));
  d.setMessage("hello");
  await d.commit();
}

/** Every file under the blob folder (its fan-out folders, which stay, aside). */
async function blobFiles(inst: Instance): Promise<string[]> {
  const all = await readdir(inst.blobs.root, { recursive: true, withFileTypes: true });
  return all.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function designations(inst: Instance): Promise<string[]> {
  const rows = await inst.db.selectFrom("sources").select("designation").execute();
  return rows.map((r) => r.designation).sort();
}

test("a taken designation is drawn again, and the new source gets another", async () => {
  const { inst, dir } = await setup();
  try {
    await submit(inst);
    const [taken = ""] = await designations(inst);
    const draws = forceDraws(bytesOf(taken), 2);
    try {
      await submit(inst);
    } finally {
      draws.restore();
    }
    assert.equal(draws.forced(), 2, "both forced draws were used, so two attempts collided");
    const now = await designations(inst);
    assert.equal(now.length, 2);
    assert.equal(new Set(now).size, 2);
    assert.ok(now.includes(taken));
  } finally {
    await inst.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test("a designation taken at every draw fails after a bounded number and leaves nothing", async () => {
  const { inst, dir } = await setup();
  try {
    await submit(inst);
    const [taken = ""] = await designations(inst);
    const blobsBefore = await blobFiles(inst);
    const draws = forceDraws(bytesOf(taken), 1000);
    try {
      await assert.rejects(submit(inst));
    } finally {
      draws.restore();
    }
    assert.equal(draws.forced(), 6, "one draw and five draws again");
    assert.deepEqual(await designations(inst), [taken]);
    const subs = await inst.db.selectFrom("submissions").select("id").execute();
    assert.equal(subs.length, 1);
    assert.deepEqual(await blobFiles(inst), blobsBefore);
    assert.deepEqual(await readdir(inst.blobs.tmp), []);
  } finally {
    await inst.close();
    await rm(dir, { recursive: true, force: true });
  }
});

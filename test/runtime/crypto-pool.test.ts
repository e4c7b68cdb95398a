/**
 * The crypto worker pool: work really leaves the main thread, errors keep
 * their codes, a dead worker fails only its own jobs, urgent jobs overtake
 * bulk ones, and an idle pool never keeps a process alive.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { threadId } from "node:worker_threads";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CryptoError,
  decryptBytes,
  encryptBytes,
  generateIdentity,
} from "../../src/crypto/index.ts";
import { CryptoPool } from "../../src/runtime/crypto-pool.ts";
import { identityFromSeed } from "../../src/crypto/recipients.ts";

const pqId = await generateIdentity("pq");

test("jobs run on another thread and give the same answers as inline", async () => {
  const pool = new CryptoPool(1);
  const inline = new CryptoPool(0);
  try {
    const tid = await pool.run("ping");
    assert.notEqual(tid, threadId, "ran in a worker");
    assert.equal(await inline.run("ping"), threadId, "size 0 runs inline");
    const seed = identityFromSeed("pq", new Uint8Array(32).fill(7));
    assert.equal(await pool.run("recipient", seed), await inline.run("recipient", seed));
    const rcpt = await pool.run("recipient", pqId);
    const made = await pool.run("header", [rcpt]);
    assert.ok(Buffer.isBuffer(made.header), "the header comes back as a Buffer");
    assert.deepEqual(
      Buffer.from(await inline.run("unwrap", made.header, [pqId])),
      Buffer.from(made.fileKey),
    );
    assert.ok((pool.stats().jobsDone[0] ?? 0) >= 3);
  } finally {
    await pool.close();
  }
});

test("errors cross the thread with their codes", async () => {
  const pool = new CryptoPool(1);
  try {
    await assert.rejects(pool.run("recipient", "AGE-SECRET-KEY-PQ-1NOTVALID"), (e) => {
      assert.ok(e instanceof CryptoError);
      assert.equal(e.code, "identity_invalid");
      return true;
    });
    await assert.rejects(pool.run("header", ["age1pq1nope"]), { code: "recipient_invalid" });
    const rcpt = await pool.run("recipient", pqId);
    const other = await generateIdentity("pq");
    const { header } = await pool.run("header", [rcpt]);
    await assert.rejects(pool.run("unwrap", header, [other]), { code: "no_matching_identity" });
  } finally {
    await pool.close();
  }
});

test("a worker that dies fails its pending jobs; the next job gets a fresh one", async () => {
  const pool = new CryptoPool(1);
  const rcpt = await pool.run("recipient", pqId);
  const first = pool.stats().threadIds[0];
  const pending = Array.from({ length: 20 }, () => pool.run("header", [rcpt, rcpt, rcpt]));
  await pool.close();
  const settled = await Promise.allSettled(pending);
  assert.ok(
    settled.some((s) => s.status === "rejected"),
    "pending jobs failed",
  );
  const again = await pool.run("header", [rcpt]);
  assert.equal(again.fileKey.length, 16);
  assert.notEqual(pool.stats().threadIds[0], first, "a new worker");
  await pool.close();
});

test("urgent jobs (a codename's keys) overtake queued bulk jobs (headers)", async () => {
  const pool = new CryptoPool(1);
  try {
    const rcpt = await pool.run("recipient", pqId);
    const order: string[] = [];
    const bulk = Array.from({ length: 30 }, (_, i) =>
      pool.run("header", Array(10).fill(rcpt)).then(() => order.push(`h${i}`)),
    );
    const urgent = pool.run("recipient", pqId).then(() => order.push("urgent"));
    await Promise.all([...bulk, urgent]);
    // In arrival order it would be last. How far ahead it gets depends on
    // how many headers the worker took before the urgent job reached it
    // (on a loaded machine the main thread can be descheduled mid-loop), so
    // only "not last" is certain; schedule.test.ts checks the exact order.
    const at = order.indexOf("urgent");
    assert.ok(at >= 0 && at < order.length - 1, `finished at ${at} of ${order.length}`);
  } finally {
    await pool.close();
  }
});

test("files made through the pool decrypt, many at once", async () => {
  const rcpt = await new CryptoPool(0).run("recipient", pqId);
  const plains = Array.from({ length: 40 }, (_, i) => Buffer.from(`file ${i}`));
  const files = await Promise.all(plains.map((p) => encryptBytes([rcpt], p)));
  const back = await Promise.all(files.map((f) => decryptBytes([pqId], f)));
  assert.deepEqual(back, plains);
});

test("an idle pool does not keep a process alive", () => {
  const dir = mkdtempSync(join(tmpdir(), "postern-pool-"));
  const script = join(dir, "uses-pool.mts");
  writeFileSync(
    script,
    `import { generateIdentity } from ${JSON.stringify(
      fileURLToPath(new URL("../../src/crypto/index.ts", import.meta.url)),
    )};
    import { encryptBytes, toRecipient } from ${JSON.stringify(
      fileURLToPath(new URL("../../src/runtime/crypto-pool.ts", import.meta.url)),
    )};
    const r = await toRecipient(await generateIdentity("pq"));
    await encryptBytes([r], new Uint8Array(1));
    console.log("done");
    `,
  );
  try {
    const r = spawnSync(process.execPath, ["--import", "tsx", script], {
      encoding: "utf8",
      timeout: 30_000,
    });
    assert.equal(r.error, undefined, "exited by itself, before the timeout");
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /done/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Crash test (DESIGN P6): SIGKILL the server in the middle of uploads, three
// times. After each restart the start-up sweep leaves no temp file and no
// orphan blob, every row's blob exists, and at the end every acknowledged
// submission decrypts with the recipient's key.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { request } from "node:http";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addChannel, addRecipient } from "../../src/core/channels.ts";
import { decryptPulled } from "../../src/core/decrypt.ts";
import { pullInbox } from "../../src/core/inbox.ts";
import { Instance } from "../../src/core/instance.ts";
import { generateIdentity } from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";
import { received, SourceClient } from "../helpers/source-client.ts";
import { spawnServe } from "../helpers/serve.ts";

async function startServer(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const { child, output } = spawnServe(dir);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output()}`)), 30_000);
    child.stdout?.on("data", () => {
      const m = /Source side:\s+(http:\/\/[^\s/]+)/.exec(output());
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once("exit", () => reject(new Error(`server exited: ${output()}`)));
  });
  return { child, url };
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

/** Opens an upload and sends only half of its body, leaving it hanging. */
async function halfUpload(client: SourceClient): Promise<void> {
  const csrf = await client.csrf("/en/submit");
  const boundary = `----crash${randomBytes(8).toString("hex")}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${csrf}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="half.bin"\r\n` +
      `Content-Type: application/octet-stream\r\n\r\n`,
  );
  const u = new URL(`${client.base}/en/submit`);
  const req = request({
    host: u.hostname,
    port: u.port,
    path: u.pathname,
    method: "POST",
    headers: {
      "content-type": `multipart/form-data; boundary=${boundary}`,
      "content-length": String(head.length + 8 * 1024 * 1024),
      cookie: client.cookie ?? "",
    },
  });
  req.on("error", () => undefined);
  req.write(head);
  req.write(randomBytes(4 * 1024 * 1024));
}

async function countFiles(dir: string): Promise<number> {
  let n = 0;
  for (const d of await readdir(dir, { withFileTypes: true })) {
    if (d.isDirectory()) n += await countFiles(join(dir, d.name));
    else n++;
  }
  return n;
}

test("SIGKILL during uploads loses nothing acknowledged and leaves nothing partial", async () => {
  const dir = await mkdtemp(join(tmpdir(), "postern-crash-"));
  const work = await mkdtemp(join(tmpdir(), "postern-crash-out-"));
  try {
    await Instance.create(dir, "Crash Org");
    const identity = await generateIdentity("pq");
    {
      const inst = await Instance.open(dir);
      await addChannel(inst.db, "default", "Default", "pq");
      await addRecipient(inst.db, {
        name: "R",
        recipient: await toRecipient(identity),
        channelSlug: "default",
      });
      await inst.close();
    }
    const acked = new Set<string>();
    let clients: SourceClient[] = [];
    for (let round = 0; round < 3; round++) {
      const server = await startServer(dir);
      if (round === 0) {
        clients = Array.from({ length: 5 }, () => new SourceClient(server.url));
        for (const c of clients) await c.newSource();
      } else {
        // Sessions live in the database: the same sources go on after a restart.
        clients = clients.map((c) =>
          Object.assign(new SourceClient(server.url), { cookie: c.cookie }),
        );
        assert.equal(
          await countFiles(join(dir, "blobs", "tmp")),
          0,
          "the start-up sweep removed temp files",
        );
      }
      // A hanging upload guarantees a temp file exists at the moment of the kill.
      await halfUpload(clients[0]!);
      let stop = false;
      const workers = clients.map(async (c, i) => {
        for (let k = 0; !stop; k++) {
          const marker = `crash-r${round}-c${i}-k${k}-${randomBytes(4).toString("hex")}`;
          const size = (1 + ((i + k) % 4)) * 1024 * 1024;
          try {
            const p = await c.submit({
              message: marker,
              files: [{ name: `${marker}.bin`, data: randomBytes(size) }],
            });
            if (received(p)) acked.add(marker);
          } catch {
            return; // the server died under us
          }
        }
      });
      // Kill only once this round has made progress (machines differ widely in
      // speed), and a little after, so uploads are caught at various points.
      const target = acked.size + 2;
      for (let waited = 0; acked.size < target && waited < 60_000; waited += 50) {
        await new Promise((r) => setTimeout(r, 50));
      }
      await new Promise((r) => setTimeout(r, 50 + round * 150));
      const tmpBefore = await countFiles(join(dir, "blobs", "tmp"));
      assert.ok(tmpBefore > 0, "uploads were in flight at the kill");
      await kill(server.child);
      stop = true;
      await Promise.all(workers);
    }
    // Restart once more: the sweep runs; then check the store is whole.
    const last = await startServer(dir);
    await kill(last.child);
    assert.equal(await countFiles(join(dir, "blobs", "tmp")), 0);
    const inst = await Instance.open(dir);
    try {
      const rows = await inst.db.selectFrom("blobs").select("id").execute();
      const onDisk = await countFiles(join(dir, "blobs"));
      assert.equal(onDisk, rows.length, "every blob file has a row and every row a file");
      for (const r of rows) await readFile(inst.blobs.pathOf(r.id));
      assert.ok(acked.size >= 3, `only ${acked.size} submissions were acknowledged`);
      const pulled = join(work, "pulled");
      await pullInbox(inst, pulled);
      const result = await decryptPulled([identity], pulled, join(work, "dec"));
      assert.equal(result.failures, 0);
      const messages = new Set<string>();
      for (const id of await readdir(join(work, "dec"))) {
        messages.add(await readFile(join(work, "dec", id, "message.txt"), "utf8"));
      }
      for (const m of acked) assert.ok(messages.has(m), `acknowledged ${m} is missing`);
      // Every visible submission is whole: its message and its one file decrypted.
      assert.equal(result.files, result.submissions);
    } finally {
      await inst.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  }
});

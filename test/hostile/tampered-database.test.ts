/**
 * The server's disk is untrusted (SECURITY.md): `postern inbox pull` runs on a
 * recipient's machine against a copy of a data folder that someone may have
 * changed. Damage that must not happen: a row whose id is a path ("../victim")
 * makes pull delete or replace a folder outside --out (issue #11, finding 2).
 * Also: what pull writes, and the database files, are readable by their owner
 * only (finding 12).
 */
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import BetterSqlite3 from "better-sqlite3";
import { writeReply } from "../../src/core/replies.ts";
import { forgetDeleted } from "../../src/store/db.ts";
import { postern } from "../cli/helpers.ts";
import { designationOf, startFixture, type Fixture } from "../helpers/instance.ts";
import { SourceClient, received } from "../helpers/source-client.ts";

let f: Fixture;
let work: string;

before(async () => {
  f = await startFixture();
  work = await mkdtemp(join(tmpdir(), "postern-tamper-"));
  for (const [message, files] of [
    ["the one to tamper with", [{ name: "a.txt", data: Buffer.from("tampered") }]],
    ["an honest one", [{ name: "b.txt", data: Buffer.from("honest") }]],
  ] as const) {
    const s = new SourceClient(f.url);
    const codename = await s.newSource();
    assert.ok(received(await s.submit({ message, files: [...files] })));
    await writeReply(f.inst, {
      designation: await designationOf(f, codename),
      identity: f.identity,
      message: `reply to ${message}`,
    });
  }
});

after(async () => {
  await f.close();
  await rm(work, { recursive: true, force: true });
});

/** Every file and folder under `dir` with its permission bits. */
async function modes(dir: string): Promise<{ path: string; mode: number; dir: boolean }[]> {
  const out: { path: string; mode: number; dir: boolean }[] = [];
  for (const name of await readdir(dir)) {
    const p = join(dir, name);
    const st = await stat(p);
    out.push({ path: p, mode: st.mode & 0o777, dir: st.isDirectory() });
    if (st.isDirectory()) out.push(...(await modes(p)));
  }
  return out;
}

test("a tampered id in the database cannot make pull touch anything outside --out", async () => {
  // A copy of the data folder, as a recipient pulls from: the WAL folded in first.
  assert.ok(await forgetDeleted(f.inst.db));
  const copy = join(work, "seized-copy");
  await cp(f.dir, copy, { recursive: true });
  await rm(join(copy, "serve.lock"), { force: true });
  const sub = join(work, "out");
  const victim = join(work, "victim");
  const victim2 = join(work, "victim2");
  for (const v of [victim, victim2]) {
    await mkdir(v);
    await writeFile(join(v, "precious.txt"), "the recipient's own file");
  }
  // The tampering: an id that is a path, for one submission and one reply.
  const db = new BetterSqlite3(join(copy, "postern.sqlite"));
  db.pragma("foreign_keys = OFF");
  const target = db
    .prepare(
      "select s.id as id from submissions s join blobs b on b.submission_id = s.id where b.role = 'file' limit 1",
    )
    .get() as { id: string };
  db.prepare("update submissions set id = ? where id = ?").run("../victim", target.id);
  db.prepare("update blobs set submission_id = ? where submission_id = ?").run(
    "../victim",
    target.id,
  );
  const reply = db.prepare("select id from replies limit 1").get() as { id: string };
  db.prepare("update replies set id = ? where id = ?").run("../../victim2", reply.id);
  db.close();

  const r = await postern(["inbox", "pull", "--data", copy, "--out", sub]);
  assert.equal(r.code, 1, `pull says it refused something: ${r.stdout} ${r.stderr}`);
  assert.match(r.stderr, /refused 2 item\(s\)/);
  assert.equal(r.stderr.trim().split("\n").length, 1, "one line");
  for (const v of [victim, victim2]) {
    assert.equal(
      await readFile(join(v, "precious.txt"), "utf8"),
      "the recipient's own file",
      `${v} untouched`,
    );
    assert.deepEqual(await readdir(v), ["precious.txt"]);
  }
  // What was not tampered with is pulled as usual.
  const pulled = (await readdir(sub)).filter((n) => n !== "replies");
  assert.equal(pulled.length, 1);
  assert.match(pulled[0]!, /^[0-9a-f]{32}$/);
  assert.equal((await readdir(join(sub, "replies"))).length, 1);
  assert.deepEqual(
    (await readdir(work)).sort(),
    ["out", "seized-copy", "victim", "victim2"],
    "nothing appeared beside --out",
  );

  // Finding 12: what pull wrote is the owner's only.
  for (const m of await modes(sub)) {
    assert.equal(m.mode, m.dir ? 0o700 : 0o600, `${m.path} is ${m.mode.toString(8)}`);
  }
});

test("the database files and every file of the data folder are 0600, folders 0700", async () => {
  const all = await modes(f.dir);
  for (const name of ["postern.sqlite", "postern.sqlite-wal", "postern.sqlite-shm"]) {
    assert.ok(
      all.some((m) => m.path.endsWith(`/${name}`)),
      `${name} exists while the server runs`,
    );
  }
  for (const m of all) {
    assert.equal(m.mode & 0o077, 0, `${m.path} is ${m.mode.toString(8)}: others can read it`);
  }
});

/**
 * The database layer's own promises: commits are fsynced (synchronous=FULL)
 * except inside `relaxed`, which always gives FULL back; kept statements
 * follow schema changes; the indexes the hot queries need exist.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { openSqlite, relaxed, type Db } from "../../src/store/db.ts";

async function withDb(f: (db: Db) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "postern-db-"));
  const db = await openSqlite(join(dir, "postern.db"));
  try {
    await f(db);
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function synchronous(db: Db): Promise<number> {
  const r = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
  return Number(r.rows[0]?.synchronous);
}

const FULL = 2;
const NORMAL = 1;

test("commits are FULL outside relaxed, NORMAL inside, FULL again after (even when it throws)", async () => {
  await withDb(async (db) => {
    assert.equal(await synchronous(db), FULL);
    const inside = await relaxed(db, (c) => synchronous(c));
    assert.equal(inside, NORMAL);
    assert.equal(await synchronous(db), FULL);
    await assert.rejects(
      relaxed(db, () => Promise.reject(new Error("boom"))),
      /boom/,
    );
    assert.equal(await synchronous(db), FULL);
  });
});

test("while relaxed work waits, other queries wait for the connection, not run relaxed", async () => {
  await withDb(async (db) => {
    let release = (): void => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const slow = relaxed(db, async () => {
      await gate;
    });
    // Queued behind the relaxed block on SQLite's single connection.
    const other = synchronous(db);
    release();
    await slow;
    assert.equal(await other, FULL);
  });
});

test("a relaxed write is committed and visible", async () => {
  await withDb(async (db) => {
    await relaxed(db, (c) =>
      c
        .insertInto("source_sessions")
        .values({
          id_hash: "h",
          lookup: null,
          reply_pq: null,
          reply_classic: null,
          reply_sealed: null,
          purge_hour: 1,
        })
        .execute(),
    );
    const n = await db.selectFrom("source_sessions").select("id_hash").execute();
    assert.deepEqual(n, [{ id_hash: "h" }]);
  });
});

test("kept statements still answer after the schema changes", async () => {
  await withDb(async (db) => {
    const q = (): Promise<unknown[]> => db.selectFrom("channels").selectAll().execute();
    assert.deepEqual(await q(), []);
    await sql`alter table channels add column extra text`.execute(db);
    await db
      .insertInto("channels")
      .values({ id: "c1", slug: "a", name: "A", kind: "pq", created_day: "2026-01-01" })
      .execute();
    const rows = (await q()) as { extra?: unknown }[];
    assert.equal(rows.length, 1);
    assert.ok("extra" in (rows[0] ?? {}), "the kept select * sees the new column");
  });
});

test("the hot queries use their indexes", async () => {
  await withDb(async (db) => {
    const plan = async (q: string): Promise<string> =>
      (await sql.raw(`explain query plan ${q}`).execute(db)).rows
        .map((r) => (r as { detail: string }).detail)
        .join(" | ");
    assert.match(
      await plan("select max(activity) from sources"),
      /USING COVERING INDEX sources_activity/,
    );
    assert.match(
      await plan("select id from submissions where source_id = 'x' order by ord"),
      /USING (COVERING )?INDEX submissions_source/,
    );
  });
});

/**
 * A unique-constraint conflict is recognized by its code and the
 * constraint's name (store/unique.ts), on SQLite for real and on PostgreSQL
 * by the error node-postgres raises (SQLSTATE, `constraint`), whatever the
 * language of the message: nothing else is taken for one.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqlite, type Db } from "../../src/store/db.ts";
import { isUniqueViolation, UNIQUE, type UniqueConstraint } from "../../src/store/unique.ts";

const LOOKUP: UniqueConstraint = {
  name: "sources_lookup_key",
  table: "sources",
  columns: ["lookup"],
};

async function withDb(f: (db: Db) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "postern-unique-"));
  const db = await openSqlite(join(dir, "postern.db"));
  try {
    await f(db);
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

const source = (id: string, lookup: string, designation: string) => ({
  id,
  lookup,
  designation,
  reply_pq: "age1pq1x",
  reply_classic: "age1x",
  created_day: "2024-01-01",
  last_day: "2024-01-01",
  submission_count: 0,
});

async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected the statement to fail");
}

test("SQLite: a taken designation is a conflict on UNIQUE.sourceDesignation, not on another key", async () => {
  await withDb(async (db) => {
    await db
      .insertInto("sources")
      .values(source("a", "l1", "amber heron"))
      .execute();
    const e = await failure(
      db
        .insertInto("sources")
        .values(source("b", "l2", "amber heron"))
        .execute(),
    );
    assert.equal(isUniqueViolation(e), true);
    assert.equal(isUniqueViolation(e, UNIQUE.sourceDesignation), true);
    assert.equal(isUniqueViolation(e, LOOKUP), false);
    // A taken lookup is the other way round.
    const l = await failure(
      db
        .insertInto("sources")
        .values(source("c", "l1", "coral finch"))
        .execute(),
    );
    assert.equal(isUniqueViolation(l, LOOKUP), true);
    assert.equal(isUniqueViolation(l, UNIQUE.sourceDesignation), false);
  });
});

test("SQLite: a primary key conflict is a unique conflict; NOT NULL and foreign keys are not", async () => {
  await withDb(async (db) => {
    await db
      .insertInto("sources")
      .values(source("a", "l1", "amber heron"))
      .execute();
    const pk = await failure(
      db
        .insertInto("sources")
        .values(source("a", "l2", "coral finch"))
        .execute(),
    );
    assert.equal(isUniqueViolation(pk), true);
    assert.equal(isUniqueViolation(pk, UNIQUE.sourceDesignation), false);
    const fk = await failure(
      db
        .insertInto("submissions")
        .values({ id: "s", source_id: "nobody", channel_id: "none", day: "2024-01-01", seq: 1 })
        .execute(),
    );
    assert.equal(isUniqueViolation(fk), false);
    const notNull = await failure(
      db
        .insertInto("sources")
        // @ts-expect-error -- a NULL where the schema forbids one is the point
        .values({ ...source("d", "l4", "x y"), designation: null })
        .execute(),
    );
    assert.equal(isUniqueViolation(notNull), false);
  });
});

/** The shape of node-postgres's DatabaseError (pg-protocol): SQLSTATE as `code`, the `n` field as `constraint`. */
function pgError(code: string, constraint: string | undefined, message: string): Error {
  return Object.assign(new Error(message), { code, constraint, table: "sources" });
}

test("PostgreSQL: 23505 on the constraint's name, whatever the language of the message", () => {
  // lc_messages = 'ru_RU': no "unique" in the text at all.
  const ru = pgError(
    "23505",
    "sources_designation_key",
    'повторяющееся значение ключа нарушает ограничение уникальности "sources_designation_key"',
  );
  assert.equal(isUniqueViolation(ru), true);
  assert.equal(isUniqueViolation(ru, UNIQUE.sourceDesignation), true);
  assert.equal(isUniqueViolation(ru, LOOKUP), false);
  const pkey = pgError("23505", "sources_pkey", "duplicate key value violates unique constraint");
  assert.equal(isUniqueViolation(pkey), true);
  assert.equal(isUniqueViolation(pkey, UNIQUE.sourceDesignation), false);
});

test("nothing else is taken for a conflict: other codes, or the words without the code", () => {
  // A NOT NULL violation (23502) on the designation column, in English.
  const notNull = pgError(
    "23502",
    undefined,
    'null value in column "designation" of relation "sources" violates not-null constraint; unique',
  );
  assert.equal(isUniqueViolation(notNull), false);
  assert.equal(isUniqueViolation(notNull, UNIQUE.sourceDesignation), false);
  // SQLite's wording alone, without its code (a message passed along by something else).
  const words = new Error("UNIQUE constraint failed: sources.designation");
  assert.equal(isUniqueViolation(words, UNIQUE.sourceDesignation), false);
  for (const v of [null, undefined, "23505", 23505, {}, { code: 23505 }]) {
    assert.equal(isUniqueViolation(v), false);
  }
});

test("PostgreSQL's names for the constraints are what it generates for an unnamed column UNIQUE", () => {
  for (const c of Object.values(UNIQUE)) {
    assert.equal(c.name, `${c.table}_${c.columns.join("_")}_key`);
  }
});

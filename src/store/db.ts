/**
 * Opening the database: SQLite (better-sqlite3, WAL) for one machine. All
 * queries go through Kysely so they stay portable to PostgreSQL, and all of
 * them live in `queries/`: the rest of the code holds a `Db` or a `Tx` only
 * to pass it on.
 */
import { chmod, open } from "node:fs/promises";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import {
  Kysely,
  Migrator,
  sql,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
  type Transaction,
} from "kysely";
import { migrationProvider } from "./migrations.ts";
import type { Database } from "./schema.ts";

/** The database: what query functions take (a `Tx` is one too). */
export type Db = Kysely<Database>;
/** An open transaction: what functions take that must run inside one. */
export type Tx = Transaction<Database>;

/** Runs `fn` in one transaction: committed when it returns, rolled back when it throws. */
export async function transaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}

/** Closes the database (its connection, its kept statements). */
export async function closeDatabase(db: Db): Promise<void> {
  await db.destroy();
}

export interface OpenOptions {
  /** Milliseconds a writer waits for a lock before failing (SQLITE_BUSY). */
  busyTimeoutMs?: number;
}

/** The WAL file of each open SQLite database (see `durable`). */
const walOf = new WeakMap<Db, string>();

export async function openSqlite(file: string, opts: OpenOptions = {}): Promise<Db> {
  await ownerOnly(file);
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma("journal_mode = WAL");
  // FULL: a commit is on disk before we acknowledge a submission (DESIGN P6).
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  // Deleted rows' pages are zeroed, so removed data does not linger in the file.
  sqlite.pragma("secure_delete = ON");
  sqlite.pragma(`busy_timeout = ${Math.trunc(opts.busyTimeoutMs ?? 5000)}`);
  const db = new Kysely<Database>({ dialect: new KeepFirstErrorDialect(sqlite) });
  await migrate(db);
  // The migrations' commits created the WAL; its name in the folder is made
  // durable once, here, so `durable` only ever needs to sync the file.
  await syncPath(dirname(file), "r");
  walOf.set(db, `${file}-wal`);
  // What a delete left in the WAL when its own checkpoint found the database busy.
  await forgetDeleted(db, 1);
  return db;
}

/**
 * The database file is created 0600 before SQLite opens it: SQLite gives its
 * `-wal` and `-shm` files the database file's permissions
 * (sqlite.org/src: unix findCreateFileMode), which would otherwise follow the
 * umask (0644). Files made by older versions are narrowed here too.
 */
async function ownerOnly(file: string): Promise<void> {
  const fh = await open(file, "a", 0o600);
  await fh.close();
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    await chmod(f, 0o600).catch((e: unknown) => {
      if ((e as { code?: unknown }).code !== "ENOENT") throw e;
    });
  }
}

/**
 * Kysely prepares every query anew; compiling the SQL was ~4 % of the server's
 * CPU under load. Statements are kept by their text (queries run one at a time
 * on SQLite's single connection, so a kept statement is never busy).
 */
const STATEMENTS_KEPT = 500;

function withStatementCache(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const kept = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let st = kept.get(sql);
      if (st === undefined) {
        st = sqlite.prepare(sql);
        if (kept.size >= STATEMENTS_KEPT) kept.delete(kept.keys().next().value as string);
        kept.set(sql, st);
      }
      return st;
    },
  };
}

/**
 * SQLite rolls a transaction back by itself after some errors (SQLITE_FULL,
 * SQLITE_IOERR, SQLITE_BUSY, SQLITE_NOMEM: sqlite.org/lang_transaction.html,
 * "Response To Errors Within A Transaction"). Kysely's ROLLBACK then fails
 * with "no transaction is active", and that error replaces the real one: a
 * full disk would look like a bug (500) instead of "try again later" (503).
 * Roll back only what is still open.
 */
class KeepFirstErrorDriver extends SqliteDriver {
  readonly #sqlite: BetterSqlite3.Database;

  constructor(sqlite: BetterSqlite3.Database) {
    super({ database: withStatementCache(sqlite) });
    this.#sqlite = sqlite;
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.#sqlite.inTransaction) await super.rollbackTransaction(connection);
  }
}

class KeepFirstErrorDialect extends SqliteDialect {
  readonly #sqlite: BetterSqlite3.Database;

  constructor(sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }

  override createDriver(): Driver {
    return new KeepFirstErrorDriver(this.#sqlite);
  }
}

/**
 * Runs `fn` on the database's one connection with the commit's fsync off
 * (WAL with synchronous=NORMAL: still atomic, and safe if the process dies;
 * only a power cut or kernel crash can undo such a commit). On its own, for
 * writes whose loss costs nobody anything (a new session, its idle deadline
 * moved, an expired session swept); what a person is told is kept goes
 * through `durable`.
 * Everything else keeps FULL: the connection is held for the whole of `fn`,
 * so no other query runs relaxed.
 */
export async function relaxed<T>(db: Db, fn: (conn: Db) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql.raw("pragma synchronous = NORMAL").execute(conn);
    try {
      return await fn(conn);
    } finally {
      await sql.raw("pragma synchronous = FULL").execute(conn);
    }
  });
}

/** fsync of a file or folder by path, in libuv's thread pool. */
async function syncPath(path: string, flags: string): Promise<void> {
  const fh = await open(path, flags);
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** How `durable` makes the WAL durable; tests replace it to make it fail. */
export const walSync = {
  sync: (walFile: string): Promise<void> => syncPath(walFile, "r"),
};

/**
 * A commit that failed to reach the disk *after* SQLite committed it: the rows
 * are there (so nothing they point to may be removed), but nobody may be told
 * they are kept. `code` is a storage failure, so people are told to try later.
 */
export class NotDurableError extends Error {
  readonly code: string;
  readonly committed = true;
  constructor(cause: unknown) {
    super("committed, but the WAL could not be synced", { cause });
    this.name = "NotDurableError";
    const c = (cause as { code?: unknown } | null)?.code;
    this.code = c === "ENOSPC" || c === "EDQUOT" || c === "EROFS" ? c : "EIO";
  }
}

/**
 * Runs `fn` (which commits) and returns once its commit is on disk, without
 * holding the event loop during the fsync: the commit is made with
 * synchronous=NORMAL (the WAL frames are written, not synced), then the WAL
 * file is fsynced in libuv's thread pool. An fsync flushes the whole file,
 * so this covers our frames wherever they are; if a checkpoint moved them
 * into the database file meanwhile, SQLite synced that file first
 * (sqlite.org/pragma.html#pragma_synchronous). For what a person is told is
 * kept: submissions and replies.
 * @throws NotDurableError when the sync fails after the commit.
 */
export async function durable<T>(db: Db, fn: (conn: Db) => Promise<T>): Promise<T> {
  const wal = walOf.get(db);
  if (wal === undefined) return fn(db);
  const out = await relaxed(db, fn);
  try {
    await walSync.sync(wal);
  } catch (e) {
    throw new NotDurableError(e);
  }
  return out;
}

/**
 * After a delete: copies the WAL into the database file and truncates the WAL
 * to nothing (`wal_checkpoint(TRUNCATE)`, sqlite.org/pragma.html#pragma_wal_checkpoint).
 * `secure_delete` zeroes deleted cells in the pages it writes, but the WAL
 * still holds the older copies of those pages until a checkpoint resets it:
 * without this, a deleted source's designation and lookup stay readable in
 * `-wal` (issue #11). Another process reading at that moment (a CLI command)
 * makes the checkpoint report busy: it is tried again, and again at the next
 * start (`openSqlite`).
 * @returns true when the WAL is now empty.
 */
export async function forgetDeleted(db: Db, attempts = 10): Promise<boolean> {
  if (!walOf.has(db)) return true;
  for (let i = 0; i < attempts; i++) {
    const { rows } = await sql<{ busy: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    if (rows[0]?.busy === 0) return true;
    await new Promise((r) => setTimeout(r, 50 * (i + 1)));
  }
  return false;
}

export async function migrate(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) throw error instanceof Error ? error : new Error("migration failed");
}

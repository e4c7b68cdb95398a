/**
 * Opening the database: SQLite (better-sqlite3, WAL) for one machine. All
 * queries go through Kysely so they stay portable to PostgreSQL.
 */
import BetterSqlite3 from "better-sqlite3";
import {
  Kysely,
  Migrator,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
} from "kysely";
import { migrationProvider } from "./migrations.ts";
import type { Database } from "./schema.ts";

export type Db = Kysely<Database>;

export interface OpenOptions {
  /** Milliseconds a writer waits for a lock before failing (SQLITE_BUSY). */
  busyTimeoutMs?: number;
}

export async function openSqlite(file: string, opts: OpenOptions = {}): Promise<Db> {
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
  return db;
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
    super({ database: sqlite });
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

export async function migrate(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) throw error instanceof Error ? error : new Error("migration failed");
}

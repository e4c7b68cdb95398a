/**
 * Recognizing a unique-constraint conflict, on SQLite and on PostgreSQL, by
 * the error's code and the constraint's name: never by the wording of the
 * message alone, which PostgreSQL translates (lc_messages) and neither
 * database promises to keep.
 *
 * - PostgreSQL: SQLSTATE 23505 `unique_violation` (Appendix A, "Error
 *   Codes": test the code, not the text), and the ErrorResponse's `n` field,
 *   the constraint's name (protocol, "Error and Notice Message Fields"),
 *   which node-postgres (Kysely's PostgresDialect) sets as `constraint`.
 *   A primary key's conflict is 23505 too.
 * - SQLite (better-sqlite3): the extended result code as `code`,
 *   SQLITE_CONSTRAINT_UNIQUE or SQLITE_CONSTRAINT_PRIMARYKEY
 *   (sqlite.org/rescode.html). SQLite's error carries no constraint name, so
 *   which one failed is read, as a last resort, from the columns its message
 *   lists ("UNIQUE constraint failed: sources.designation"), or the index it
 *   names for an index on expressions ("… failed: index 'name'").
 */

/** One unique constraint of the schema (src/store/migrations.ts). */
export interface UniqueConstraint {
  /** Its name on PostgreSQL. */
  readonly name: string;
  readonly table: string;
  /** Its columns, in the constraint's order (how SQLite's message lists them). */
  readonly columns: readonly string[];
}

/**
 * The constraints code reacts to. A column declared `unique()` without a
 * name is named `<table>_<column>_key` by PostgreSQL (CREATE TABLE: "if a
 * constraint name is not specified, the system generates a name"; that is
 * the form it generates); a migration that names it otherwise must change
 * it here.
 */
export const UNIQUE = {
  /** A source's random two-word name (src/core/sources.ts randomDesignation). */
  sourceDesignation: {
    name: "sources_designation_key",
    table: "sources",
    columns: ["designation"],
  },
} as const satisfies Record<string, UniqueConstraint>;

const SQLITE_UNIQUE = new Set(["SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY"]);
const PG_UNIQUE_VIOLATION = "23505";
const SQLITE_PREFIX = "UNIQUE constraint failed: ";

function field(e: unknown, key: string): unknown {
  return typeof e === "object" && e !== null ? (e as Record<string, unknown>)[key] : undefined;
}

/**
 * Whether `e` is a unique-constraint (or primary-key) conflict, and when
 * `constraint` is given, a conflict on that one.
 */
export function isUniqueViolation(e: unknown, constraint?: UniqueConstraint): boolean {
  const code = field(e, "code");
  if (code === PG_UNIQUE_VIOLATION) {
    return constraint === undefined || field(e, "constraint") === constraint.name;
  }
  if (typeof code !== "string" || !SQLITE_UNIQUE.has(code)) return false;
  if (constraint === undefined) return true;
  const message = field(e, "message");
  if (typeof message !== "string" || !message.startsWith(SQLITE_PREFIX)) return false;
  const what = message.slice(SQLITE_PREFIX.length);
  const columns = constraint.columns.map((c) => `${constraint.table}.${c}`).join(", ");
  return what === columns || what === `index '${constraint.name}'`;
}

/**
 * The `login_failures` table: failed recipient logins per (username,
 * credential) pair, keyed by an HMAC (src/core/login-lock.ts).
 */
import type { ExpressionBuilder } from "kysely";
import type { Db } from "../db.ts";
import type { Database } from "../schema.ts";

/**
 * What an attempt's row is locked until, by how many failures it held
 * before: unlocked (0) below `freeBelow`, then each step's `lockedUntil`,
 * then `otherwise`.
 */
export interface LockSchedule {
  readonly freeBelow: number;
  readonly steps: readonly { readonly failures: number; readonly lockedUntil: number }[];
  readonly otherwise: number;
}

/**
 * `locked_until` for an attempt on an existing row, as SQL: the schedule's
 * few values as literals (the same statement on SQLite and PostgreSQL, and
 * one statement, so concurrent attempts cannot both read a count and write
 * the same next one).
 */
function nextLock(eb: ExpressionBuilder<Database, "login_failures">, schedule: LockSchedule) {
  const failures = eb.ref("login_failures.failures");
  let steps = eb.case().when(failures, "<", eb.lit(schedule.freeBelow)).then(eb.lit<number>(0));
  for (const s of schedule.steps) {
    steps = steps.when(failures, "=", eb.lit(s.failures)).then(eb.lit(s.lockedUntil));
  }
  return steps.else(eb.lit(schedule.otherwise)).end();
}

/**
 * Counts an attempt on `pair`, unless the pair is locked at `now`: a new
 * row (`first`), or one more failure on the row with its lock and expiry
 * moved. Rows expired at `now` are swept first.
 * @returns false when the pair is locked (nothing counted).
 */
export async function countLoginAttempt(
  db: Db,
  args: {
    pair: string;
    now: number;
    expires: number;
    firstLockedUntil: number;
    schedule: LockSchedule;
  },
): Promise<boolean> {
  const { pair, now, expires } = args;
  await db.deleteFrom("login_failures").where("expires", "<=", now).execute();
  const row = await db
    .insertInto("login_failures")
    .values({ pair, failures: 1, locked_until: args.firstLockedUntil, expires })
    .onConflict((oc) =>
      oc
        .column("pair")
        .doUpdateSet((eb) => ({
          failures: eb(eb.ref("login_failures.failures"), "+", eb.lit(1)),
          locked_until: nextLock(eb, args.schedule),
          expires: eb.lit(expires),
        }))
        .where("login_failures.locked_until", "<=", now),
    )
    .returning("failures")
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteLoginFailures(db: Db, pair: string): Promise<void> {
  await db.deleteFrom("login_failures").where("pair", "=", pair).execute();
}

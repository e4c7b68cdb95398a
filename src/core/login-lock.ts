/**
 * Recipient login lockout, per (username, credential) pair (issue #11).
 *
 * A lock per username lets anyone who knows the name keep its owner out. So
 * failures are counted per pair: the name and the scrypt digest of the auth
 * key that was sent (with the account's salt, or for a name that is not an
 * account a salt derived from the name). The owner's right auth key is a
 * pair of its own, which nobody's wrong guesses touch. Someone who already
 * has the passphrase and guesses TOTP codes is on the owner's pair and locks
 * it: they know the passphrase.
 *
 * Known and unknown names take the same path: one claim (upsert) per attempt
 * before the answer is decided, one delete on success, rows in the database
 * (nothing in memory, so a restart or another node changes nothing).
 */
import { createHmac } from "node:crypto";
import { relaxed, type Db } from "../store/db.ts";
import {
  countLoginAttempt,
  deleteLoginFailures,
  type LockSchedule,
} from "../store/queries/login-failures.ts";

/** Failures in a row before a pair is locked, then 1, 2, 4… minutes (at most an hour). */
export const FAILURES_BEFORE_LOCK = 5;
const MAX_LOCK_SECONDS = 3600;
/** A row lives a day after its last attempt, rounded up to the hour (a coarse date). */
const KEEP_SECONDS = 24 * 3600;
const HOUR = 3600;

/** Seconds the `failures`-th failure in a row locks a pair for. */
export function lockFor(failures: number): number {
  if (failures < FAILURES_BEFORE_LOCK) return 0;
  return Math.min(MAX_LOCK_SECONDS, 60 * 2 ** (failures - FAILURES_BEFORE_LOCK));
}

/**
 * The pair's key: HMAC(key, digest ‖ name). The digest has a fixed length,
 * so the concatenation is unambiguous.
 * @throws RangeError if the digest is not 32 bytes.
 */
export function pairKey(key: Uint8Array, name: string, digest: Uint8Array): string {
  if (digest.length !== 32) throw new RangeError("pairKey: digest must be 32 bytes");
  return createHmac("sha256", key).update(digest).update(name, "utf8").digest("base64url");
}

/**
 * `locked_until` for the attempt that brings a row holding `failures` to
 * `failures + 1`: lockFor() over its few distinct values, from `now`. The
 * store turns it into one statement, so that concurrent attempts cannot both
 * read a count and write the same next one.
 */
function lockSchedule(now: number): LockSchedule {
  const steps: { failures: number; lockedUntil: number }[] = [];
  for (let n = FAILURES_BEFORE_LOCK; lockFor(n) < MAX_LOCK_SECONDS; n++) {
    steps.push({ failures: n - 1, lockedUntil: now + lockFor(n) });
  }
  return { freeBelow: FAILURES_BEFORE_LOCK - 1, steps, otherwise: now + MAX_LOCK_SECONDS };
}

/**
 * Counts an attempt on a pair *before* its answer is known, so that
 * concurrent attempts cannot all slip in under one count; a success then
 * calls `clearPair`. Also sweeps expired rows.
 * @returns false when the pair is locked (the attempt is not counted).
 */
export async function claimAttempt(db: Db, pair: string, now: number): Promise<boolean> {
  const expires = Math.ceil((now + KEEP_SECONDS) / HOUR) * HOUR;
  // Relaxed: a power cut may cost a count, nothing a person was told is kept.
  return relaxed(db, (conn) =>
    countLoginAttempt(conn, {
      pair,
      now,
      expires,
      firstLockedUntil: lockFor(1) > 0 ? now + lockFor(1) : 0,
      schedule: lockSchedule(now),
    }),
  );
}

/** After a success: the pair starts again from nothing. */
export async function clearPair(db: Db, pair: string): Promise<void> {
  await relaxed(db, (conn) => deleteLoginFailures(conn, pair));
}

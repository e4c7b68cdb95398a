/**
 * The `accounts` table: people who read in the web app, with what the
 * server keeps of their login (a scrypt hash, a wrapped identity it cannot
 * open, a sealed TOTP secret) and their age key's row.
 */
import type { Db, Tx } from "../db.ts";

export interface AccountRow {
  readonly id: string;
  readonly username: string;
  readonly name: string;
  readonly role: string;
  readonly status: string;
  readonly recipient_id: string | null;
  readonly join_channel_id: string | null;
  readonly kdf: string;
  readonly auth_hash: string;
  readonly wrapped: string;
  readonly totp_sealed: string;
  readonly totp_last_step: number;
  readonly failures: number;
  readonly locked_until: number;
  readonly created_day: string;
}

export type NewAccount = Omit<AccountRow, "totp_last_step" | "failures" | "locked_until">;

export async function insertAccount(tx: Tx, row: NewAccount): Promise<void> {
  await tx
    .insertInto("accounts")
    .values({
      id: row.id,
      username: row.username,
      name: row.name,
      role: row.role,
      status: row.status,
      recipient_id: row.recipient_id,
      join_channel_id: row.join_channel_id,
      kdf: row.kdf,
      auth_hash: row.auth_hash,
      wrapped: row.wrapped,
      totp_sealed: row.totp_sealed,
      created_day: row.created_day,
    })
    .execute();
}

export async function findAccount(db: Db, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom("accounts").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findAccountIdByUsername(
  db: Db,
  username: string,
): Promise<string | undefined> {
  const r = await db
    .selectFrom("accounts")
    .select("id")
    .where("username", "=", username)
    .executeTakeFirst();
  return r?.id;
}

export async function findActiveAccountByUsername(
  db: Db,
  username: string,
): Promise<AccountRow | undefined> {
  return db
    .selectFrom("accounts")
    .selectAll()
    .where("username", "=", username)
    .where("status", "=", "active")
    .executeTakeFirst();
}

/** The login fields of an active account. */
export async function findActiveAccountAuth(
  db: Db,
  id: string,
): Promise<{ id: string; username: string; auth_hash: string } | undefined> {
  return db
    .selectFrom("accounts")
    .select(["id", "username", "auth_hash"])
    .where("id", "=", id)
    .where("status", "=", "active")
    .executeTakeFirst();
}

export async function anyActiveAccount(db: Db): Promise<boolean> {
  const r = await db
    .selectFrom("accounts")
    .select("id")
    .where("status", "=", "active")
    .executeTakeFirst();
  return r !== undefined;
}

/** The Argon2 parameters (JSON) of every active account. */
export async function activeAccountKdfs(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom("accounts")
    .select("kdf")
    .where("status", "=", "active")
    .execute();
  return rows.map((r) => r.kdf);
}

/** An account as the web app shows its owner: with its age recipient string. */
export async function findAccountWithKey(
  db: Db,
  id: string,
): Promise<
  | {
      id: string;
      username: string;
      name: string;
      role: string;
      recipientId: string | null;
      recipient: string | null;
      wrapped: string;
    }
  | undefined
> {
  return db
    .selectFrom("accounts")
    .leftJoin("recipients", "recipients.id", "accounts.recipient_id")
    .select([
      "accounts.id as id",
      "accounts.username as username",
      "accounts.name as name",
      "accounts.role as role",
      "accounts.recipient_id as recipientId",
      "recipients.recipient as recipient",
      "accounts.wrapped as wrapped",
    ])
    .where("accounts.id", "=", id)
    .executeTakeFirst();
}

/** An account's key, by username (for a change of its channels). */
export async function findAccountKeyByUsername(
  db: Db,
  username: string,
): Promise<{ recipientId: string; recipient: string; status: string } | undefined> {
  return db
    .selectFrom("accounts")
    .innerJoin("recipients", "recipients.id", "accounts.recipient_id")
    .select(["recipients.id as recipientId", "recipients.recipient as recipient", "status"])
    .where("accounts.username", "=", username)
    .executeTakeFirst();
}

/**
 * Pending accounts with no live session (idle deadline after `now`): their
 * enrolment was abandoned.
 */
export async function abandonedEnrolments(
  db: Db,
  now: number,
): Promise<{ id: string; recipientId: string | null }[]> {
  return db
    .selectFrom("accounts")
    .leftJoin("recipient_sessions", (j) =>
      j
        .onRef("recipient_sessions.account_id", "=", "accounts.id")
        .on("recipient_sessions.idle_expires", ">", now),
    )
    .select(["accounts.id as id", "accounts.recipient_id as recipientId"])
    .where("accounts.status", "=", "pending")
    .where("recipient_sessions.id_hash", "is", null)
    .execute();
}

/** Deletes an account and, when it has one, its key's row. */
export async function deleteAccount(tx: Tx, id: string, recipientId: string | null): Promise<void> {
  await tx.deleteFrom("accounts").where("id", "=", id).execute();
  if (recipientId !== null)
    await tx.deleteFrom("recipients").where("id", "=", recipientId).execute();
}

export async function setEnrolFailures(db: Db, id: string, failures: number): Promise<void> {
  await db.updateTable("accounts").set({ failures }).where("id", "=", id).execute();
}

/** The first TOTP code was right: the account is active, its invite's channel joined. */
export async function activateAccount(tx: Tx, id: string, totpStep: number): Promise<void> {
  await tx
    .updateTable("accounts")
    .set({ status: "active", totp_last_step: totpStep, join_channel_id: null, failures: 0 })
    .where("id", "=", id)
    .execute();
}

/**
 * Records TOTP step `step` as used, unless this or a later one was already.
 * @returns false when another use came first.
 */
export async function claimTotpStep(db: Db, id: string, step: number): Promise<boolean> {
  const r = await db
    .updateTable("accounts")
    .set({ totp_last_step: step })
    .where("id", "=", id)
    .where("totp_last_step", "<", step)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Replaces an account's Argon2 parameters, auth hash and wrapped identity,
 * if its auth hash is still `oldAuthHash`. @returns false when it is not.
 */
export async function replaceAccountKeys(
  db: Db,
  id: string,
  oldAuthHash: string,
  next: { kdf: string; auth_hash: string; wrapped: string },
): Promise<boolean> {
  const r = await db
    .updateTable("accounts")
    .set({ kdf: next.kdf, auth_hash: next.auth_hash, wrapped: next.wrapped })
    .where("id", "=", id)
    .where("auth_hash", "=", oldAuthHash)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Every account, by username, as the admin overview lists them. */
export async function listAccounts(
  db: Db,
): Promise<{ username: string; name: string; role: string; status: string }[]> {
  return db
    .selectFrom("accounts")
    .select(["username", "name", "role", "status"])
    .orderBy("username")
    .execute();
}

/** Which account's key is on which channel (by slug and username). */
export async function accountMemberships(db: Db): Promise<{ slug: string; username: string }[]> {
  return db
    .selectFrom("channel_recipients")
    .innerJoin("accounts", "accounts.recipient_id", "channel_recipients.recipient_id")
    .innerJoin("channels", "channels.id", "channel_recipients.channel_id")
    .select(["channels.slug as slug", "accounts.username as username"])
    .execute();
}

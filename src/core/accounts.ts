/**
 * Recipient accounts with a zero-knowledge login (DESIGN §3, §5).
 *
 * The browser turns the passphrase into an auth key and a wrap key; the
 * server keeps a scrypt hash of the auth key, the identity wrapped under the
 * wrap key (which it cannot open), the public recipient, and the TOTP secret
 * sealed under a key derived from the instance secret. An invite (one use,
 * 72 h) is the only way in.
 */
import {
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  scrypt as scryptCb,
  timingSafeEqual,
} from "node:crypto";
import { promisify } from "node:util";
import {
  newTotpSecret,
  open,
  parseRecipient,
  seal,
  totpSecretText,
  totpUri,
  verifyTotp,
  type KeyKind,
} from "../crypto/index.ts";
import { newId } from "../store/blob-store.ts";
import type { Db } from "../store/db.ts";
import {
  USERNAME,
  type ErrorCode,
  type InviteCheckResponse,
  type KdfParams,
  type Role,
} from "../web/recipient/api-types.ts";
import { addKeyToChannel, INVITE, removeKeyFromChannel, type Actor } from "./channel-events.ts";
import { ChannelError, findChannel } from "./channels.ts";
import { IDLE_SLIDE_SECONDS } from "./sources.ts";
import { unixSeconds, utcDay } from "./clock.ts";
import { isPlainName, PLAIN_NAME_RULE } from "./plain-name.ts";
import type { Instance } from "./instance.ts";

export const INVITE_SECONDS = 72 * 3600;
/** Failures in a row before an account is locked, then 1, 2, 4… minutes (at most an hour). */
export const FAILURES_BEFORE_LOCK = 5;
const MAX_LOCK_SECONDS = 3600;
const MAX_WRAPPED_CHARS = 4096;

/** An answer for the API: its code is also the client's message key. */
export class AccountError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  constructor(code: ErrorCode, status: number) {
    super(code);
    this.code = code;
    this.status = status;
  }
}

const b64u = (b: Uint8Array): string => Buffer.from(b).toString("base64url");

function fromB64u(v: unknown, bytes: number, code: ErrorCode): Buffer {
  if (typeof v !== "string" || !/^[A-Za-z0-9_-]+$/.test(v)) throw new AccountError(code, 400);
  const b = Buffer.from(v, "base64url");
  if (b.length !== bytes) throw new AccountError(code, 400);
  return b;
}

function sha256(v: string): string {
  return createHash("sha256").update(v).digest("hex");
}

function subkey(inst: Instance, label: string): Buffer {
  return Buffer.from(hkdfSync("sha256", inst.secrets.instanceSecret, "", label, 32));
}

/** Lower-case, NFC; null when it is not a valid username. */
export function normalizeUsername(v: unknown): string | null {
  if (typeof v !== "string" || v.length > 64) return null;
  const u = v.normalize("NFC").trim().toLowerCase();
  return USERNAME.test(u) ? u : null;
}

// ---- auth-key hashing (scrypt, in the thread pool) -----------------------

const scrypt = promisify(scryptCb) as (
  pw: Buffer,
  salt: Buffer,
  len: number,
  opts: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;
const SCRYPT = { logN: 15, r: 8, p: 1 };

async function hashAuth(auth: Buffer, salt = randomBytes(16)): Promise<string> {
  const { logN, r, p } = SCRYPT;
  const h = await scrypt(auth, salt, 32, { N: 2 ** logN, r, p, maxmem: 64 * 1024 * 1024 });
  return ["scrypt", logN, r, p, b64u(salt), b64u(h)].join("$");
}

async function checkAuth(auth: Buffer, stored: string): Promise<boolean> {
  const [tag, logN, r, p, salt, hash] = stored.split("$");
  if (tag !== "scrypt" || salt === undefined || hash === undefined) return false;
  const want = Buffer.from(hash, "base64url");
  const got = await scrypt(auth, Buffer.from(salt, "base64url"), want.length, {
    N: 2 ** Number(logN),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return timingSafeEqual(got, want);
}

/** Spent on unknown usernames so they take as long as known ones. */
let decoyHash: Promise<string> | undefined;

// ---- KDF parameters --------------------------------------------------------

function policyKdf(inst: Instance, salt: Uint8Array): KdfParams {
  const { m, t, p } = inst.config.recipientKdf;
  return { alg: "argon2id", m, t, p, salt: b64u(salt) };
}

function parseKdf(inst: Instance, v: unknown): KdfParams {
  const k = v as Partial<Record<keyof KdfParams, unknown>> | null;
  const policy = inst.config.recipientKdf;
  if (typeof k !== "object" || k === null || k.alg !== "argon2id") {
    throw new AccountError("bad_request", 400);
  }
  // The browser may pay more than the policy, never less.
  const ok = (x: unknown, min: number, max: number): x is number =>
    typeof x === "number" && Number.isSafeInteger(x) && x >= min && x <= max;
  if (!ok(k.m, policy.m, 4 * 1024 * 1024) || !ok(k.t, policy.t, 20) || !ok(k.p, policy.p, 8)) {
    throw new AccountError("bad_request", 400);
  }
  const salt = fromB64u(k.salt, 16, "bad_request");
  return { alg: "argon2id", m: k.m, t: k.t, p: k.p, salt: b64u(salt) };
}

// ---- invites ----------------------------------------------------------------

export interface CreatedInvite {
  /** Path and fragment: the token stays out of every request line and log. */
  readonly link: string;
  readonly expires: number;
}

export async function createInvite(
  inst: Instance,
  args: { name: string; role: Role; channel: string | null },
  now = unixSeconds(),
): Promise<CreatedInvite> {
  const name = args.name.trim();
  if (name.length === 0 || name.length > 200)
    throw new ChannelError("name must be 1–200 characters");
  if (!isPlainName(name)) throw new ChannelError(`the name ${PLAIN_NAME_RULE}`);
  let channelId: string | null = null;
  if (args.channel !== null) {
    const ch = await findChannel(inst.db, args.channel);
    if (!ch) throw new ChannelError(`no channel "${args.channel}"`);
    channelId = ch.id;
  }
  const token = b64u(randomBytes(32));
  const expires = now + INVITE_SECONDS;
  await inst.db.deleteFrom("invites").where("expires", "<=", now).execute();
  await inst.db
    .insertInto("invites")
    .values({ id_hash: sha256(token), name, role: args.role, channel_id: channelId, expires })
    .execute();
  return { link: `/invite#${token}`, expires };
}

async function findInvite(db: Db, token: unknown, now: number) {
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]{43}$/.test(token)) {
    throw new AccountError("invite_invalid", 404);
  }
  const row = await db
    .selectFrom("invites")
    .leftJoin("channels", "channels.id", "invites.channel_id")
    .select([
      "invites.id_hash as id_hash",
      "invites.name as name",
      "invites.role as role",
      "invites.expires as expires",
      "channels.id as channelId",
      "channels.slug as slug",
      "channels.name as channelName",
      "channels.kind as kind",
    ])
    .where("invites.id_hash", "=", sha256(token))
    .executeTakeFirst();
  // Expired, used (deleted on use) and unknown look the same.
  if (!row || row.expires <= now) throw new AccountError("invite_invalid", 404);
  return row;
}

export async function checkInvite(
  inst: Instance,
  token: unknown,
  now = unixSeconds(),
): Promise<InviteCheckResponse> {
  const row = await findInvite(inst.db, token, now);
  return {
    name: row.name,
    role: row.role === "admin" ? "admin" : "recipient",
    channel:
      row.slug !== null && row.channelName !== null
        ? { slug: row.slug, name: row.channelName }
        : null,
    kind: row.kind === "classic" ? "classic" : "pq",
    kdf: policyKdf(inst, randomBytes(16)),
  };
}

// ---- enrolment ---------------------------------------------------------------

const totpAad = (accountId: string): string => `postern/v1/totp/${accountId}`;

export async function enrol(
  inst: Instance,
  body: Record<string, unknown>,
  now = unixSeconds(),
): Promise<{ accountId: string; totpSecret: string; totpUri: string }> {
  // A live invite first: nobody without one makes the server hash anything.
  await findInvite(inst.db, body.token, now);
  await sweepAbandoned(inst);
  const username = normalizeUsername(body.username);
  if (username === null) throw new AccountError("username_invalid", 400);
  const kdf = parseKdf(inst, body.kdf);
  const auth = fromB64u(body.auth, 32, "bad_request");
  if (
    typeof body.wrapped !== "string" ||
    body.wrapped.length > MAX_WRAPPED_CHARS ||
    !/^[A-Za-z0-9_-]{40,}$/.test(body.wrapped)
  ) {
    throw new AccountError("bad_request", 400);
  }
  const wrapped = body.wrapped;
  let recipient: { recipient: string; kind: KeyKind };
  try {
    recipient = await parseRecipient(String(body.recipient).slice(0, 8192));
  } catch {
    throw new AccountError("recipient_invalid", 400);
  }
  const authHash = await hashAuth(auth);
  const secret = newTotpSecret();
  const id = newId();
  await inst.db.transaction().execute(async (tx) => {
    const invite = await findInvite(tx, body.token, now);
    const kind: KeyKind = invite.kind === "classic" ? "classic" : "pq";
    if (recipient.kind !== kind) throw new AccountError("recipient_invalid", 400);
    const taken = await tx
      .selectFrom("accounts")
      .select("id")
      .where("username", "=", username)
      .executeTakeFirst();
    if (taken) throw new AccountError("username_taken", 409);
    const known = await tx
      .selectFrom("recipients")
      .select("id")
      .where("recipient", "=", recipient.recipient)
      .executeTakeFirst();
    if (known) throw new AccountError("recipient_invalid", 400);
    // Used once: the invite goes in the same transaction as the account comes.
    await tx.deleteFrom("invites").where("id_hash", "=", invite.id_hash).execute();
    const recipientId = newId();
    await tx
      .insertInto("recipients")
      .values({
        id: recipientId,
        name: invite.name,
        recipient: recipient.recipient,
        kind: recipient.kind,
        created_day: utcDay(),
      })
      .execute();
    await tx
      .insertInto("accounts")
      .values({
        id,
        username,
        name: invite.name,
        role: invite.role === "admin" ? "admin" : "recipient",
        status: "pending",
        recipient_id: recipientId,
        join_channel_id: invite.channelId,
        kdf: JSON.stringify(kdf),
        auth_hash: authHash,
        wrapped,
        totp_sealed: b64u(seal(subkey(inst, "postern/v1/totp-key"), secret, totpAad(id))),
        created_day: utcDay(),
      })
      .execute();
  });
  return {
    accountId: id,
    totpSecret: totpSecretText(secret),
    totpUri: totpUri(secret, inst.config.orgName, username),
  };
}

function openTotp(inst: Instance, accountId: string, sealed: string): Buffer {
  const secret = open(
    subkey(inst, "postern/v1/totp-key"),
    Buffer.from(sealed, "base64url"),
    totpAad(accountId),
  );
  if (!secret) throw new AccountError("internal", 500);
  return secret;
}

/**
 * Enrolments that were never confirmed and whose enrolment session is gone
 * (it ends after the idle time): their account, key and username are freed.
 */
async function sweepAbandoned(inst: Instance): Promise<void> {
  const now = unixSeconds();
  const stale = await inst.db
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
  for (const a of stale) {
    await inst.db.transaction().execute(async (tx) => {
      await tx.deleteFrom("accounts").where("id", "=", a.id).execute();
      if (a.recipientId !== null)
        await tx.deleteFrom("recipients").where("id", "=", a.recipientId).execute();
    });
  }
}

/** Confirms the first TOTP code: the account becomes active and joins its invite's channel. */
export async function confirmTotp(
  inst: Instance,
  accountId: string,
  code: unknown,
  now = unixSeconds(),
): Promise<void> {
  const acct = await inst.db
    .selectFrom("accounts")
    .selectAll()
    .where("id", "=", accountId)
    .executeTakeFirst();
  if (acct?.status !== "pending") throw new AccountError("forbidden", 403);
  const step =
    typeof code === "string"
      ? verifyTotp(openTotp(inst, acct.id, acct.totp_sealed), code, now, acct.totp_last_step)
      : null;
  if (step === null) {
    // Guessing is bounded here too: past the limit the enrolment is abandoned.
    const failures = acct.failures + 1;
    await inst.db.updateTable("accounts").set({ failures }).where("id", "=", acct.id).execute();
    if (failures >= FAILURES_BEFORE_LOCK) {
      await inst.db.deleteFrom("recipient_sessions").where("account_id", "=", acct.id).execute();
      throw new AccountError("too_many_attempts", 429);
    }
    throw new AccountError("totp_invalid", 400);
  }
  await inst.db.transaction().execute(async (tx) => {
    await tx
      .updateTable("accounts")
      .set({ status: "active", totp_last_step: step, join_channel_id: null, failures: 0 })
      .where("id", "=", acct.id)
      .execute();
    if (acct.join_channel_id !== null && acct.recipient_id !== null) {
      await addKeyToChannel(tx, acct.join_channel_id, acct.recipient_id, INVITE);
    }
  });
}

// ---- login -------------------------------------------------------------------

/** Argon2 parameters for a username; a stable fake for names that are not active accounts. */
export async function loginParams(inst: Instance, v: unknown): Promise<KdfParams> {
  const username = normalizeUsername(v);
  if (username !== null) {
    const row = await inst.db
      .selectFrom("accounts")
      .select("kdf")
      .where("username", "=", username)
      .where("status", "=", "active")
      .executeTakeFirst();
    if (row) return JSON.parse(row.kdf) as KdfParams;
  }
  const fake = createHmac("sha256", subkey(inst, "postern/v1/fake-salt"))
    .update(typeof v === "string" ? v.slice(0, 64).normalize("NFC").trim().toLowerCase() : "")
    .digest()
    .subarray(0, 16);
  return policyKdf(inst, fake);
}

/**
 * Failures of names that are not accounts, so that they lock exactly as real
 * accounts do (no way to tell the two apart). Bounded; per process.
 */
const phantom = new Map<string, { failures: number; lockedUntil: number }>();

function lockFor(failures: number): number {
  if (failures < FAILURES_BEFORE_LOCK) return 0;
  return Math.min(MAX_LOCK_SECONDS, 60 * 2 ** (failures - FAILURES_BEFORE_LOCK));
}

export interface LoggedIn {
  readonly accountId: string;
}

/**
 * Checks auth key and TOTP. Every failure has one shape (`login_failed`,
 * or `too_many_attempts` while locked) whether the name exists or not.
 */
export async function login(
  inst: Instance,
  body: Record<string, unknown>,
  now = unixSeconds(),
): Promise<LoggedIn> {
  const username = normalizeUsername(body.username) ?? "";
  let auth: Buffer;
  try {
    auth = fromB64u(body.auth, 32, "login_failed");
  } catch {
    auth = Buffer.alloc(32);
  }
  const code = typeof body.totp === "string" ? body.totp : "";
  const acct =
    username === ""
      ? undefined
      : await inst.db
          .selectFrom("accounts")
          .selectAll()
          .where("username", "=", username)
          .where("status", "=", "active")
          .executeTakeFirst();
  if (!acct) {
    const key = username.slice(0, 64);
    const p = phantom.get(key) ?? { failures: 0, lockedUntil: 0 };
    // Before the decoy hash, as a locked account answers before its hash: same timing.
    if (p.lockedUntil > now) throw new AccountError("too_many_attempts", 429);
    decoyHash ??= hashAuth(randomBytes(32));
    await checkAuth(auth, await decoyHash);
    p.failures++;
    p.lockedUntil = now + lockFor(p.failures);
    if (phantom.size >= 10_000) phantom.clear();
    phantom.set(key, p);
    throw new AccountError("login_failed", 401);
  }
  if (acct.locked_until > now) throw new AccountError("too_many_attempts", 429);
  const authOk = await checkAuth(auth, acct.auth_hash);
  const step = verifyTotp(
    openTotp(inst, acct.id, acct.totp_sealed),
    code,
    now,
    acct.totp_last_step,
  );
  if (!authOk || step === null) {
    const failures = acct.failures + 1;
    await inst.db
      .updateTable("accounts")
      .set({ failures, locked_until: now + lockFor(failures) })
      .where("id", "=", acct.id)
      .execute();
    throw new AccountError("login_failed", 401);
  }
  // Only the first use of a step wins (a replayed code loses the race too).
  const won = await inst.db
    .updateTable("accounts")
    .set({ failures: 0, locked_until: 0, totp_last_step: step })
    .where("id", "=", acct.id)
    .where("totp_last_step", "<", step)
    .executeTakeFirst();
  if (Number(won.numUpdatedRows) !== 1) throw new AccountError("login_failed", 401);
  return { accountId: acct.id };
}

// ---- sessions -----------------------------------------------------------------

export type SessionScope = "enrol" | "full";

export interface RecipientSession {
  readonly accountId: string;
  readonly scope: SessionScope;
  readonly csrf: string;
}

export async function startRecipientSession(
  inst: Instance,
  accountId: string,
  scope: SessionScope,
  now = unixSeconds(),
): Promise<{ cookie: string; csrf: string }> {
  const cookie = b64u(randomBytes(32));
  const csrf = b64u(randomBytes(24));
  await inst.db.deleteFrom("recipient_sessions").where("idle_expires", "<=", now).execute();
  await inst.db
    .insertInto("recipient_sessions")
    .values({
      id_hash: sha256(cookie),
      account_id: accountId,
      scope,
      csrf,
      idle_expires: now + inst.config.recipientIdleSeconds,
      absolute_expires: now + inst.config.recipientAbsoluteSeconds,
    })
    .execute();
  return { cookie, csrf };
}

/** The live session for a cookie (its idle time restarts), or null. */
export async function loadRecipientSession(
  inst: Instance,
  cookie: unknown,
  now = unixSeconds(),
): Promise<RecipientSession | null> {
  if (typeof cookie !== "string" || !/^[A-Za-z0-9_-]{43}$/.test(cookie)) return null;
  const idHash = sha256(cookie);
  const row = await inst.db
    .selectFrom("recipient_sessions")
    .selectAll()
    .where("id_hash", "=", idHash)
    .executeTakeFirst();
  if (!row) return null;
  if (row.idle_expires <= now || row.absolute_expires <= now) {
    await inst.db.deleteFrom("recipient_sessions").where("id_hash", "=", idHash).execute();
    return null;
  }
  const idle = Math.min(now + inst.config.recipientIdleSeconds, row.absolute_expires);
  if (idle - row.idle_expires >= IDLE_SLIDE_SECONDS) {
    await inst.db
      .updateTable("recipient_sessions")
      .set({ idle_expires: idle })
      .where("id_hash", "=", idHash)
      .execute();
  }
  return {
    accountId: row.account_id,
    scope: row.scope === "full" ? "full" : "enrol",
    csrf: row.csrf,
  };
}

export async function endRecipientSession(inst: Instance, cookie: unknown): Promise<void> {
  if (typeof cookie !== "string") return;
  await inst.db.deleteFrom("recipient_sessions").where("id_hash", "=", sha256(cookie)).execute();
}

// ---- who is logged in ---------------------------------------------------------

export interface Account {
  readonly id: string;
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  readonly recipientId: string | null;
  readonly recipient: string | null;
  readonly wrapped: string;
}

export async function getAccount(inst: Instance, id: string): Promise<Account | null> {
  const r = await inst.db
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
  if (!r) return null;
  return { ...r, role: r.role === "admin" ? "admin" : "recipient" };
}

/** Channels an account's key belongs to (what it may read and answer). */
export async function accountChannels(
  db: Db,
  recipientId: string | null,
): Promise<{ id: string; slug: string; name: string; kind: KeyKind }[]> {
  if (recipientId === null) return [];
  const rows = await db
    .selectFrom("channel_recipients")
    .innerJoin("channels", "channels.id", "channel_recipients.channel_id")
    .select(["channels.id as id", "channels.slug as slug", "channels.name as name", "kind"])
    .where("channel_recipients.recipient_id", "=", recipientId)
    .orderBy("channels.slug")
    .execute();
  return rows.map((r) => ({ ...r, kind: r.kind === "classic" ? "classic" : "pq" }));
}

/**
 * Adds an account's key to a channel, or removes it; the change is logged
 * for the channel's members to see, with who made it (`by`). Removal takes
 * effect for everything sent afterwards: what was encrypted to the key stays
 * readable to whoever holds it, which is why the server also stops serving it.
 */
export async function setMembership(
  inst: Instance,
  args: { username: string; channel: string; member: boolean; by: Actor },
): Promise<void> {
  const username = normalizeUsername(args.username);
  const acct =
    username === null
      ? undefined
      : await inst.db
          .selectFrom("accounts")
          .innerJoin("recipients", "recipients.id", "accounts.recipient_id")
          .select(["recipients.id as recipientId", "recipients.recipient as recipient", "status"])
          .where("accounts.username", "=", username)
          .executeTakeFirst();
  if (!acct || acct.status !== "active")
    throw new ChannelError(`no active account "${args.username}"`);
  const channel = await findChannel(inst.db, args.channel);
  if (!channel) throw new ChannelError(`no channel "${args.channel}"`);
  if (!args.member) {
    await inst.db.transaction().execute(async (tx) => {
      await removeKeyFromChannel(tx, channel.id, acct.recipientId, args.by);
    });
    return;
  }
  const { kind } = await parseRecipient(acct.recipient);
  if (kind !== channel.kind) {
    throw new ChannelError(
      `channel "${channel.slug}" is ${channel.kind}; this account's key is ${kind}`,
    );
  }
  await inst.db.transaction().execute(async (tx) => {
    await addKeyToChannel(tx, channel.id, acct.recipientId, args.by);
  });
}

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
import { transaction, type Db } from "../store/db.ts";
import {
  abandonedEnrolments,
  activateAccount,
  activeAccountKdfs,
  anyActiveAccount,
  claimTotpStep,
  deleteAccount,
  findAccount,
  findAccountIdByUsername,
  findAccountKeyByUsername,
  findAccountWithKey,
  findActiveAccountAuth,
  findActiveAccountByUsername,
  insertAccount,
  replaceAccountKeys,
  setEnrolFailures,
} from "../store/queries/accounts.ts";
import {
  channelsOfRecipient,
  findRecipientByKey,
  insertRecipient,
} from "../store/queries/channels.ts";
import {
  deleteExpiredInvites,
  deleteInvite,
  findInviteByHash,
  insertInvite,
} from "../store/queries/invites.ts";
import {
  deleteRecipientSession,
  deleteSessionsOf,
  findRecipientSession,
  insertRecipientSession,
  purgeRecipientSessions,
  slideRecipientSession,
} from "../store/queries/recipient-sessions.ts";
import {
  USERNAME,
  type InviteCheckResponse,
  type KdfCost,
  type KdfParams,
  type Role,
} from "../protocol/api.ts";
import { addKeyToChannel, INVITE, removeKeyFromChannel, type Actor } from "./channel-events.ts";
import { PosternError } from "../protocol/errors.ts";
import { findChannel } from "./channels.ts";
import { IDLE_SLIDE_SECONDS } from "./sources.ts";
import { unixSeconds, utcDay } from "../runtime/clock.ts";
import { isPlainName, PLAIN_NAME_RULE } from "./plain-name.ts";
import type { Instance } from "./instance.ts";
import { claimAttempt, clearPair, FAILURES_BEFORE_LOCK, pairKey } from "./login-lock.ts";

export const INVITE_SECONDS = 72 * 3600;
const MAX_WRAPPED_CHARS = 4096;

const b64u = (b: Uint8Array): string => Buffer.from(b).toString("base64url");

/** @throws PosternError bad_request unless `v` is base64url of `bytes` bytes. */
function fromB64u(v: unknown, bytes: number): Buffer {
  if (typeof v !== "string" || !/^[A-Za-z0-9_-]+$/.test(v)) throw new PosternError("bad_request");
  const b = Buffer.from(v, "base64url");
  if (b.length !== bytes) throw new PosternError("bad_request");
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

/**
 * scrypt of an auth key with the salt and cost of a stored hash, and whether
 * it matches. The digest is also what names the (username, credential) pair
 * a failure is counted on (login-lock.ts).
 */
async function authDigest(
  auth: Buffer,
  stored: string,
): Promise<{ digest: Buffer; match: boolean } | null> {
  const [tag, logN, r, p, salt, hash] = stored.split("$");
  if (tag !== "scrypt" || salt === undefined || hash === undefined) return null;
  const want = Buffer.from(hash, "base64url");
  if (want.length !== 32) return null;
  const digest = await scrypt(auth, Buffer.from(salt, "base64url"), 32, {
    N: 2 ** Number(logN),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return { digest, match: timingSafeEqual(digest, want) };
}

/**
 * What a name that is not an active account is checked against: a stored
 * hash of the same shape and cost as a real one, with a salt derived from the
 * name (stable across restarts and nodes) and a hash nothing matches.
 */
function decoyAuthHash(inst: Instance, name: string): string {
  const salt = createHmac("sha256", subkey(inst, "postern/v1/decoy-auth-salt"))
    .update(name, "utf8")
    .digest()
    .subarray(0, 16);
  const { logN, r, p } = SCRYPT;
  return ["scrypt", logN, r, p, b64u(salt), b64u(Buffer.alloc(32))].join("$");
}

// ---- KDF parameters --------------------------------------------------------

function policyKdf(inst: Instance, salt: Uint8Array): KdfParams {
  const { m, t, p } = inst.config.recipientKdf;
  return { alg: "argon2id", m, t, p, salt: b64u(salt) };
}

function parseKdf(inst: Instance, v: unknown): KdfParams {
  const k = v as Partial<Record<keyof KdfParams, unknown>> | null;
  const policy = inst.config.recipientKdf;
  if (typeof k !== "object" || k === null || k.alg !== "argon2id") {
    throw new PosternError("bad_request");
  }
  // The browser may pay more than the policy, never less.
  const ok = (x: unknown, min: number, max: number): x is number =>
    typeof x === "number" && Number.isSafeInteger(x) && x >= min && x <= max;
  if (!ok(k.m, policy.m, 4 * 1024 * 1024) || !ok(k.t, policy.t, 20) || !ok(k.p, policy.p, 8)) {
    throw new PosternError("bad_request");
  }
  const salt = fromB64u(k.salt, 16);
  return { alg: "argon2id", m: k.m, t: k.t, p: k.p, salt: b64u(salt) };
}

/** A wrapped identity as the browser makes it (api-types.ts); the server cannot open it. */
function parseWrapped(v: unknown): string {
  if (typeof v !== "string" || v.length > MAX_WRAPPED_CHARS || !/^[A-Za-z0-9_-]{40,}$/.test(v)) {
    throw new PosternError("bad_request");
  }
  return v;
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
    throw new PosternError("name_invalid", "name must be 1–200 characters");
  if (!isPlainName(name)) throw new PosternError("name_invalid", `the name ${PLAIN_NAME_RULE}`);
  let channelId: string | null = null;
  if (args.channel !== null) {
    const ch = await findChannel(inst.db, args.channel);
    if (!ch) throw new PosternError("no_such_channel", `no channel "${args.channel}"`);
    channelId = ch.id;
  }
  const token = b64u(randomBytes(32));
  const expires = now + INVITE_SECONDS;
  await deleteExpiredInvites(inst.db, now);
  await insertInvite(inst.db, {
    id_hash: sha256(token),
    name,
    role: args.role,
    channel_id: channelId,
    expires,
  });
  return { link: `/invite#${token}`, expires };
}

async function findInvite(db: Db, token: unknown, now: number) {
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]{43}$/.test(token)) {
    throw new PosternError("invite_invalid");
  }
  const row = await findInviteByHash(db, sha256(token));
  // Expired, used (deleted on use) and unknown look the same.
  if (!row || row.expires <= now) throw new PosternError("invite_invalid");
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
  if (username === null) throw new PosternError("username_invalid");
  const kdf = parseKdf(inst, body.kdf);
  const auth = fromB64u(body.auth, 32);
  const wrapped = parseWrapped(body.wrapped);
  let recipient: { recipient: string; kind: KeyKind };
  try {
    recipient = await parseRecipient(String(body.recipient).slice(0, 8192));
  } catch {
    throw new PosternError("recipient_invalid");
  }
  const authHash = await hashAuth(auth);
  const secret = newTotpSecret();
  const id = newId();
  await transaction(inst.db, async (tx) => {
    const invite = await findInvite(tx, body.token, now);
    const kind: KeyKind = invite.kind === "classic" ? "classic" : "pq";
    if (recipient.kind !== kind) throw new PosternError("recipient_invalid");
    const taken = await findAccountIdByUsername(tx, username);
    if (taken) throw new PosternError("username_taken");
    const known = await findRecipientByKey(tx, recipient.recipient);
    if (known) throw new PosternError("recipient_invalid");
    // Used once: the invite goes in the same transaction as the account comes.
    await deleteInvite(tx, invite.id_hash);
    const recipientId = newId();
    await insertRecipient(tx, {
      id: recipientId,
      name: invite.name,
      recipient: recipient.recipient,
      kind: recipient.kind,
      day: utcDay(),
    });
    await insertAccount(tx, {
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
    });
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
  if (!secret) throw new PosternError("internal");
  return secret;
}

/**
 * Enrolments that were never confirmed and whose enrolment session is gone
 * (it ends after the idle time): their account, key and username are freed.
 */
async function sweepAbandoned(inst: Instance): Promise<void> {
  const now = unixSeconds();
  const stale = await abandonedEnrolments(inst.db, now);
  for (const a of stale) {
    await transaction(inst.db, (tx) => deleteAccount(tx, a.id, a.recipientId));
  }
}

/** Confirms the first TOTP code: the account becomes active and joins its invite's channel. */
export async function confirmTotp(
  inst: Instance,
  accountId: string,
  code: unknown,
  now = unixSeconds(),
): Promise<void> {
  const acct = await findAccount(inst.db, accountId);
  if (acct?.status !== "pending") throw new PosternError("forbidden");
  const step =
    typeof code === "string"
      ? verifyTotp(openTotp(inst, acct.id, acct.totp_sealed), code, now, acct.totp_last_step)
      : null;
  if (step === null) {
    // Guessing is bounded here too: past the limit the enrolment is abandoned.
    const failures = acct.failures + 1;
    await setEnrolFailures(inst.db, acct.id, failures);
    if (failures >= FAILURES_BEFORE_LOCK) {
      await deleteSessionsOf(inst.db, acct.id);
      throw new PosternError("too_many_attempts");
    }
    throw new PosternError("totp_invalid");
  }
  await transaction(inst.db, async (tx) => {
    await activateAccount(tx, acct.id, step);
    if (acct.join_channel_id !== null && acct.recipient_id !== null) {
      await addKeyToChannel(tx, acct.join_channel_id, acct.recipient_id, INVITE);
    }
  });
}

// ---- login -------------------------------------------------------------------

/**
 * The name a login attempt is about: the normalised username, or for input
 * that is not one a normalised form of it, so that it too gets stable fakes.
 */
function loginName(v: unknown): string {
  return (
    normalizeUsername(v) ??
    (typeof v === "string" ? v.slice(0, 64).normalize("NFC").trim().toLowerCase() : "")
  );
}

async function activeAccount(inst: Instance, v: unknown) {
  const username = normalizeUsername(v);
  if (username === null) return undefined;
  return findActiveAccountByUsername(inst.db, username);
}

/**
 * The Argon2 costs a login/params answer may carry: the policy's and each
 * one an active account holds (accounts enrolled before a policy change keep
 * theirs until their next login). Read for every name, known or not.
 */
async function costsInUse(inst: Instance): Promise<KdfCost[]> {
  const { m, t, p } = inst.config.recipientKdf;
  const costs = new Map<string, KdfCost>([[costLabel({ m, t, p }), { m, t, p }]]);
  for (const kdf of await activeAccountKdfs(inst.db)) {
    const k = JSON.parse(kdf) as Partial<Record<keyof KdfCost, unknown>> | null;
    const int = (x: unknown): x is number => typeof x === "number" && Number.isSafeInteger(x);
    if (k !== null && int(k.m) && int(k.t) && int(k.p)) {
      const cost = { m: k.m, t: k.t, p: k.p };
      costs.set(costLabel(cost), cost);
    }
  }
  return [...costs.values()];
}

const costLabel = (c: KdfCost): string => `argon2id;m=${c.m};t=${c.t};p=${c.p}`;

/**
 * Argon2 parameters for a username: an active account's own; for any other
 * name a stable fake that any real account's answer could be.
 *
 * The fake's cost is one of `costsInUse`, chosen by rendezvous hashing (the
 * highest HMAC of cost and name wins), so every cost a real account answers
 * is also answered for some unknown names, and when a cost appears or goes
 * (a policy change, the last old account moving on) only the names on that
 * cost move: a plain "HMAC mod count" would move most unknown names at once
 * while real accounts stayed put, marking them. The salt is derived from the
 * cost and the name, so a fake that changes cost changes salt, as a real
 * account does when it moves to the policy.
 */
export async function loginParams(inst: Instance, v: unknown): Promise<KdfParams> {
  const acct = await activeAccount(inst, v);
  const costs = await costsInUse(inst);
  if (acct) return JSON.parse(acct.kdf) as KdfParams;
  const name = loginName(v);
  const score = (c: KdfCost): Buffer =>
    createHmac("sha256", subkey(inst, "postern/v1/fake-kdf"))
      .update(`${costLabel(c)}\0`)
      .update(name, "utf8")
      .digest();
  let pick = costs[0] ?? inst.config.recipientKdf;
  let best = score(pick);
  for (const c of costs.slice(1)) {
    const s = score(c);
    if (Buffer.compare(s, best) > 0) [pick, best] = [c, s];
  }
  const salt = createHmac("sha256", subkey(inst, "postern/v1/fake-salt"))
    .update(`${costLabel(pick)}\0`)
    .update(name, "utf8")
    .digest()
    .subarray(0, 16);
  return { alg: "argon2id", m: pick.m, t: pick.t, p: pick.p, salt: b64u(salt) };
}

/**
 * The scrypt digest of an auth key for a name: with the account's stored
 * salt, or for a name that is not an active account with a decoy of the same
 * cost. Either way one scrypt.
 */
async function digestFor(
  inst: Instance,
  name: string,
  auth: Buffer,
  storedHash: string | undefined,
): Promise<{ digest: Buffer; match: boolean }> {
  const real = storedHash === undefined ? null : await authDigest(auth, storedHash);
  if (real !== null) return real;
  const decoy = await authDigest(auth, decoyAuthHash(inst, name));
  if (decoy === null) throw new PosternError("internal");
  return { digest: decoy.digest, match: false };
}

const pairSubkey = (inst: Instance): Buffer => subkey(inst, "postern/v1/login-pair");

export interface LoggedIn {
  readonly accountId: string;
}

/**
 * Checks auth key and TOTP. Every failure has one shape (`login_failed`, or
 * `too_many_attempts` while its (name, credential) pair is locked) whether
 * the name exists or not and whether the passphrase was right or not; known
 * and unknown names cost the same scrypt, the same reads and the same write.
 */
export async function login(
  inst: Instance,
  body: Record<string, unknown>,
  now = unixSeconds(),
): Promise<LoggedIn> {
  const name = loginName(body.username);
  let auth: Buffer;
  try {
    auth = fromB64u(body.auth, 32);
  } catch {
    auth = Buffer.alloc(32);
  }
  const code = typeof body.totp === "string" ? body.totp : "";
  const acct = await activeAccount(inst, body.username);
  const checked = await digestFor(inst, name, auth, acct?.auth_hash);
  const secret = acct
    ? openTotp(inst, acct.id, acct.totp_sealed)
    : createHmac("sha256", subkey(inst, "postern/v1/decoy-totp")).update(name, "utf8").digest();
  const step = verifyTotp(secret, code, now, acct?.totp_last_step ?? 0);
  const pair = pairKey(pairSubkey(inst), name, checked.digest);
  // Counted before it is decided: parallel guesses cannot share one count.
  if (!(await claimAttempt(inst.db, pair, now))) throw new PosternError("too_many_attempts");
  if (!acct || !checked.match || step === null) throw new PosternError("login_failed");
  // Only the first use of a step wins (a replayed code loses the race too, and stays counted).
  const won = await claimTotpStep(inst.db, acct.id, step);
  if (!won) throw new PosternError("login_failed");
  await clearPair(inst.db, pair);
  return { accountId: acct.id };
}

/**
 * Replaces an account's Argon2 parameters, auth key and wrapped identity in
 * one statement: the web app moves an account to the current policy at
 * login this way (the same route could change a passphrase). The request
 * carries the current auth key as well: a stolen session alone cannot
 * replace the only copy of the wrapped identity, and guesses at it are
 * counted on the same (name, credential) pairs as logins.
 * @throws PosternError bad_request for malformed fields or a cost below the
 *   policy, forbidden for a wrong current key, too_many_attempts while locked.
 */
export async function changeKdf(
  inst: Instance,
  accountId: string,
  body: Record<string, unknown>,
  now = unixSeconds(),
): Promise<void> {
  const kdf = parseKdf(inst, body.kdf);
  const auth = fromB64u(body.auth, 32);
  const wrapped = parseWrapped(body.wrapped);
  const current = fromB64u(body.current, 32);
  const acct = await findActiveAccountAuth(inst.db, accountId);
  if (!acct) throw new PosternError("forbidden");
  const checked = await digestFor(inst, acct.username, current, acct.auth_hash);
  const pair = pairKey(pairSubkey(inst), acct.username, checked.digest);
  if (!(await claimAttempt(inst.db, pair, now))) throw new PosternError("too_many_attempts");
  if (!checked.match) throw new PosternError("forbidden");
  const authHash = await hashAuth(auth);
  // Not if another change came first: the current key it proved would be stale.
  const done = await replaceAccountKeys(inst.db, acct.id, acct.auth_hash, {
    kdf: JSON.stringify(kdf),
    auth_hash: authHash,
    wrapped,
  });
  if (!done) throw new PosternError("forbidden");
  await clearPair(inst.db, pair);
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
  await purgeRecipientSessions(inst.db, now);
  await insertRecipientSession(inst.db, {
    id_hash: sha256(cookie),
    account_id: accountId,
    scope,
    csrf,
    idle_expires: now + inst.config.recipientIdleSeconds,
    absolute_expires: now + inst.config.recipientAbsoluteSeconds,
  });
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
  const row = await findRecipientSession(inst.db, idHash);
  if (!row) return null;
  if (row.idle_expires <= now || row.absolute_expires <= now) {
    await deleteRecipientSession(inst.db, idHash);
    return null;
  }
  const idle = Math.min(now + inst.config.recipientIdleSeconds, row.absolute_expires);
  if (idle - row.idle_expires >= IDLE_SLIDE_SECONDS) {
    await slideRecipientSession(inst.db, idHash, idle);
  }
  return {
    accountId: row.account_id,
    scope: row.scope === "full" ? "full" : "enrol",
    csrf: row.csrf,
  };
}

export async function endRecipientSession(inst: Instance, cookie: unknown): Promise<void> {
  if (typeof cookie !== "string") return;
  await deleteRecipientSession(inst.db, sha256(cookie));
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

/** Whether anyone has finished enrolling (the demo offers an admin invite until then). */
export async function hasActiveAccount(inst: Instance): Promise<boolean> {
  return anyActiveAccount(inst.db);
}

export async function getAccount(inst: Instance, id: string): Promise<Account | null> {
  const r = await findAccountWithKey(inst.db, id);
  if (!r) return null;
  return { ...r, role: r.role === "admin" ? "admin" : "recipient" };
}

/** Channels an account's key belongs to (what it may read and answer). */
export async function accountChannels(
  db: Db,
  recipientId: string | null,
): Promise<{ id: string; slug: string; name: string; kind: KeyKind }[]> {
  if (recipientId === null) return [];
  const rows = await channelsOfRecipient(db, recipientId);
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    kind: r.kind === "classic" ? "classic" : "pq",
  }));
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
  const acct = username === null ? undefined : await findAccountKeyByUsername(inst.db, username);
  if (!acct || acct.status !== "active")
    throw new PosternError("no_such_account", `no active account "${args.username}"`);
  const channel = await findChannel(inst.db, args.channel);
  if (!channel) throw new PosternError("no_such_channel", `no channel "${args.channel}"`);
  if (!args.member) {
    await transaction(inst.db, async (tx) => {
      await removeKeyFromChannel(tx, channel.id, acct.recipientId, args.by);
    });
    return;
  }
  const { kind } = await parseRecipient(acct.recipient);
  if (kind !== channel.kind) {
    throw new PosternError(
      "key_kind_mismatch",
      `channel "${channel.slug}" is ${channel.kind}; this account's key is ${kind}`,
    );
  }
  await transaction(inst.db, async (tx) => {
    await addKeyToChannel(tx, channel.id, acct.recipientId, args.by);
  });
}

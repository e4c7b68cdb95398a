/**
 * Bad input at the recipient listener, from the attacker's side: invites,
 * enrolment, TOTP, login and its throttling, sessions and CSRF, and the
 * headers on every answer. Each refusal is checked for its exact status and
 * `{ error }` code, and for what it must not have done: no account, invite,
 * session, reply or blob row gained or lost, no prototype polluted.
 * Access between channels and replies: recipient-access.test.ts.
 */
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { base32nopad } from "@scure/base";
import { createInvite, INVITE_SECONDS, startRecipientSession } from "../../src/core/accounts.ts";
import { unixSeconds } from "../../src/runtime/clock.ts";
import type { Instance } from "../../src/core/instance.ts";
import { encryptBytes, generateIdentity, totpCode, totpStep } from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";
import type {
  ConversationResponse,
  KdfParams,
  Role,
  SessionResponse,
  SourcesResponse,
} from "../../src/protocol/api.ts";
import { APP_DIR, startFixture, type Fixture } from "../helpers/instance.ts";
import {
  codeAt,
  enrolRecipient,
  RecipientClient,
  type Answer,
  type Enrolled,
} from "../helpers/recipient-client.ts";
import {
  assertError,
  assertHardened,
  rawRequest,
  recipientState,
  unchanged,
  unknownToken,
} from "../helpers/recipient-state.ts";
import { received, SourceClient } from "../helpers/source-client.ts";

// ---- helpers -------------------------------------------------------------------

async function inviteToken(
  inst: Instance,
  args: { name?: string; role?: Role; channel?: string | null } = {},
  now?: number,
): Promise<string> {
  const invite = await createInvite(
    inst,
    {
      name: args.name ?? "Invited person",
      role: args.role ?? "recipient",
      channel: args.channel === undefined ? "default" : args.channel,
    },
    now,
  );
  const token = invite.link.split("#")[1];
  assert.ok(token !== undefined);
  return token;
}

interface EnrolBody {
  readonly token: string;
  readonly username: string;
  readonly kdf: KdfParams;
  readonly auth: string;
  readonly recipient: string;
  readonly wrapped: string;
}

/** A body POST /api/v1/enrol accepts, with a fresh identity of `kind`. */
async function enrolBody(
  f: Fixture,
  token: string,
  username: string,
  kind: "pq" | "classic" = "pq",
): Promise<EnrolBody> {
  const { m, t, p } = f.inst.config.recipientKdf;
  return {
    token,
    username,
    kdf: { alg: "argon2id", m, t, p, salt: randomBytes(16).toString("base64url") },
    auth: randomBytes(32).toString("base64url"),
    recipient: await toRecipient(await generateIdentity(kind)),
    wrapped: randomBytes(120).toString("base64url"),
  };
}

/** An account half-way: enrolled (invite used, enrolment session) but TOTP not yet confirmed. */
interface Pending {
  readonly client: RecipientClient;
  readonly username: string;
  readonly auth: string;
  readonly totpSecret: Uint8Array;
}

async function startEnrol(f: Fixture, username: string): Promise<Pending> {
  const body = await enrolBody(f, await inviteToken(f.inst), username);
  const client = new RecipientClient(f.recipientUrl);
  const r = await client.call<{ totpSecret: string }>("POST", "/api/v1/enrol", body);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return {
    client,
    username,
    auth: body.auth,
    totpSecret: base32nopad.decode(r.body.totpSecret),
  };
}

async function account(f: Fixture, username: string) {
  return f.inst.db
    .selectFrom("accounts")
    .select(["id", "status", "failures", "locked_until", "totp_last_step"])
    .where("username", "=", username)
    .executeTakeFirstOrThrow();
}

/** Six digits that match none of the steps around now. */
function wrongCode(secret: Uint8Array): string {
  const now = totpStep(Date.now() / 1000);
  const near = new Set([-2, -1, 0, 1, 2].map((d) => totpCode(secret, now + d)));
  for (let i = 0; ; i++) {
    const c = String(123456 + i * 7919).padStart(6, "0");
    if (!near.has(c)) return c;
  }
}

/** A POST whose answer is kept as exact text, for byte-for-byte comparisons. */
async function postRaw(
  base: string,
  path: string,
  body: string,
  headers: Record<string, string> = { "content-type": "application/json" },
): Promise<{ status: number; text: string; headers: Headers }> {
  const res = await fetch(base + path, { method: "POST", headers, body });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

/** The answer without headers that differ per response (date, connection). */
function shape(a: { status: number; text: string; headers: Headers }) {
  const h: Record<string, string> = {};
  a.headers.forEach((v, k) => {
    if (!["date", "keep-alive", "connection"].includes(k)) h[k] = v;
  });
  return { status: a.status, text: a.text, headers: h };
}

function login(
  f: Fixture,
  body: { username: unknown; auth: unknown; totp: unknown },
  client = new RecipientClient(f.recipientUrl),
): Promise<Answer> {
  return client.call("POST", "/api/v1/login", body);
}

function sha256(v: string): string {
  return createHash("sha256").update(v).digest("hex");
}

function polluted(): unknown {
  return (Object.prototype as Record<string, unknown>).polluted;
}

// ---- invites -------------------------------------------------------------------

describe("invites", () => {
  let f: Fixture;
  before(async () => {
    f = await startFixture({ noRecipient: true });
  });
  after(async () => {
    await f.close();
  });

  test("expired, unknown and malformed tokens: invite_invalid 404, byte for byte the same", async () => {
    const expired = await inviteToken(f.inst, {}, unixSeconds() - INVITE_SECONDS - 60);
    const answers: { status: number; text: string; headers: Headers }[] = [];
    await unchanged(f, "bad tokens", async () => {
      for (const token of [expired, unknownToken()]) {
        answers.push(
          await postRaw(f.recipientUrl, "/api/v1/invite/check", JSON.stringify({ token })),
        );
        const body = await enrolBody(f, token, "expiry");
        answers.push(await postRaw(f.recipientUrl, "/api/v1/enrol", JSON.stringify(body)));
      }
      for (const token of ["abc", `${unknownToken()}A`, "!".repeat(43), 123, null, ""]) {
        const c = new RecipientClient(f.recipientUrl);
        assertError(await c.call("POST", "/api/v1/invite/check", { token }), 404, "invite_invalid");
        const body = await enrolBody(f, "", "expiry");
        assertError(
          await c.call("POST", "/api/v1/enrol", { ...body, token }),
          404,
          "invite_invalid",
          `enrol with ${JSON.stringify(token)}`,
        );
      }
      const c = new RecipientClient(f.recipientUrl);
      assertError(await c.call("POST", "/api/v1/invite/check", {}), 404, "invite_invalid");
    });
    for (const a of answers) {
      assert.equal(a.status, 404);
      assert.deepEqual(JSON.parse(a.text), { error: "invite_invalid" });
      assert.equal(a.headers.get("set-cookie"), null, "no session for a bad invite");
    }
    // expired check ≡ unknown check, expired enrol ≡ unknown enrol.
    assert.deepEqual(shape(answers[0]!), shape(answers[2]!));
    assert.deepEqual(shape(answers[1]!), shape(answers[3]!));
  });

  test("an invite is used once: a second enrolment and invite/check get invite_invalid", async () => {
    const token = await inviteToken(f.inst);
    const c = new RecipientClient(f.recipientUrl);
    assert.equal((await c.call("POST", "/api/v1/invite/check", { token })).status, 200);
    const first = await c.call("POST", "/api/v1/enrol", await enrolBody(f, token, "once"));
    assert.equal(first.status, 200, JSON.stringify(first.body));
    await unchanged(f, "reused invite", async () => {
      const again = new RecipientClient(f.recipientUrl);
      assertError(
        await again.call("POST", "/api/v1/enrol", await enrolBody(f, token, "twice")),
        404,
        "invite_invalid",
      );
      assertError(
        await again.call("POST", "/api/v1/invite/check", { token }),
        404,
        "invite_invalid",
      );
      assert.equal(again.cookie, undefined);
    });
  });

  test("two enrolments racing on one invite: exactly one account", async () => {
    const token = await inviteToken(f.inst);
    const before = await recipientState(f);
    const [a, b] = await Promise.all([
      new RecipientClient(f.recipientUrl).call(
        "POST",
        "/api/v1/enrol",
        await enrolBody(f, token, "racer-a"),
      ),
      new RecipientClient(f.recipientUrl).call(
        "POST",
        "/api/v1/enrol",
        await enrolBody(f, token, "racer-b"),
      ),
    ]);
    assert.deepEqual(
      [a.status, b.status].sort((x, y) => x - y),
      [200, 404],
    );
    assertError(a.status === 404 ? a : b, 404, "invite_invalid");
    const now = await recipientState(f);
    assert.equal(now.accounts, before.accounts + 1);
    assert.equal(now.recipients, before.recipients + 1);
    assert.equal(now.invites, before.invites - 1);
  });
});

// ---- enrolment -------------------------------------------------------------------

describe("enrolment", () => {
  let f: Fixture;
  let token: string;
  let base: EnrolBody;
  let kate: Enrolled;
  before(async () => {
    f = await startFixture({ noRecipient: true });
    kate = await enrolRecipient(f.inst, f.recipientUrl, { username: "kate" });
    token = await inviteToken(f.inst);
    base = await enrolBody(f, token, "newbie");
  });
  after(async () => {
    await f.close();
  });

  /** Each bad body is refused and leaves the invite usable (checked at the end). */
  async function refused(
    body: Record<string, unknown>,
    status: number,
    code: string,
    what: string,
  ): Promise<void> {
    await unchanged(f, what, async () => {
      const c = new RecipientClient(f.recipientUrl);
      assertError(await c.call("POST", "/api/v1/enrol", body), status, code, what);
      assert.equal(c.cookie, undefined, `${what}: no session`);
    });
  }

  test("bad usernames: username_invalid 400", async () => {
    const bad: unknown[] = [
      "ab",
      "a b c",
      "al ice",
      "-alice",
      ".alice",
      "alice!",
      "al/ice",
      "\u0430lice", // Cyrillic а
      "\uff41\uff4c\uff49\uff43\uff45", // fullwidth ａｌｉｃｅ (NFC keeps it)
      "alice\u200b", // zero-width space
      "ali\u0000ce",
      "\u0130lker", // İ lower-cases to i + combining dot
      "e\u0301mile", // é as e + combining accent: NFC makes é, not a-z
      "a".repeat(33),
      "a".repeat(100),
      "",
      "   ",
      123,
      null,
      true,
      ["alice"],
      { name: "alice" },
      undefined,
    ];
    for (const username of bad) {
      await refused({ ...base, username }, 400, "username_invalid", JSON.stringify(username));
    }
  });

  test("kdf weaker than the policy, or malformed: bad_request 400", async () => {
    const kdf = base.kdf;
    const bad: unknown[] = [
      { ...kdf, m: kdf.m - 1 },
      { ...kdf, t: kdf.t - 1 },
      { ...kdf, p: 0 },
      { ...kdf, alg: "argon2i" },
      { ...kdf, alg: "scrypt" },
      { ...kdf, m: String(kdf.m) },
      { ...kdf, m: kdf.m + 0.5 },
      { ...kdf, m: 2 ** 40 },
      { ...kdf, t: 1000 },
      { ...kdf, salt: randomBytes(15).toString("base64url") },
      { ...kdf, salt: randomBytes(17).toString("base64url") },
      { ...kdf, salt: randomBytes(16).toString("base64") }, // padding and maybe + /
      { ...kdf, salt: "!".repeat(22) },
      { ...kdf, salt: 42 },
      { alg: kdf.alg, m: kdf.m, t: kdf.t, p: kdf.p },
      null,
      "argon2id",
      [kdf],
      undefined,
    ];
    for (const k of bad) {
      await refused({ ...base, kdf: k }, 400, "bad_request", `kdf ${JSON.stringify(k)}`);
    }
  });

  test("auth key not 32 bytes of base64url: bad_request 400", async () => {
    const bad: unknown[] = [
      randomBytes(31).toString("base64url"),
      randomBytes(33).toString("base64url"),
      randomBytes(32).toString("base64"), // "=" padding
      `${randomBytes(32).toString("base64url")}==`,
      "",
      42,
      null,
      undefined,
    ];
    for (const auth of bad) {
      await refused({ ...base, auth }, 400, "bad_request", `auth ${JSON.stringify(auth)}`);
    }
  });

  test("wrapped identity oversized or malformed: bad_request; beyond the JSON limit: request_too_large", async () => {
    const bad: unknown[] = ["A".repeat(4097), "A".repeat(39), `${"A".repeat(60)}+/`, 42, null];
    for (const wrapped of bad) {
      await refused({ ...base, wrapped }, 400, "bad_request", `wrapped ${String(wrapped)}`);
    }
    // Beyond the 64 KiB JSON limit: refused before parsing, with the 413's own code
    // (issue #12: one code, one status; it was bad_request with 413).
    await refused(
      { ...base, wrapped: "A".repeat(70_000) },
      413,
      "request_too_large",
      "wrapped 70000",
    );
  });

  test("recipient of the wrong kind, garbage or already used: recipient_invalid 400", async () => {
    const classicIdentity = await generateIdentity("classic");
    const bad: unknown[] = [
      await toRecipient(classicIdentity), // classic key into a post-quantum channel
      classicIdentity, // a secret key instead of the recipient
      await generateIdentity("pq"),
      "age1garbage",
      `${base.recipient}x`,
      "",
      42,
      null,
      undefined,
      kate.recipient, // another account's key
    ];
    for (const recipient of bad) {
      await refused(
        { ...base, recipient },
        400,
        "recipient_invalid",
        `recipient ${String(recipient).slice(0, 30)}`,
      );
    }
  });

  test("a taken username: username_taken 409, also after normalisation", async () => {
    for (const username of ["kate", "KATE", "  Kate ", "\u212aate" /* Kelvin sign → K */]) {
      await refused({ ...base, username }, 409, "username_taken", JSON.stringify(username));
    }
  });

  test("prototype-pollution keys: bad_request 400, nothing polluted", async () => {
    const json = JSON.stringify(base).slice(1); // the valid fields, without "{"
    const { kdf, ...rest } = base;
    const bodies = [
      `{"__proto__":{"polluted":"yes"},${json}`,
      `{"\\u005f_proto__":{"polluted":"yes"},${json}`,
      `{"constructor":{"prototype":{"polluted":"yes"}},${json}`,
      // Inside a nested object (with no later duplicate key to hide it).
      `{"kdf":{"__proto__":{"polluted":"yes"},${JSON.stringify(kdf).slice(1)},${JSON.stringify(rest).slice(1)}`,
      `{"kdf":{"constructor":{"prototype":{"polluted":"yes"}},${JSON.stringify(kdf).slice(1)},${JSON.stringify(rest).slice(1)}`,
    ];
    for (const body of bodies) {
      await unchanged(f, body.slice(0, 40), async () => {
        const r = await postRaw(f.recipientUrl, "/api/v1/enrol", body);
        assert.equal(r.status, 400, body.slice(0, 40));
        assert.deepEqual(JSON.parse(r.text), { error: "bad_request" });
      });
      assert.equal(polluted(), undefined);
      assert.equal(Reflect.get({}, "polluted"), undefined);
    }
  });

  test("bodies that are not a JSON object: bad_request 400", async () => {
    for (const body of ["", "null", '"text"', "42", "{", '{"token":', "true"]) {
      await unchanged(f, body, async () => {
        const r = await postRaw(f.recipientUrl, "/api/v1/enrol", body);
        assert.equal(r.status, 400, body);
        assert.deepEqual(JSON.parse(r.text), { error: "bad_request" });
      });
    }
  });

  test("after all of that the invite is still good: upper case is normalised", async () => {
    const c = new RecipientClient(f.recipientUrl);
    const r = await c.call("POST", "/api/v1/enrol", { ...base, username: "  NewBie " });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal((await account(f, "newbie")).status, "pending");
    assertError(
      await new RecipientClient(f.recipientUrl).call("POST", "/api/v1/invite/check", { token }),
      404,
      "invite_invalid",
    );
  });
});

// ---- TOTP ------------------------------------------------------------------------------

describe("TOTP", () => {
  let f: Fixture;
  before(async () => {
    f = await startFixture({ noRecipient: true });
  });
  after(async () => {
    await f.close();
  });

  test("a wrong code at enrolment: totp_invalid, the account stays pending and cannot log in", async () => {
    const p = await startEnrol(f, "pat");
    await unchanged(f, "wrong enrol code", async () => {
      for (const totp of [wrongCode(p.totpSecret), "12345", "abcdef", 123456]) {
        assertError(
          await p.client.call("POST", "/api/v1/enrol/totp", { totp }),
          400,
          "totp_invalid",
          JSON.stringify(totp),
        );
      }
    });
    // The fifth wrong code ends the enrolment session: guessing is bounded.
    assertError(
      await p.client.call("POST", "/api/v1/enrol/totp", { totp: null }),
      429,
      "too_many_attempts",
    );
    assertError(
      await p.client.call("POST", "/api/v1/enrol/totp", { totp: codeAt(p.totpSecret) }),
      401,
      "unauthenticated",
    );
    assert.equal((await account(f, "pat")).status, "pending");
    const unknown = await login(f, {
      username: "nobody-pat",
      auth: p.auth,
      totp: codeAt(p.totpSecret),
    });
    const pending = await login(f, { username: "pat", auth: p.auth, totp: codeAt(p.totpSecret) });
    assertError(pending, 401, "login_failed");
    assert.deepEqual(pending.body, unknown.body);
    assert.equal((await account(f, "pat")).status, "pending");
    // A pending account joins no channel.
    const members = await f.inst.db.selectFrom("channel_recipients").selectAll().execute();
    assert.deepEqual(members, []);
  });

  test("an abandoned enrolment frees its username once its session has ended", async () => {
    await startEnrol(f, "uma");
    // Still in progress: the name is taken.
    await assert.rejects(enrolRecipient(f.inst, f.recipientUrl, { username: "uma" }), /409/);
    await f.inst.db
      .updateTable("recipient_sessions")
      .set({ idle_expires: 1 })
      .where("scope", "=", "enrol")
      .execute();
    const again = await enrolRecipient(f.inst, f.recipientUrl, { username: "uma" });
    const me = await again.client.call<{ username: string }>("GET", "/api/v1/me");
    assert.equal(me.body.username, "uma");
    const rows = await f.inst.db
      .selectFrom("accounts")
      .select("status")
      .where("username", "=", "uma")
      .execute();
    assert.deepEqual(rows, [{ status: "active" }]);
  });

  test("an enrolment session opens nothing but enrol/totp", async () => {
    const p = await startEnrol(f, "olive");
    for (const path of ["/api/v1/me", "/api/v1/sources", "/api/v1/admin/overview"]) {
      assertError(await p.client.call("GET", path), 401, "unauthenticated", path);
    }
    await unchanged(f, "enrolment session on a full route", async () => {
      assertError(
        await p.client.call("POST", "/api/v1/admin/invites", { name: "x", role: "admin" }),
        401,
        "unauthenticated",
      );
    });
  });

  test("enrol/totp needs the enrolment session", async () => {
    const p = await startEnrol(f, "quinn");
    const full = await enrolRecipient(f.inst, f.recipientUrl, { username: "rory" });
    const code = codeAt(p.totpSecret);
    await unchanged(f, "no enrolment session", async () => {
      const none = new RecipientClient(f.recipientUrl);
      assertError(
        await none.call("POST", "/api/v1/enrol/totp", { totp: code }, { csrf: p.client.csrf }),
        401,
        "unauthenticated",
        "no cookie",
      );
      // A full session is not an enrolment session.
      assertError(
        await full.client.call("POST", "/api/v1/enrol/totp", { totp: code }),
        401,
        "unauthenticated",
        "full session",
      );
      const forged = new RecipientClient(f.recipientUrl);
      forged.cookie = randomBytes(32).toString("base64url");
      forged.csrf = p.client.csrf;
      assertError(
        await forged.call("POST", "/api/v1/enrol/totp", { totp: code }),
        401,
        "unauthenticated",
        "unknown cookie",
      );
    });
    assert.equal((await account(f, "quinn")).status, "pending");
    // The enrolment session's own cookie and token do work.
    const ok = await p.client.call<SessionResponse>("POST", "/api/v1/enrol/totp", { totp: code });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal((await account(f, "quinn")).status, "active");
  });

  test("the code that confirmed enrolment, and a code already used to log in, are refused", async () => {
    const sam = await enrolRecipient(f.inst, f.recipientUrl, { username: "sam" });
    const row = await account(f, "sam");
    const enrolCode = totpCode(sam.totpSecret, row.totp_last_step);
    assertError(
      await login(f, { username: "sam", auth: sam.auth, totp: enrolCode }),
      401,
      "login_failed",
      "enrolment code",
    );
    const code = codeAt(sam.totpSecret, 1);
    const ok = await login(f, { username: "sam", auth: sam.auth, totp: code });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    const sessions = (await recipientState(f)).recipient_sessions;
    const replay = await login(f, { username: "sam", auth: sam.auth, totp: code });
    assertError(replay, 401, "login_failed", "replayed code");
    assert.equal(replay.headers.get("set-cookie"), null);
    assert.equal((await recipientState(f)).recipient_sessions, sessions, "no new session");
  });
});

// ---- login -----------------------------------------------------------------------------------

describe("login", () => {
  let f: Fixture;
  before(async () => {
    f = await startFixture({ noRecipient: true });
  });
  after(async () => {
    await f.close();
  });

  test("unknown name, wrong auth key, wrong TOTP: one status, one body", async () => {
    const dave = await enrolRecipient(f.inst, f.recipientUrl, { username: "dave" });
    const good = codeAt(dave.totpSecret, 1);
    const attempts = [
      { username: "nobody-dave", auth: dave.auth, totp: good },
      { username: "dave", auth: randomBytes(32).toString("base64url"), totp: good },
      { username: "dave", auth: dave.auth, totp: wrongCode(dave.totpSecret) },
      { username: "dave", auth: "not base64url!", totp: good },
      { username: "dave", auth: dave.auth, totp: 123456 },
    ];
    const answers: ReturnType<typeof shape>[] = [];
    await unchanged(f, "failed logins", async () => {
      for (const a of attempts) {
        const r = await postRaw(f.recipientUrl, "/api/v1/login", JSON.stringify(a));
        answers.push(shape(r));
        assert.equal(r.headers.get("set-cookie"), null);
      }
    });
    for (const a of answers) {
      assert.equal(a.status, 401);
      assert.deepEqual(JSON.parse(a.text), { error: "login_failed" });
      assert.deepEqual(a, answers[0]);
    }
    // The good code was never spent by the failures.
    // Four pairs failed: nobody-dave's, a wrong key's, the malformed key's, and dave's own
    // (twice, wrong codes); the success clears dave's own pair only.
    const pairs = async () =>
      (await f.inst.db.selectFrom("login_failures").selectAll().execute()).length;
    assert.equal(await pairs(), 4);
    const ok = await login(f, { username: "dave", auth: dave.auth, totp: good });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal(await pairs(), 3, "success resets its own pair's count");
  });

  test("login/params: a deterministic fake for unknown names, shaped like a real account's", async () => {
    const erin = await enrolRecipient(f.inst, f.recipientUrl, { username: "erin" });
    const c = new RecipientClient(f.recipientUrl);
    const params = async (username: unknown) => {
      const r = await postRaw(f.recipientUrl, "/api/v1/login/params", JSON.stringify({ username }));
      assert.equal(r.status, 200);
      return { text: r.text, kdf: (JSON.parse(r.text) as { kdf: KdfParams }).kdf };
    };
    const real = await params("erin");
    assert.deepEqual(real.kdf, erin.kdf);
    const a1 = await params("no-such-person");
    const a2 = await params("no-such-person");
    const upper = await params("No-Such-Person");
    const b = await params("another-stranger");
    assert.equal(a1.text, a2.text, "same answer twice");
    assert.equal(upper.text, a1.text, "names are normalised before the fake is derived");
    assert.notEqual(a1.kdf.salt, b.kdf.salt, "different names, different salts");
    for (const fake of [a1, b]) {
      assert.deepEqual(Object.keys(JSON.parse(fake.text) as object), ["kdf"]);
      assert.deepEqual(Object.keys(fake.kdf), Object.keys(real.kdf));
      assert.deepEqual({ ...fake.kdf, salt: "" }, { ...real.kdf, salt: "" });
      assert.equal(Buffer.from(fake.kdf.salt, "base64url").length, 16);
      assert.match(fake.kdf.salt, /^[A-Za-z0-9_-]{22}$/);
      assert.equal(fake.text.length, real.text.length);
    }
    // Malformed names still answer a fake, never an error that tells them apart.
    for (const username of ["x", 42, null, "a".repeat(100)]) {
      const r = await c.call<{ kdf: KdfParams }>("POST", "/api/v1/login/params", { username });
      assert.equal(r.status, 200);
      assert.deepEqual(Object.keys(r.body.kdf), Object.keys(real.kdf));
    }
  });

  test("five failures lock their (name, auth key) pair, not the name: the owner still gets in", async () => {
    const finn = await enrolRecipient(f.inst, f.recipientUrl, { username: "finn" });
    const good = { username: "finn", auth: finn.auth, totp: codeAt(finn.totpSecret, 1) };
    const guess = { ...good, auth: randomBytes(32).toString("base64url") };
    for (let i = 0; i < 5; i++) {
      assertError(await login(f, guess), 401, "login_failed", `failure ${i + 1}`);
    }
    const locked = await login(f, guess);
    assertError(locked, 429, "too_many_attempts", "the guessed pair, locked");
    assert.equal(locked.headers.get("set-cookie"), null);
    const ok = await login(f, good);
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
  });

  test("wrong codes with the right auth key lock the owner's pair until the lock ends", async () => {
    const jo = await enrolRecipient(f.inst, f.recipientUrl, { username: "joy" });
    const good = { username: "joy", auth: jo.auth, totp: codeAt(jo.totpSecret, 1) };
    for (let i = 0; i < 5; i++) {
      assertError(
        await login(f, { ...good, totp: wrongCode(jo.totpSecret) }),
        401,
        "login_failed",
        `failure ${i + 1}`,
      );
    }
    const locked = await login(f, good);
    assertError(locked, 429, "too_many_attempts", "right credentials while locked");
    assert.equal(locked.headers.get("set-cookie"), null);
    const rows = await f.inst.db.selectFrom("login_failures").selectAll().execute();
    assert.ok(rows.some((r) => r.locked_until > unixSeconds()));
    await f.inst.db.updateTable("login_failures").set({ locked_until: 0 }).execute();
    const ok = await login(f, good);
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
  });

  test("an unknown name locks the same way", async () => {
    const body = { username: "ghost-gwen", auth: randomBytes(32).toString("base64url"), totp: "1" };
    for (let i = 0; i < 5; i++) {
      assertError(await login(f, body), 401, "login_failed", `failure ${i + 1}`);
    }
    const locked = await postRaw(f.recipientUrl, "/api/v1/login", JSON.stringify(body));
    assert.equal(locked.status, 429);
    assert.deepEqual(JSON.parse(locked.text), { error: "too_many_attempts" });
    // Same bytes as a real account's lock.
    const hal = await enrolRecipient(f.inst, f.recipientUrl, { username: "hal" });
    const wrong = { username: "hal", auth: hal.auth, totp: wrongCode(hal.totpSecret) };
    for (let i = 0; i < 5; i++) await login(f, wrong);
    const real = await postRaw(f.recipientUrl, "/api/v1/login", JSON.stringify(wrong));
    assert.deepEqual(shape(real), shape(locked));
  });
});

describe("login: the instance-wide failure budget", () => {
  let f: Fixture;
  before(async () => {
    f = await startFixture({ noRecipient: true, config: { loginFailuresPerMinute: 3 } });
  });
  after(async () => {
    await f.close();
  });

  test("the 4th failure in a minute is 429 whatever the name; a right login still succeeds", async () => {
    const ivy = await enrolRecipient(f.inst, f.recipientUrl, { username: "ivy" });
    const bad = (n: number) => ({
      username: `budget-${n}`,
      auth: randomBytes(32).toString("base64url"),
      totp: "000000",
    });
    for (let n = 1; n <= 3; n++) assertError(await login(f, bad(n)), 401, "login_failed");
    assertError(await login(f, bad(4)), 429, "too_many_attempts", "4th failure");
    assertError(
      await login(f, { username: "ivy", auth: randomBytes(32).toString("base64url"), totp: "1" }),
      429,
      "too_many_attempts",
      "a real name's failure too",
    );
    const ok = await login(f, { username: "ivy", auth: ivy.auth, totp: codeAt(ivy.totpSecret, 1) });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
  });
});

// ---- sessions and CSRF ----------------------------------------------------------------------------

describe("sessions and CSRF", () => {
  let f: Fixture;
  let alice: Enrolled;
  let bob: Enrolled;
  let root: Enrolled;
  let sourceId: string;
  let reply: Buffer;
  before(async () => {
    f = await startFixture({ noRecipient: true });
    alice = await enrolRecipient(f.inst, f.recipientUrl, { username: "alice" });
    bob = await enrolRecipient(f.inst, f.recipientUrl, { username: "bob" });
    root = await enrolRecipient(f.inst, f.recipientUrl, {
      username: "root",
      role: "admin",
      channel: null,
    });
    const source = new SourceClient(f.url);
    await source.newSource();
    assert.ok(received(await source.submit({ message: "hello" })));
    const list = await alice.client.call<SourcesResponse>("GET", "/api/v1/sources");
    sourceId = list.body.sources[0]!.id;
    const conv = await alice.client.call<ConversationResponse>(
      "GET",
      `/api/v1/sources/${sourceId}`,
    );
    reply = await encryptBytes(conv.body.replyTo, Buffer.from("a reply"));
  });
  after(async () => {
    await f.close();
  });

  /** Every state-changing route that needs a full session, and whose session to use. */
  const routes = (): { path: string; body: unknown; who: Enrolled }[] => [
    { path: "/api/v1/logout", body: {}, who: alice },
    {
      path: "/api/v1/account/kdf",
      body: {
        current: alice.auth,
        kdf: { ...alice.kdf, salt: randomBytes(16).toString("base64url") },
        auth: randomBytes(32).toString("base64url"),
        wrapped: randomBytes(120).toString("base64url"),
      },
      who: alice,
    },
    { path: `/api/v1/sources/${sourceId}/replies`, body: reply, who: alice },
    { path: `/api/v1/sources/${sourceId}/read`, body: { read: true }, who: alice },
    { path: `/api/v1/sources/${sourceId}/star`, body: { starred: true }, who: alice },
    { path: `/api/v1/sources/${sourceId}/delete`, body: {}, who: alice },
    { path: "/api/v1/channels/default/ack", body: { seq: 2 }, who: alice },
    { path: "/api/v1/admin/channels", body: { slug: "x", name: "X", kind: "pq" }, who: root },
    {
      path: "/api/v1/admin/invites",
      body: { name: "X", role: "recipient", channel: "default" },
      who: root,
    },
    {
      path: "/api/v1/admin/members",
      body: { username: "alice", channel: "default", member: false },
      who: root,
    },
  ];

  async function stillLoggedIn(who: Enrolled): Promise<void> {
    assert.equal((await who.client.call("GET", "/api/v1/me")).status, 200, who.username);
  }

  test("no CSRF token, or another session's: csrf_invalid 403, nothing changed", async () => {
    for (const r of routes()) {
      await unchanged(f, r.path, async () => {
        assertError(
          await r.who.client.call("POST", r.path, r.body, { csrf: null }),
          403,
          "csrf_invalid",
          `${r.path} without token`,
        );
        assertError(
          await r.who.client.call("POST", r.path, r.body, { csrf: bob.client.csrf }),
          403,
          "csrf_invalid",
          `${r.path} with bob's token`,
        );
        assertError(
          await r.who.client.call("POST", r.path, r.body, { csrf: "" }),
          403,
          "csrf_invalid",
          `${r.path} with an empty token`,
        );
      });
      await stillLoggedIn(r.who);
    }
    // enrol/totp with the enrolment session but a missing or foreign token.
    const p = await startEnrol(f, "penny");
    await unchanged(f, "enrol/totp", async () => {
      for (const csrf of [null, bob.client.csrf]) {
        assertError(
          await p.client.call(
            "POST",
            "/api/v1/enrol/totp",
            { totp: codeAt(p.totpSecret) },
            { csrf },
          ),
          403,
          "csrf_invalid",
        );
      }
    });
    assert.equal((await account(f, "penny")).status, "pending");
  });

  test("a foreign Origin: origin_invalid 403, nothing changed", async () => {
    const paths = [
      ...routes(),
      { path: "/api/v1/login", body: { username: "alice", auth: alice.auth, totp: "1" }, who: bob },
      { path: "/api/v1/login/params", body: { username: "alice" }, who: bob },
      { path: "/api/v1/invite/check", body: { token: unknownToken() }, who: bob },
      { path: "/api/v1/enrol", body: await enrolBody(f, unknownToken(), "zoe"), who: bob },
    ];
    const host = new URL(f.recipientUrl).host;
    for (const r of paths) {
      for (const origin of ["http://evil.example", "null", `http://${host}.evil.example`]) {
        await unchanged(f, `${r.path} from ${origin}`, async () => {
          assertError(
            await r.who.client.call("POST", r.path, r.body, { origin }),
            403,
            "origin_invalid",
            `${r.path} from ${origin}`,
          );
        });
      }
    }
    await stillLoggedIn(alice);
    // Its own origin is fine.
    const own = await alice.client.call(
      "POST",
      `/api/v1/sources/${sourceId}/read`,
      { read: false },
      { origin: f.recipientUrl },
    );
    assert.equal(own.status, 200, JSON.stringify(own.body));
  });

  test("bodies a cross-site form could send (text/plain, form, multipart) are refused", async () => {
    const cyd = await enrolRecipient(f.inst, f.recipientUrl, { username: "cyd" });
    const good = { username: "cyd", auth: cyd.auth, totp: codeAt(cyd.totpSecret, 1) };
    const cases: { path: string; type: string; body: string; who: RecipientClient }[] = [
      { path: "/api/v1/login", type: "text/plain", body: JSON.stringify(good), who: cyd.client },
      {
        path: "/api/v1/login",
        type: "application/x-www-form-urlencoded",
        body: new URLSearchParams(good).toString(),
        who: cyd.client,
      },
      {
        path: "/api/v1/login",
        type: "multipart/form-data; boundary=x",
        body: '--x\r\nContent-Disposition: form-data; name="username"\r\n\r\ncyd\r\n--x--\r\n',
        who: cyd.client,
      },
      {
        path: `/api/v1/sources/${sourceId}/star`,
        type: "text/plain",
        body: '{"starred":true}',
        who: alice.client,
      },
      {
        path: `/api/v1/sources/${sourceId}/star`,
        type: "application/x-www-form-urlencoded",
        body: "starred=true",
        who: alice.client,
      },
      {
        path: "/api/v1/admin/invites",
        type: "text/plain",
        body: '{"name":"X","role":"admin","channel":null}',
        who: root.client,
      },
    ];
    for (const c of cases) {
      await unchanged(f, `${c.path} as ${c.type}`, async () => {
        const r = await c.who.call("POST", c.path, c.body, { type: c.type });
        // A type with no parser is 415 with its own code (issue #12: one code, one
        // status; it was bad_request with 415); text/plain parses, and is no object.
        const text = c.type === "text/plain";
        assert.equal(r.status, text ? 400 : 415, `${c.path} as ${c.type}`);
        assert.deepEqual(r.body, { error: text ? "bad_request" : "unsupported_media_type" });
      });
    }
    // The code was not spent: the same login as JSON works.
    const ok = await login(f, good);
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
  });

  /** A full session for `username` made directly, so no TOTP step is spent. */
  async function session(username: string): Promise<{ c: RecipientClient; cookie: string }> {
    const { id } = await account(f, username);
    const { cookie, csrf } = await startRecipientSession(f.inst, id, "full");
    const c = new RecipientClient(f.recipientUrl);
    c.cookie = cookie;
    c.csrf = csrf;
    return { c, cookie };
  }

  async function sessionRows(cookie: string): Promise<number> {
    const rows = await f.inst.db
      .selectFrom("recipient_sessions")
      .select("id_hash")
      .where("id_hash", "=", sha256(cookie))
      .execute();
    return rows.length;
  }

  test("idle and absolute expiry: 401 unauthenticated and the row is deleted", async () => {
    for (const column of ["idle_expires", "absolute_expires"] as const) {
      const { c, cookie } = await session("alice");
      assert.equal((await c.call("GET", "/api/v1/me")).status, 200);
      await f.inst.db
        .updateTable("recipient_sessions")
        .set({ [column]: unixSeconds() - 1 })
        .where("id_hash", "=", sha256(cookie))
        .execute();
      assert.equal(await sessionRows(cookie), 1);
      assertError(await c.call("GET", "/api/v1/me"), 401, "unauthenticated", column);
      assert.equal(await sessionRows(cookie), 0, `${column}: row deleted`);
      assertError(
        await c.call("POST", `/api/v1/sources/${sourceId}/star`, { starred: true }),
        401,
        "unauthenticated",
      );
    }
  });

  test("cookie tampering: one character changed is 401", async () => {
    const { c, cookie: real } = await session("alice");
    const last = real.at(-1) === "A" ? "B" : "A";
    for (const cookie of [
      real.slice(0, -1) + last,
      (real.startsWith("A") ? "B" : "A") + real.slice(1),
      real.slice(0, -1),
      `${real}A`,
      real.toUpperCase() === real ? real.toLowerCase() : real.toUpperCase(),
    ]) {
      const t = new RecipientClient(f.recipientUrl);
      t.cookie = cookie;
      t.csrf = c.csrf;
      assertError(await t.call("GET", "/api/v1/me"), 401, "unauthenticated", cookie);
      await unchanged(f, "tampered cookie", async () => {
        assertError(
          await t.call("POST", `/api/v1/sources/${sourceId}/star`, { starred: true }),
          401,
          "unauthenticated",
        );
      });
    }
    assert.equal((await c.call("GET", "/api/v1/me")).status, 200, "the real cookie still works");
  });

  test("logout: clears the cookie and site data; the old cookie is dead", async () => {
    const { c, cookie: old } = await session("bob");
    const out = await c.call("POST", "/api/v1/logout", {});
    assert.equal(out.status, 200);
    assert.equal(out.headers.get("clear-site-data"), '"cache", "cookies", "storage"');
    const set = out.headers.get("set-cookie") ?? "";
    assert.match(set, /^postern_rs=;/);
    assert.match(set, /; HttpOnly/);
    assert.match(set, /; SameSite=Strict/);
    assert.match(set, /; Path=\//);
    assert.match(set, /; Max-Age=0/);
    assert.equal(await sessionRows(old), 0);
    c.cookie = old;
    assertError(await c.call("GET", "/api/v1/me"), 401, "unauthenticated");
    assertError(
      await c.call("POST", `/api/v1/sources/${sourceId}/star`, { starred: true }),
      401,
      "unauthenticated",
    );
  });

  test("login sets an HttpOnly, SameSite=Strict, Path=/ cookie; enrolment does too", async () => {
    const p = await startEnrol(f, "dee");
    const t = await p.client.call("POST", "/api/v1/enrol/totp", { totp: codeAt(p.totpSecret) });
    assert.equal(t.status, 200);
    const l = await login(f, { username: "dee", auth: p.auth, totp: codeAt(p.totpSecret, 1) });
    assert.equal(l.status, 200);
    for (const set of [t.headers.get("set-cookie"), l.headers.get("set-cookie")]) {
      assert.ok(set !== null);
      assert.match(set, /^postern_rs=[A-Za-z0-9_-]{43}; /);
      const attrs = set.split("; ").slice(1);
      assert.ok(attrs.includes("HttpOnly"), set);
      assert.ok(attrs.includes("SameSite=Strict"), set);
      assert.ok(attrs.includes("Path=/"), set);
      assert.ok(!attrs.some((a) => a.startsWith("Domain")), set);
    }
  });
});

// ---- headers ----------------------------------------------------------------------------------------

describe("response headers", () => {
  let f: Fixture;
  before(async () => {
    f = await startFixture({ noRecipient: true });
  });
  after(async () => {
    await f.close();
  });

  test("every answer, errors included, carries the CSP, nosniff and no-store; JSON is JSON", async () => {
    const url = f.recipientUrl;
    const json = { "content-type": "application/json" };
    const answers: [string, Response][] = [
      ["health", await fetch(`${url}/api/v1/health`)],
      ["me without session", await fetch(`${url}/api/v1/me`)],
      ["unknown path", await fetch(`${url}/nope`)],
      ["unknown api path", await fetch(`${url}/api/v1/nope`)],
      ["blob without session", await fetch(`${url}/api/v1/blobs/${"0".repeat(32)}`)],
      ["PUT", await fetch(`${url}/api/v1/login`, { method: "PUT" })],
      ["OPTIONS", await fetch(`${url}/api/v1/login`, { method: "OPTIONS" })],
      [
        "login failed",
        await fetch(`${url}/api/v1/login`, { method: "POST", headers: json, body: "{}" }),
      ],
      [
        "login/params",
        await fetch(`${url}/api/v1/login/params`, {
          method: "POST",
          headers: json,
          body: '{"username":"x"}',
        }),
      ],
      [
        "bad JSON",
        await fetch(`${url}/api/v1/invite/check`, { method: "POST", headers: json, body: "{" }),
      ],
      [
        "form body",
        await fetch(`${url}/api/v1/invite/check`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "token=x",
        }),
      ],
      [
        "too large",
        await fetch(`${url}/api/v1/invite/check`, {
          method: "POST",
          headers: json,
          body: JSON.stringify({ token: "x".repeat(70_000) }),
        }),
      ],
      [
        "foreign origin",
        await fetch(`${url}/api/v1/login`, {
          method: "POST",
          headers: { ...json, origin: "http://evil.example" },
          body: "{}",
        }),
      ],
      ["asset that does not exist", await fetch(`${url}/assets/nope.js`)],
    ];
    for (const [what, res] of answers) {
      assertHardened(res.headers, what);
      assert.match(res.headers.get("content-type") ?? "", /^application\/json(;|$)/, what);
      const body = (await res.json()) as Record<string, unknown>;
      if (!res.ok) assert.deepEqual(Object.keys(body), ["error"], what);
    }

    // Paths fetch would tidy up, sent as they are.
    const raw: [string, number, string][] = [
      ["/api/v1/%zz", 400, "bad_request"],
      ["/api/v1/blobs/%", 400, "bad_request"],
      ["/api/v1/blobs/../../secrets.json", 404, "not_found"],
      [`/api/v1/sources/${"a".repeat(5000)}`, 404, "not_found"],
    ];
    for (const [path, status, code] of raw) {
      const r = await rawRequest(url, path);
      assert.equal(r.status, status, `${path.slice(0, 40)}: ${r.text.slice(0, 200)}`);
      assert.deepEqual(JSON.parse(r.text), { error: code }, "no echo of the URL");
      assertHardened(r.headers, path);
      assert.match(r.headers.get("content-type") ?? "", /^application\/json/, path);
    }

    if (existsSync(join(APP_DIR, "index.html"))) {
      const page = await fetch(`${url}/`);
      assert.equal(page.status, 200);
      assertHardened(page.headers, "index.html");
      await page.arrayBuffer();
      const asset = readdirSync(join(APP_DIR, "assets")).find((n) => n.endsWith(".js"));
      if (asset !== undefined) {
        const a = await fetch(`${url}/assets/${asset}`);
        assert.equal(a.status, 200);
        assertHardened(a.headers, "asset", "public, max-age=31536000, immutable");
        await a.arrayBuffer();
      }
    }
  });
});

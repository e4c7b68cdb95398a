/**
 * Recipient login from the attacker's side (issue #11, findings 8 and 9).
 *
 * Damage that must not happen:
 * - someone who knows only a username keeps its owner out (wrong logins
 *   locked the account itself);
 * - an answer tells a right passphrase from a wrong one;
 * - a username is told to be an account or not: by the answers to repeated
 *   failures, by a restart forgetting unknown names' locks (they lived in
 *   memory), by rows written only for real accounts, or by Argon2 parameters
 *   only old accounts have after a policy change.
 * The instance-wide failure budget is set out of the way here; its own test
 * is in test/web/recipient-bad-input.test.ts.
 */
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { Instance } from "../../src/core/instance.ts";
import { totpCode, totpStep } from "../../src/crypto/index.ts";
import { buildRecipientApp } from "../../src/web/recipient/app.ts";
import type { KdfParams, SessionResponse } from "../../src/protocol/api.ts";
import { startFixture, type Fixture } from "../helpers/instance.ts";
import {
  codeAt,
  enrolRecipient,
  RecipientClient,
  type Answer,
  type Enrolled,
} from "../helpers/recipient-client.ts";
import { assertError } from "../helpers/recipient-state.ts";
import { spawnServe } from "../helpers/serve.ts";

const NO_BUDGET = { loginFailuresPerMinute: 1_000_000 };

const randomKey = (): string => randomBytes(32).toString("base64url");

/** Six digits that match none of the steps around now. */
function wrongCode(secret: Uint8Array): string {
  const now = totpStep(Date.now() / 1000);
  const near = new Set([-2, -1, 0, 1, 2].map((d) => totpCode(secret, now + d)));
  for (let i = 0; ; i++) {
    const c = String(314159 + i * 7919).padStart(6, "0");
    if (!near.has(c)) return c;
  }
}

/** An answer as a comparable value: status, body and every header but the per-response ones. */
async function post(base: string, path: string, body: unknown) {
  const res = await fetch(base + path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => {
    if (!["date", "keep-alive", "connection"].includes(k)) headers[k] = v;
  });
  return { status: res.status, text: await res.text(), headers };
}

type Shape = Awaited<ReturnType<typeof post>>;

async function attempts(base: string, body: unknown, n: number): Promise<Shape[]> {
  const out: Shape[] = [];
  for (let i = 0; i < n; i++) out.push(await post(base, "/api/v1/login", body));
  return out;
}

const statuses = (xs: readonly Shape[]): number[] => xs.map((x) => x.status);

async function loginRows(inst: Instance): Promise<number> {
  const r = await inst.db
    .selectFrom("login_failures")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

function login(
  base: string,
  body: { username: string; auth: string; totp: string },
): Promise<Answer<SessionResponse>> {
  return new RecipientClient(base).call<SessionResponse>("POST", "/api/v1/login", body);
}

const LOCKED_AFTER_FIVE = [401, 401, 401, 401, 401, 429, 429];

// ---- finding 8: nobody who knows only the name can keep its owner out -----------------------

describe("lockout per (name, credential), not per name", () => {
  let f: Fixture;
  before(async () => {
    f = await startFixture({ noRecipient: true, config: NO_BUDGET });
  });
  after(async () => {
    await f.close();
  });

  test("20 wrong logins for a name do not keep its owner out", async () => {
    const owner = await enrolRecipient(f.inst, f.recipientUrl, { username: "owner" });
    // Ten different guesses, then one guess ten times over (that one pair locks).
    const guesses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const r = await login(f.recipientUrl, {
        username: "owner",
        auth: randomKey(),
        totp: "000000",
      });
      guesses.push(r.status);
    }
    const repeated = { username: "owner", auth: randomKey(), totp: wrongCode(owner.totpSecret) };
    const again = statuses(await attempts(f.recipientUrl, repeated, 10));
    const ok = await login(f.recipientUrl, {
      username: "owner",
      auth: owner.auth,
      totp: codeAt(owner.totpSecret, 1),
    });
    assert.equal(ok.status, 200, `the owner gets in (${JSON.stringify(ok.body)})`);
    assert.deepEqual(guesses, Array<number>(10).fill(401));
    assert.deepEqual(again, [401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
    assert.equal(ok.body.me.username, "owner");
  });

  test("20 guesses on one pair sent at once: five are weighed, the rest refused", async () => {
    const nia = await enrolRecipient(f.inst, f.recipientUrl, { username: "nia" });
    // With the passphrase, guessing codes: the case where every extra try matters.
    const body = { username: "nia", auth: nia.auth, totp: wrongCode(nia.totpSecret) };
    const burst = await Promise.all(
      Array.from({ length: 20 }, () => post(f.recipientUrl, "/api/v1/login", body)),
    );
    const counts = { 401: 0, 429: 0 };
    for (const r of burst) counts[r.status as 401 | 429]++;
    assert.deepEqual(counts, { 401: 5, 429: 15 });
  });

  test("right passphrase with wrong codes, wrong passphrase with wrong codes: the same answers", async () => {
    const kai = await enrolRecipient(f.inst, f.recipientUrl, { username: "kai" });
    const right = await attempts(
      f.recipientUrl,
      { username: "kai", auth: kai.auth, totp: wrongCode(kai.totpSecret) },
      7,
    );
    const wrong = await attempts(
      f.recipientUrl,
      { username: "kai", auth: randomKey(), totp: wrongCode(kai.totpSecret) },
      7,
    );
    assert.deepEqual(statuses(right), LOCKED_AFTER_FIVE);
    assert.deepEqual(wrong, right, "byte for byte, in the same order");
    assert.deepEqual(JSON.parse(right[4]!.text), { error: "login_failed" });
    assert.deepEqual(JSON.parse(right[5]!.text), { error: "too_many_attempts" });
    // Whoever guesses codes with the right passphrase locks the owner's own pair
    // (they already know the passphrase): the right code is refused while it lasts.
    const locked = await login(f.recipientUrl, {
      username: "kai",
      auth: kai.auth,
      totp: codeAt(kai.totpSecret, 1),
    });
    assertError(locked, 429, "too_many_attempts");
  });
});

// ---- finding 9: unknown names are indistinguishable ------------------------------------------

describe("unknown and known names: same answers, same rows, across a restart", () => {
  let f: Fixture;
  let child: ChildProcess | undefined;
  before(async () => {
    f = await startFixture({ noRecipient: true, config: NO_BUDGET });
  });
  after(async () => {
    child?.kill("SIGKILL");
    await f.running.close().catch(() => undefined);
    await f.inst.close().catch(() => undefined);
    await rm(f.dir, { recursive: true, force: true });
  });

  test("seven failures each: the same sequence, a row for each name", async () => {
    const lee = await enrolRecipient(f.inst, f.recipientUrl, { username: "lee" });
    assert.equal(await loginRows(f.inst), 0);
    const unknown = await attempts(
      f.recipientUrl,
      { username: "nobody-lee", auth: randomKey(), totp: "123456" },
      7,
    );
    assert.equal(await loginRows(f.inst), 1, "an unknown name's failures are written");
    const known = await attempts(
      f.recipientUrl,
      { username: "lee", auth: randomKey(), totp: wrongCode(lee.totpSecret) },
      7,
    );
    assert.equal(await loginRows(f.inst), 2, "a known name's too, in the same table");
    assert.deepEqual(statuses(unknown), LOCKED_AFTER_FIVE);
    assert.deepEqual(known, unknown, "byte for byte, in the same order");
  });

  test("failures counted before a restart still count after it, for unknown names too", async () => {
    const mo = await enrolRecipient(f.inst, f.recipientUrl, { username: "moe" });
    const unknownBody = { username: "nobody-moe", auth: randomKey(), totp: "123456" };
    const knownBody = { username: "moe", auth: randomKey(), totp: wrongCode(mo.totpSecret) };
    // Four failures each: one short of the lock.
    assert.deepEqual(
      statuses(await attempts(f.recipientUrl, unknownBody, 4)),
      [401, 401, 401, 401],
    );
    assert.deepEqual(statuses(await attempts(f.recipientUrl, knownBody, 4)), [401, 401, 401, 401]);

    // A new server process on the same data folder: nothing carried over in memory.
    await f.running.close();
    await f.inst.close();
    // From these sources, not the bundle cached under node_modules (which worktrees share).
    process.env.POSTERN_TSX = "1";
    const served = spawnServe(f.dir);
    child = served.child;
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no server: ${served.output()}`)), 60_000);
      served.child.stdout?.on("data", () => {
        const m = /Recipient side:\s+(http:\/\/[^\s/]+)/.exec(served.output());
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      served.child.once("exit", () => reject(new Error(`server exited: ${served.output()}`)));
    });

    const unknown = await attempts(url, unknownBody, 2);
    const known = await attempts(url, knownBody, 2);
    assert.deepEqual(statuses(known), [401, 429], "the fifth failure locks a known name's pair");
    assert.deepEqual(unknown, known, "and an unknown name's, byte for byte");
    const ok = await login(url, { username: "moe", auth: mo.auth, totp: codeAt(mo.totpSecret, 1) });
    assert.equal(ok.status, 200, "the owner's own pair was never touched");
  });
});

// ---- finding 9: Argon2 parameters after a policy change --------------------------------------

describe("Argon2 parameters after a policy change", () => {
  let f: Fixture;
  let app: FastifyInstance;
  let url: string;
  let old: Enrolled;
  const POLICY = { m: 96 * 1024, t: 4, p: 1 };

  before(async () => {
    f = await startFixture({ noRecipient: true, config: NO_BUDGET });
    old = await enrolRecipient(f.inst, f.recipientUrl, { username: "old-timer" });
    // The operator raises recipientKdf: a server with the new policy on the same data.
    const raised = f.inst.withConfig({ ...f.inst.config, recipientKdf: POLICY });
    app = buildRecipientApp(raised);
    await app.listen({ host: "127.0.0.1", port: 0 });
    const a = app.server.address();
    assert.ok(a !== null && typeof a !== "string");
    url = `http://127.0.0.1:${a.port}`;
  });
  after(async () => {
    await app.close();
    await f.close();
  });

  async function params(base: string, username: string): Promise<KdfParams> {
    const r = await new RecipientClient(base).call<{ kdf: KdfParams }>(
      "POST",
      "/api/v1/login/params",
      { username },
    );
    assert.equal(r.status, 200);
    return r.body.kdf;
  }
  const cost = (k: KdfParams): string => `${k.m}/${k.t}/${k.p}`;
  const names = Array.from({ length: 40 }, (_, i) => `stranger-${i}`);

  test("an old account's parameters are also answered for unknown names", async () => {
    const own = await params(url, "old-timer");
    assert.deepEqual(own, old.kdf, "its own, stored parameters");
    assert.notEqual(cost(own), cost({ ...POLICY, alg: "argon2id", salt: "" }));
    const fakes = await Promise.all(names.map((n) => params(url, n)));
    const costs = new Set(fakes.map(cost));
    assert.ok(
      costs.has(cost(own)),
      `some unknown names answer the old cost (${[...costs].join(", ")})`,
    );
    assert.ok(costs.has(`${POLICY.m}/${POLICY.t}/${POLICY.p}`), "and some the policy's");
    assert.equal(costs.size, 2);
    for (const n of names) assert.deepEqual(await params(url, n), fakes[names.indexOf(n)]);
  });

  test("the account moves to the policy: new parameters and key work, the old key does not", async () => {
    const before = await Promise.all(names.map((n) => params(url, n)));
    const client = new RecipientClient(url);
    const ok = await client.call<SessionResponse>("POST", "/api/v1/login", {
      username: "old-timer",
      auth: old.auth,
      totp: codeAt(old.totpSecret, 1),
    });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.deepEqual(ok.body.kdfPolicy, POLICY, "the login answer names the policy");

    const kdf: KdfParams = {
      alg: "argon2id",
      ...POLICY,
      salt: randomBytes(16).toString("base64url"),
    };
    const auth = randomKey();
    const wrapped = randomBytes(150).toString("base64url");
    const moved = await client.call("POST", "/api/v1/account/kdf", {
      current: old.auth,
      kdf,
      auth,
      wrapped,
    });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.deepEqual(await params(url, "old-timer"), kdf);

    // A code may serve once; the clock has not moved on, so the test forgets the one used.
    await f.inst.db
      .updateTable("accounts")
      .set({ totp_last_step: 0 })
      .where("username", "=", "old-timer")
      .execute();
    const code = codeAt(old.totpSecret, 1);
    assertError(
      await login(url, { username: "old-timer", auth: old.auth, totp: code }),
      401,
      "login_failed",
      "the old auth key",
    );
    const now = await login(url, { username: "old-timer", auth, totp: code });
    assert.equal(now.status, 200, JSON.stringify(now.body));
    assert.equal(now.body.wrapped, wrapped);

    // No account holds the old cost now: every fake answers the policy's. Only the
    // names that had the old cost moved (with a new salt); the others kept theirs.
    const after = await Promise.all(names.map((n) => params(url, n)));
    for (const [i, a] of after.entries()) {
      const b = before[i]!;
      assert.equal(cost(a), `${POLICY.m}/${POLICY.t}/${POLICY.p}`);
      if (cost(b) === cost(a)) assert.deepEqual(a, b, `${names[i]} kept its answer`);
      else assert.notEqual(a.salt, b.salt, `${names[i]} moved with a new salt`);
    }
  });

  test("account/kdf refuses what enrolment refuses, a wrong current key, and no session", async () => {
    const pia = await enrolRecipient(f.inst, url, { username: "pia" });
    const row = () =>
      f.inst.db
        .selectFrom("accounts")
        .select(["kdf", "auth_hash", "wrapped"])
        .where("username", "=", "pia")
        .executeTakeFirstOrThrow();
    const was = await row();
    const good = {
      current: pia.auth,
      kdf: { alg: "argon2id", ...POLICY, salt: randomBytes(16).toString("base64url") },
      auth: randomKey(),
      wrapped: randomBytes(150).toString("base64url"),
    };
    const cases: [string, Record<string, unknown>, number, string][] = [
      ["a wrong current key", { ...good, current: randomKey() }, 403, "forbidden"],
      ["no current key", { ...good, current: undefined }, 400, "bad_request"],
      [
        "a cost below the policy",
        { ...good, kdf: { ...good.kdf, m: POLICY.m - 1 } },
        400,
        "bad_request",
      ],
      ["another algorithm", { ...good, kdf: { ...good.kdf, alg: "scrypt" } }, 400, "bad_request"],
      ["a short salt", { ...good, kdf: { ...good.kdf, salt: "AAAA" } }, 400, "bad_request"],
      ["a short auth key", { ...good, auth: "AAAA" }, 400, "bad_request"],
      [
        "a wrapped identity with markup",
        { ...good, wrapped: `<b>${"x".repeat(60)}` },
        400,
        "bad_request",
      ],
      ["an oversized wrapped identity", { ...good, wrapped: "A".repeat(5000) }, 400, "bad_request"],
    ];
    for (const [what, body, status, code] of cases) {
      assertError(await pia.client.call("POST", "/api/v1/account/kdf", body), status, code, what);
    }
    assertError(
      await pia.client.call("POST", "/api/v1/account/kdf", good, { csrf: null }),
      403,
      "csrf_invalid",
    );
    assertError(
      await new RecipientClient(url).call("POST", "/api/v1/account/kdf", good),
      401,
      "unauthenticated",
    );
    assert.deepEqual(await row(), was, "nothing changed");
    // Guesses at the current key count like logins: the guessed pair locks.
    const guess = { ...good, current: randomKey() };
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      codes.push((await pia.client.call("POST", "/api/v1/account/kdf", guess)).status);
    }
    assert.deepEqual(codes, [403, 403, 403, 403, 403, 429]);
    const ok = await pia.client.call("POST", "/api/v1/account/kdf", good);
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.notDeepEqual(await row(), was);
  });
});

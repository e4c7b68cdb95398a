// In real Chromium: a recipient enrolled under one Argon2id policy logs in
// after the operator raised it. The web app notices, re-derives under the
// new policy and re-wraps the key before it shows the inbox; the account's
// stored parameters are then the policy's, and the same passphrase logs in
// again under them (the key opens: the inbox shows). As in recipient-loop,
// every request is searched for what must never leave the browser.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createDecipheriv, hkdfSync } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { argon2id } from "hash-wasm";
import type { Browser } from "playwright-core";
import type { FastifyInstance } from "fastify";
import { createInvite } from "../../src/core/accounts.ts";
import { buildRecipientApp } from "../../src/web/recipient/app.ts";
import {
  AUTH_INFO,
  IDENTITY_AAD,
  MIN_KDF,
  WRAP_INFO,
  type ChangeKdfRequest,
  type KdfParams,
} from "../../src/protocol/api.ts";
import { CHROMIUM, launchChromium } from "../helpers/browser.ts";
import { APP_DIR, startFixture, type Fixture } from "../helpers/instance.ts";
import { enrolInBrowser, nextCode, type BrowserAccount } from "../helpers/recipient-browser.ts";

const skip =
  CHROMIUM === undefined
    ? "Debian chromium is not installed"
    : !existsSync(join(APP_DIR, "index.html"))
      ? "the recipient web app is not built (npx vite build)"
      : false;

// The browser's floor is MIN_KDF: the least it will run, and a little more.
const OLD = { m: MIN_KDF.m, t: MIN_KDF.t, p: 1 };
const NEW = { m: MIN_KDF.m + 1024, t: MIN_KDF.t + 1, p: 1 };

let f: Fixture;
let browser: Browser;
let raised: FastifyInstance;

before(async () => {
  if (skip !== false) return;
  f = await startFixture({ noRecipient: true, config: { recipientKdf: OLD } });
  browser = await launchChromium();
  raised = buildRecipientApp(f.inst.withConfig({ ...f.inst.config, recipientKdf: NEW }), {
    appDir: APP_DIR,
  });
  await raised.listen({ host: "127.0.0.1", port: 0 });
});
after(async () => {
  if (skip !== false) return;
  await raised.close();
  await browser.close();
  await f.close();
});

async function storedKdf(): Promise<KdfParams> {
  const row = await f.inst.db
    .selectFrom("accounts")
    .select("kdf")
    .where("username", "=", "vera")
    .executeTakeFirstOrThrow();
  return JSON.parse(row.kdf) as KdfParams;
}

/** A request as Chromium sent it. */
interface Seen {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: Buffer | null;
}

/** Logs in on `url` in a fresh context whose every request is recorded; returns them. */
async function recordedLogin(url: string, account: BrowserAccount): Promise<Seen[]> {
  const seen: Seen[] = [];
  const context = await browser.newContext();
  try {
    context.on("request", (r) => {
      seen.push({
        url: r.url(),
        method: r.method(),
        headers: r.headers(),
        body: r.postDataBuffer(),
      });
    });
    const errors: string[] = [];
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${url}/`);
    await page.fill('form#recipient-login input[name="username"]', account.username);
    await page.fill('form#recipient-login input[name="passphrase"]', account.passphrase);
    await page.fill('form#recipient-login input[name="totp"]', nextCode(account));
    await page.locator("form#recipient-login").evaluate((f: HTMLFormElement) => f.requestSubmit());
    await page.waitForSelector("#inbox", { timeout: 60_000 });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
  return seen;
}

/** What the browser derives from a passphrase under `kdf` (api-types.ts), recomputed here. */
async function derived(passphrase: string, kdf: KdfParams) {
  const master = Buffer.from(
    await argon2id({
      password: passphrase,
      salt: Buffer.from(kdf.salt, "base64url"),
      parallelism: kdf.p,
      iterations: kdf.t,
      memorySize: kdf.m,
      hashLength: 32,
      outputType: "binary",
    }),
  );
  const key = (info: string) => Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), info, 32));
  return { master, auth: key(AUTH_INFO), wrap: key(WRAP_INFO) };
}

function unwrap(wrapKey: Buffer, wrapped: string): string {
  const w = Buffer.from(wrapped, "base64url");
  const d = createDecipheriv("aes-256-gcm", wrapKey, w.subarray(0, 12));
  d.setAAD(Buffer.from(IDENTITY_AAD));
  d.setAuthTag(w.subarray(w.length - 16));
  return Buffer.concat([d.update(w.subarray(12, w.length - 16)), d.final()]).toString("utf8");
}

test("after a policy change the app moves the account to it at login", { skip }, async () => {
  const invite = await createInvite(f.inst, { name: "Vera", role: "recipient", channel: null });
  const account = await enrolInBrowser(browser, f.recipientUrl, invite.link, "vera");
  const enrolled = await storedKdf();
  assert.deepEqual({ m: enrolled.m, t: enrolled.t, p: enrolled.p }, OLD);

  const a = raised.server.address();
  assert.ok(a !== null && typeof a !== "string");
  const url = `http://127.0.0.1:${a.port}`;
  const seen = await recordedLogin(url, account);
  const moved = await storedKdf();
  assert.deepEqual({ m: moved.m, t: moved.t, p: moved.p }, NEW, "moved before the inbox showed");
  assert.notEqual(moved.salt, enrolled.salt);

  // What went up: the old auth key as proof, and keys derived under the new parameters.
  const up = seen.find((r) => r.url.endsWith("/api/v1/account/kdf") && r.method === "POST");
  assert.ok(up?.body, "the upgrade request was recorded");
  assert.equal(up.headers["x-postern-csrf"]?.length, 32, "with the session's CSRF token");
  const body = JSON.parse(up.body.toString("utf8")) as ChangeKdfRequest;
  assert.deepEqual(body.kdf, moved);
  const before = await derived(account.passphrase, enrolled);
  const after = await derived(account.passphrase, body.kdf);
  assert.equal(body.current, before.auth.toString("base64url"));
  assert.equal(body.auth, after.auth.toString("base64url"));
  const identity = unwrap(after.wrap, body.wrapped);
  assert.match(identity, /^AGE-SECRET-KEY-/);
  // None of what must stay in the browser was in any request, in any usual spelling.
  const secrets: [string, Buffer][] = [
    ["passphrase", Buffer.from(account.passphrase)],
    ["old master key", before.master],
    ["old wrap key", before.wrap],
    ["new master key", after.master],
    ["new wrap key", after.wrap],
    ["identity", Buffer.from(identity)],
    ["identity (lower case)", Buffer.from(identity.toLowerCase())],
  ];
  for (const r of seen) {
    const hay = [r.url, JSON.stringify(r.headers), r.body?.toString("latin1") ?? ""].join("\n");
    for (const [name, secret] of secrets) {
      for (const form of ["latin1", "hex", "base64", "base64url"] as const) {
        assert.ok(
          !hay.includes(secret.toString(form)),
          `${name} (${form}) in ${r.method} ${r.url}`,
        );
      }
    }
  }

  // A code may serve once and the clock has not moved on: forget the one used.
  await f.inst.db.updateTable("accounts").set({ totp_last_step: 0 }).execute();
  account.lastStep = 0;
  const again = await recordedLogin(url, account);
  assert.deepEqual(await storedKdf(), moved, "nothing more to move");
  assert.ok(!again.some((r) => r.url.endsWith("/api/v1/account/kdf")));
});
